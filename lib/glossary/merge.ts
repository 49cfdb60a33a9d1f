/**
 * Merging entries that share an id. Curated files may describe the same entity (the demo core
 * and a regional file both hold Lavrov): the first file's scalar fields win and every spelling
 * is kept once.
 */
import { normalizeKey } from '../arabic/normalize';
import type { GlossaryEntry } from './types';

function uniqueForms(primary: string, forms: Iterable<string>): string[] {
  const seen = new Set([normalizeKey(primary)]);
  const out: string[] = [];
  for (const f of forms) {
    const k = normalizeKey(f);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

/** Merges `b` into `a` (a wins on scalars). */
export function mergeEntry(a: GlossaryEntry, b: GlossaryEntry): GlossaryEntry {
  const merged: GlossaryEntry = { ...b, ...a };
  const aliases = uniqueForms(a.ar, [...(a.aliases ?? []), b.ar, ...(b.aliases ?? [])]);
  const shortSet = new Set(aliases.map(normalizeKey));
  shortSet.add(normalizeKey(a.ar));
  const short = uniqueForms(a.ar, [...(a.short ?? []), ...(b.short ?? [])]).filter((s) => !shortSet.has(normalizeKey(s)));
  if (aliases.length) merged.aliases = aliases;
  const epithets = uniqueForms('', [...(a.epithets ?? []), ...(b.epithets ?? [])]);
  if (epithets.length) merged.epithets = epithets;
  if (short.length) merged.short = short;
  const enAliases = [...new Set([...(a.enAliases ?? []), ...(b.enAliases ?? []), ...(b.en !== a.en ? [b.en] : [])])].filter(
    (x) => x !== a.en,
  );
  if (enAliases.length) merged.enAliases = enAliases;
  if (!a.offices?.length && b.offices?.length) merged.offices = b.offices;
  merged.context = a.context?.en ? a.context : b.context;
  if (!merged.context) delete merged.context;
  merged.wiki = { ...(b.wiki ?? {}), ...(a.wiki ?? {}) };
  if (!merged.wiki.en && !merged.wiki.ar) delete merged.wiki;
  return merged;
}

/** Merges lists of entries by id, earlier lists winning. Keeps first-seen order. */
export function mergeById(lists: Iterable<Iterable<GlossaryEntry>>): GlossaryEntry[] {
  const byId = new Map<string, GlossaryEntry>();
  for (const list of lists) {
    for (const e of list) {
      const prev = byId.get(e.id);
      byId.set(e.id, prev ? mergeEntry(prev, e) : { ...e, aliases: uniqueForms(e.ar, e.aliases ?? []) });
    }
  }
  return [...byId.values()].map((e) => {
    if (e.aliases && e.aliases.length === 0) delete e.aliases;
    return e;
  });
}
