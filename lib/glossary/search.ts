/**
 * Searching the glossary as a reader types: Arabic or English, normalized (hamza, vowel marks,
 * ta marbuta and alef forms do not matter), exact names first, then prefixes, then substrings.
 */
import { normalizeKey } from '../arabic/normalize';
import { entryForms } from '../ner/gazetteer';
import type { EntityType, EntrySource, GlossaryEntry } from './types';

export interface SearchQuery {
  query: string;
  entityType?: EntityType | 'all';
  source?: EntrySource | 'all';
  /** Only these ids (the study list), when given. */
  onlyIds?: ReadonlySet<string>;
  offset?: number;
  limit?: number;
}

function latinKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, -1 no match. */
function rank(needle: string, hay: string): number {
  if (!needle) return 3;
  if (hay === needle) return 0;
  if (hay.startsWith(needle)) return 1;
  if (hay.includes(` ${needle}`)) return 2;
  if (hay.includes(needle)) return 3;
  return -1;
}

export function searchEntries(entries: Iterable<GlossaryEntry>, q: SearchQuery): { total: number; entries: GlossaryEntry[] } {
  const arNeedle = normalizeKey(q.query);
  const enNeedle = latinKey(q.query);
  const scored: Array<{ e: GlossaryEntry; r: number }> = [];
  for (const e of entries) {
    if (q.entityType && q.entityType !== 'all' && e.type !== q.entityType) continue;
    if (q.source && q.source !== 'all' && e.source !== q.source) continue;
    if (q.onlyIds && !q.onlyIds.has(e.id)) continue;
    let best = -1;
    const consider = (r: number) => {
      if (r >= 0 && (best < 0 || r < best)) best = r;
    };
    if (arNeedle) for (const [form] of entryForms(e)) consider(rank(arNeedle, normalizeKey(form)));
    if (enNeedle) for (const name of [e.en, ...(e.enAliases ?? [])]) consider(rank(enNeedle, latinKey(name)));
    if (!q.query.trim()) best = 3;
    if (best >= 0) scored.push({ e, r: best });
  }
  scored.sort((a, b) => a.r - b.r || (b.e.prominence ?? 0) - (a.e.prominence ?? 0) || a.e.en.localeCompare(b.e.en));
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(500, Math.max(1, q.limit ?? 50));
  return { total: scored.length, entries: scored.slice(offset, offset + limit).map((x) => x.e) };
}
