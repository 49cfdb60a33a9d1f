import type { GlossaryEntry } from './types';

export interface GlossaryStats {
  entities: number;
  byType: { person: number; organization: number; place: number };
  withBothNames: number;
}

export function glossaryStats(entries: readonly GlossaryEntry[]): GlossaryStats {
  const byType = { person: 0, organization: 0, place: 0 };
  let withBothNames = 0;
  for (const e of entries) {
    byType[e.type]++;
    if (e.en.trim() && e.ar.trim()) withBothNames++;
  }
  return { entities: entries.length, byType, withBothNames };
}
