/**
 * How recall on ANERcorp dev moves with the glossary: the same recognizer over the 19-entry demo
 * core, the curated people and organizations, and the full bundled glossary.
 * Usage: npx tsx scripts/eval-glossary-size.ts (skips where ../shared is absent)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll, tagConll } from '../lib/conll';
import { createRecognizer } from '../lib/ner';
import { loadBundledGlossary, ROOT } from './lib/glossary-sources';

const GOLD = join(ROOT, '../shared/data/ner/anercorp/dev.conll');
const SCORER = join(ROOT, '../shared/tools/ner_score.py');
if (!existsSync(GOLD)) {
  console.log('eval-glossary-size: skipped — ../shared/data is not here');
  process.exit(0);
}
const all = loadBundledGlossary();
const core = new Set((JSON.parse(readFileSync(join(ROOT, 'assets/glossary/core.json'), 'utf8')) as Array<{ id: string }>).map((e) => e.id));
const variants = {
  'demo core (19 entries)': all.filter((e) => core.has(e.id)),
  'people + organizations, no places': all.filter((e) => e.type !== 'place' || core.has(e.id)),
  'full bundled glossary': all,
};
const doc = readConll(readFileSync(GOLD, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dalil-size-'));
for (const [name, entries] of Object.entries(variants)) {
  const { recognizer } = createRecognizer(entries);
  const tags = tagConll(doc, recognizer.analyze(doc.text).mentions);
  const pred = join(dir, 'pred.conll');
  writeFileSync(
    pred,
    `${doc.lines.map((_l, i) => (doc.spans[i] ? `${doc.text.slice(...(doc.spans[i] as [number, number]))}\t${tags[i]}` : '')).join('\n')}\n`,
  );
  const out = spawnSync('python3', [SCORER, GOLD, pred], { encoding: 'utf8' }).stdout;
  const overall = /precision:\s+([\d.]+)%; recall:\s+([\d.]+)%; FB1:\s+([\d.]+)/.exec(out);
  console.log(
    `${name.padEnd(36)} ${entries.length.toString().padStart(5)} entries  P ${overall?.[1]}%  R ${overall?.[2]}%  F1 ${overall?.[3]}`,
  );
}
