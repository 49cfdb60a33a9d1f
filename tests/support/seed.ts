/** The seed article and its gold annotation (tests/fixtures), and a check of mentions against it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../../lib/arabic/normalize';
import type { Mention } from '../../lib/ner/types';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const SEED_TEXT = readFileSync(here('../fixtures/seed-article.txt'), 'utf8');

export interface GoldEntity {
  type: 'person' | 'organization' | 'place';
  en: string;
  ar: string;
  mentions: number;
  forms: string[];
  role_in_article?: { ar: string; en: string };
}
export const SEED_GOLD = JSON.parse(readFileSync(here('../fixtures/seed-gold.json'), 'utf8')) as {
  mentions_total: number;
  entities: GoldEntity[];
};

export interface SeedCheck {
  found: number;
  expected: number;
  extra: Mention[];
  wrong: string[];
  rolesRight: number;
  rolesExpected: number;
  roleProblems: string[];
}

/**
 * Every gold mention must be found as exactly the gold name (without clitics), with the right type
 * and entity; nothing else may be found; people's first role must match the gold role.
 */
export function checkSeed(mentions: readonly Mention[]): SeedCheck {
  const wrong: string[] = [];
  const extra: Mention[] = [];
  const byGold = new Map<GoldEntity, number>();
  for (const m of mentions) {
    const g = SEED_GOLD.entities.find((e) => e.en.replace(/ \(country\)$/, '') === m.entity?.en.replace(/ \(country\)$/, ''));
    if (!g) {
      extra.push(m);
      continue;
    }
    if (g.type !== m.type) wrong.push(`${m.text}: type ${m.type}, expected ${g.type}`);
    if (normalizeKey(m.text) !== normalizeKey(g.ar)) wrong.push(`"${m.text}" should be exactly "${g.ar}"`);
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
  }
  let found = 0;
  for (const g of SEED_GOLD.entities) {
    const n = byGold.get(g) ?? 0;
    if (n !== g.mentions) wrong.push(`${g.en}: ${n} mentions, expected ${g.mentions}`);
    found += Math.min(n, g.mentions);
  }
  let rolesRight = 0;
  const roleProblems: string[] = [];
  const withRoles = SEED_GOLD.entities.filter((g) => g.role_in_article);
  for (const g of withRoles) {
    const first = mentions.find((m) => m.entity?.en === g.en && m.role);
    const want = g.role_in_article as { ar: string; en: string };
    if (first?.role && normalizeKey(first.role.ar) === normalizeKey(want.ar) && first.role.en === want.en) rolesRight++;
    else roleProblems.push(`${g.en}: role ${JSON.stringify(first?.role ?? null)}, expected ${JSON.stringify(want)}`);
  }
  return { found, expected: SEED_GOLD.mentions_total, extra, wrong, rolesRight, rolesExpected: withRoles.length, roleProblems };
}
