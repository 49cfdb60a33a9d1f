/**
 * Glossaries of an exact size for the benchmark: a seeded subset of the real bundled glossary when
 * it is smaller than that, else the whole real glossary topped up with generated, plausible Arabic
 * names (given names from the lexicon, family and place names made of syllables), all deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeKey } from '../../lib/arabic/normalize';
import type { EntityType, GlossaryEntry } from '../../lib/glossary/types';
import { entryForms } from '../../lib/ner/gazetteer';
import { pick, type Random, seededRandom, shuffled } from './bench-random';
import { GLOSSARY_DIR } from './glossary-sources';

export interface BenchGlossary {
  entries: GlossaryEntry[];
  /** Entries taken from the real glossary; the rest are generated. */
  real: number;
  generated: number;
  /** Arabic forms (full names, aliases, short forms) over all entries. */
  forms: number;
}

/** Exactly `size` entries, the same on every run for the same real glossary. */
export function glossaryOfSize(real: readonly GlossaryEntry[], size: number, seed = 1): BenchGlossary {
  const random = seededRandom(seed);
  if (size <= real.length) {
    const entries = shuffled(random, real).slice(0, size);
    return { entries, real: size, generated: 0, forms: countForms(entries) };
  }
  const generated = generateEntries(size - real.length, real, random);
  const entries = [...real, ...generated];
  return { entries, real: real.length, generated: generated.length, forms: countForms(entries) };
}

export function countForms(entries: readonly GlossaryEntry[]): number {
  let n = 0;
  for (const e of entries) n += entryForms(e).length;
  return n;
}

const ONSETS = ['ب', 'ت', 'د', 'ر', 'ز', 'س', 'ش', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'ج', 'ح', 'خ', 'ص', 'ط', 'غ', 'ك', 'ر', 'ن', 'م'];
const VOWELS = ['', '', 'ا', 'و', 'ي'];
const FAMILY_ENDINGS = ['وف', 'يف', 'سكي', 'يان', 'ي', 'اني', 'ون', 'يتش', 'يني', 'ار', 'ستي', 'وفيتش', 'زاده', 'أوغلو', 'اوي'];
const PLACE_HEADS = ['تل', 'عين', 'دير', 'كفر', 'بئر', 'جبل', 'وادي', 'سان', 'نهر', 'خليج'];
const ORG_HEADS = ['شركة', 'مؤسسة', 'جمعية', 'حركة', 'حزب', 'مجموعة', 'منظمة', 'اتحاد', 'بنك', 'جامعة', 'مجلس', 'هيئة'];
const ORG_TAILS = ['الدولية', 'الوطنية', 'للتنمية', 'للاستثمار', 'المتحدة', 'العربية', 'للطاقة', 'القابضة'];

interface GivenNames {
  [group: string]: string[];
}

function loadGivenNames(): string[] {
  const lists = JSON.parse(readFileSync(join(GLOSSARY_DIR, 'lexicon/given-names.json'), 'utf8')) as GivenNames;
  // "ambiguous" given names are also common words (علي، سعيد): a real glossary avoids them.
  return Object.entries(lists)
    .filter(([group]) => group !== 'ambiguous')
    .flatMap(([, names]) => names);
}

/** A made-up word of `syllables` syllables, e.g. كاروني. */
function coined(random: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(random, ONSETS) + pick(random, VOWELS);
  return w;
}

function familyName(random: Random): string {
  const stem = coined(random, 2 + Math.floor(random() * 2)) + pick(random, FAMILY_ENDINGS);
  return random() < 0.25 ? `ال${stem}` : stem;
}

function generateEntries(count: number, real: readonly GlossaryEntry[], random: Random): GlossaryEntry[] {
  const given = loadGivenNames();
  const taken = new Set<string>();
  for (const e of real) for (const [form] of entryForms(e)) taken.add(normalizeKey(form));
  // A form is kept only when no other entry has it, so the sizes are sizes of distinct names.
  const claim = (form: string): boolean => {
    const key = normalizeKey(form);
    if (key.length < 4 || taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  const out: GlossaryEntry[] = [];
  while (out.length < count) {
    const roll = random();
    const type: EntityType = roll < 0.6 ? 'person' : roll < 0.85 ? 'place' : 'organization';
    let ar: string;
    const aliases: string[] = [];
    const short: string[] = [];
    if (type === 'person') {
      const family = familyName(random);
      ar = random() < 0.2 ? `${pick(random, given)} ${pick(random, given)} ${family}` : `${pick(random, given)} ${family}`;
      if (!claim(ar)) continue;
      if (random() < 0.7 && claim(family)) short.push(family);
    } else if (type === 'place') {
      const name = coined(random, 3 + Math.floor(random() * 2));
      ar = random() < 0.6 ? name : `${pick(random, PLACE_HEADS)} ${name}`;
      if (!claim(ar)) continue;
      if (random() < 0.2 && claim(`${name}ستان`)) aliases.push(`${name}ستان`);
    } else {
      const name = coined(random, 2 + Math.floor(random() * 2));
      const head = `${pick(random, ORG_HEADS)} ${name}`;
      ar = `${head} ${pick(random, ORG_TAILS)}`;
      if (!claim(ar)) continue;
      if (random() < 0.5 && claim(head)) aliases.push(head);
    }
    const id = `bench-${out.length + 1}`;
    out.push({
      id,
      type,
      en: id,
      ar,
      ...(aliases.length ? { aliases } : {}),
      ...(short.length ? { short } : {}),
      desc: { en: 'A generated benchmark name.', ar: 'اسم مولد للقياس.' },
      source: 'seed',
    });
  }
  return out;
}
