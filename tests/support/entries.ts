import type { GlossaryEntry } from '../../lib/glossary/types';

/** A small glossary entry for tests. */
export function entry(id: string, type: GlossaryEntry['type'], en: string, ar: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, type, en, ar, desc: { en: `${en}.`, ar: `${ar}.` }, source: 'seed', ...extra };
}
