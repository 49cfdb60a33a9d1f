/**
 * `npm run eval`: scores the recognizer on ANERcorp (../shared/data/ner/anercorp/dev.conll)
 * through the CLI's conll mode, with the project's judge (../shared/tools/ner_score.py):
 * per-type precision, recall and F1, and the micro F1. Skips with a message where ../shared is
 * absent. Options: --save FILE keeps the predictions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/glossary-sources';

const GOLD = join(ROOT, '../shared/data/ner/anercorp/dev.conll');
const SCORER = join(ROOT, '../shared/tools/ner_score.py');

if (!existsSync(GOLD) || !existsSync(SCORER)) {
  console.log(`eval: skipped — ${existsSync(GOLD) ? SCORER : GOLD} is not here (the shared data lives beside the project as ../shared)`);
  process.exit(0);
}
const saveAt = process.argv.indexOf('--save');
const predFile = saveAt >= 0 ? (process.argv[saveAt + 1] as string) : join(mkdtempSync(join(tmpdir(), 'dalil-eval-')), 'pred.conll');
const started = performance.now();
const cli = spawnSync('npx', ['tsx', join(ROOT, 'scripts/cli.ts'), 'annotate', '--format', 'conll', GOLD], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (cli.status !== 0) {
  console.error(`eval: the CLI failed: ${cli.stderr.trim()}`);
  process.exit(1);
}
writeFileSync(predFile, cli.stdout);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const score = spawnSync('python3', [SCORER, GOLD, predFile], { encoding: 'utf8' });
process.stdout.write(score.stdout);
if (score.status !== 0) {
  console.error(score.stderr.trim());
  process.exit(1);
}
console.log(`(annotated ANERcorp dev in ${seconds} s; predictions in ${predFile})`);
