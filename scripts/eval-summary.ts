/**
 * `npm run eval:summary`: scores Dalil's three-sentence summaries on EASC
 * (../shared/data/summaries/easc_dev.jsonl: articles with five human extractive summaries each)
 * against the first three sentences (Lead-3, cut by the same sentence splitter), with the
 * project's judge (../shared/tools/rouge.py). Summaries come from the CLI, as a user would get them.
 *
 * The ranker's few weights were chosen on the even-numbered articles (the tuning half); the
 * odd-numbered ones (the held-out half) show whether the gain carries over to articles it was not
 * tuned on. Both halves and the whole set are reported, with the articles each system wins.
 * Skips with a message where ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitSentences } from '../lib/summary/sentences';
import { ROOT } from './lib/glossary-sources';

const DATA = join(ROOT, '../shared/data/summaries/easc_dev.jsonl');
const SCORER = join(ROOT, '../shared/tools/rouge.py');
const SENTENCES = 3;

interface Article {
  id: string;
  text: string;
  summaries: string[];
}

type Metric = 'ROUGE-1' | 'ROUGE-2' | 'ROUGE-L';
const METRICS: readonly Metric[] = ['ROUGE-1', 'ROUGE-2', 'ROUGE-L'];

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) {
    console.error(`eval:summary: ${what} failed: ${(r.stderr || r.error?.message || '').trim()}`);
    process.exit(1);
  }
  return r.stdout;
}

function writeJsonl(path: string, rows: readonly object[]): string {
  writeFileSync(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path;
}

/** F of each metric, from rouge.py's table. */
function score(refs: string, cands: string): Record<Metric, number> {
  const out = run('python3', [SCORER, '--refs', refs, '--cands', cands], 'rouge.py');
  const f = {} as Record<Metric, number>;
  for (const m of METRICS) {
    const line = out.split('\n').find((l) => l.startsWith(`${m} `));
    const value = Number(line?.trim().split(/\s+/)[3]);
    if (!Number.isFinite(value)) throw new Error(`rouge.py printed no ${m} line:\n${out}`);
    f[m] = value;
  }
  return f;
}

/** ROUGE-1 F of each article, from rouge.py used as a library, for the per-article comparison. */
function perArticle(refs: string, cands: string): Map<string, number> {
  const py = `
import json, sys
sys.path.insert(0, sys.argv[1])
from rouge import rouge_scores
refs = {}
for line in open(sys.argv[2], encoding='utf-8'):
    if line.strip():
        o = json.loads(line); refs[o['id']] = o['summaries']
for line in open(sys.argv[3], encoding='utf-8'):
    if line.strip():
        o = json.loads(line)
        print(json.dumps([o['id'], rouge_scores(o['summary'], refs[o['id']])['rouge-1']['f']]))
`;
  const out = run('python3', ['-c', py, join(SCORER, '..'), refs, cands], 'rouge.py (per article)');
  return new Map(
    out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as [string, number]),
  );
}

if (!existsSync(DATA) || !existsSync(SCORER)) {
  console.log(
    `eval:summary: skipped — ${existsSync(DATA) ? SCORER : DATA} is not here (the shared data lives beside the project as ../shared)`,
  );
  process.exit(0);
}

const articles: Article[] = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Article);
const dir = mkdtempSync(join(tmpdir(), 'dalil-eval-summary-'));
const input = writeJsonl(
  join(dir, 'input.jsonl'),
  articles.map((a) => ({ id: a.id, text: a.text })),
);

const started = performance.now();
const cliOut = run(
  'npx',
  ['tsx', join(ROOT, 'scripts/cli.ts'), 'summarize', '--jsonl', '--sentences', String(SENTENCES), input],
  'the CLI',
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const dalil = join(dir, 'dalil.jsonl');
writeFileSync(dalil, cliOut);
const lead = writeJsonl(
  join(dir, 'lead3.jsonl'),
  articles.map((a) => ({
    id: a.id,
    summary: splitSentences(a.text)
      .slice(0, SENTENCES)
      .map((s) => s.text)
      .join(' '),
  })),
);

const sets = [
  { name: 'tuning half (even)', rows: articles.filter((_a, i) => i % 2 === 0) },
  { name: 'held-out half (odd)', rows: articles.filter((_a, i) => i % 2 === 1) },
  { name: 'all', rows: articles },
];
const dalilByArticle = perArticle(DATA, dalil);
const leadByArticle = perArticle(DATA, lead);

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`EASC: ${articles.length} articles, 5 human extractive summaries each; ${SENTENCES}-sentence summaries`);
console.log(
  "F scores by rouge.py (multi-reference average); wins/ties/losses: articles where Dalil's ROUGE-1 F is above, equal to or below Lead-3's",
);
console.log('');
console.log(`${''.padEnd(24)}${METRICS.map((m) => `${m.padStart(8)}${''.padEnd(9)}`).join('')}`);
console.log(`${'set'.padEnd(20)}${pad('n', 4)}${METRICS.map(() => `${pad('Dalil', 8)}${pad('Lead-3', 8)} `).join('')}  wins/ties/losses`);
for (const set of sets) {
  const refs = writeJsonl(join(dir, `refs-${set.name.split(' ')[0]}.jsonl`), set.rows);
  const d = score(refs, dalil);
  const l = score(refs, lead);
  const tally = { wins: 0, ties: 0, losses: 0 };
  for (const a of set.rows) {
    const diff = (dalilByArticle.get(a.id) ?? 0) - (leadByArticle.get(a.id) ?? 0);
    if (Math.abs(diff) < 1e-9) tally.ties++;
    else if (diff > 0) tally.wins++;
    else tally.losses++;
  }
  const cells = METRICS.map((m) => `${pad(d[m].toFixed(4), 8)}${pad(l[m].toFixed(4), 8)} `).join('');
  console.log(`${set.name.padEnd(20)}${pad(set.rows.length, 4)}${cells}  ${tally.wins}/${tally.ties}/${tally.losses}`);
}
console.log(`(summarized ${articles.length} articles through the CLI in ${seconds} s; candidates in ${dir})`);
