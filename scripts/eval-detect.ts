/**
 * `npm run eval:detect`: is every Arabic news article found, and every other page left alone?
 * Runs the CLI's `detect` (the same extractArticle the extension runs, on linkedom) over
 *   - the saved pages of ../shared/data/pages (index.json; skipped with a message when absent),
 *     scoring the text against the gold text where there is one, and the title where there is one;
 *   - our own fixture cases, tests/fixtures/article-cases/<case>/{source.html,expected.json}.
 * Prints a table and totals. Word F1 is defined in lib/article/overlap.ts: bag-of-words overlap
 * of whitespace tokens after Arabic normalization. The "cheap" column is the content script's first
 * look (looksArabic, at most 4000 characters); "shape" is the structural judgement alone (one
 * article, or a listing, a teaser …) whatever the language: both run here in-process.
 * Exits non-zero when a page is misjudged or a fixture expectation is unmet.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { type Detection, type ExpectedDetection, unmetExpectations } from '../lib/article/expectations';
import { judgeStructure, looksArabic } from '../lib/article/extract';
import { wordF1 } from '../lib/article/overlap';
import { ROOT } from './lib/glossary-sources';

const SHARED = join(ROOT, '../shared/data/pages');
const CASES = join(ROOT, 'tests/fixtures/article-cases');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'scripts/cli.ts');
/** Two at a time: the machine has two cores. */
const PARALLEL = 2;

interface Row {
  page: string;
  /** The page's language as its index says (shared pages). */
  language: string | null;
  /** Characters of text the CLI extracted. */
  chars: number;
  set: 'shared' | 'fixture';
  expected: boolean;
  got: boolean | null;
  lang: string;
  cheap: boolean;
  /** The structural verdict whatever the language (article, listing, teaser …), in-process. */
  shape: string;
  f1: number | null;
  title: boolean | null;
  unmet: string[];
  error: string | null;
}

interface Job {
  page: string;
  language: string | null;
  /** The page's address, passed as --url. */
  url: string | null;
  set: Row['set'];
  file: string;
  expected: boolean;
  goldText: string | null;
  goldTitle: string | null;
  expectations: ExpectedDetection | null;
}

interface SharedIndex {
  pages: Array<{
    id: string;
    file: string;
    language: string;
    url: string | null;
    is_arabic_news_article: boolean;
    expected_title: string | null;
    expected_text_file: string | null;
  }>;
}

function sharedJobs(): Job[] {
  const index = JSON.parse(readFileSync(join(SHARED, 'index.json'), 'utf8')) as SharedIndex;
  return index.pages.map((p) => ({
    page: p.id,
    language: p.language,
    url: p.url,
    set: 'shared',
    file: join(SHARED, p.file),
    expected: p.is_arabic_news_article,
    goldText: p.expected_text_file ? readFileSync(join(SHARED, p.expected_text_file), 'utf8') : null,
    goldTitle: p.expected_title,
    expectations: null,
  }));
}

function fixtureJobs(): Job[] {
  return readdirSync(CASES)
    .filter((name) => existsSync(join(CASES, name, 'expected.json')))
    .map((name) => {
      const expectations = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as ExpectedDetection;
      return {
        page: name,
        language: null,
        url: null,
        set: 'fixture',
        file: join(CASES, name, 'source.html'),
        expected: expectations.isArabicArticle,
        goldText: null,
        goldTitle: null,
        expectations,
      };
    });
}

function runCli(file: string, url: string | null): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [CLI, 'detect', file, ...(url ? ['--url', url] : [])], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ out, err, code }));
  });
}

async function evaluate(job: Job): Promise<Row> {
  const html = readFileSync(job.file, 'utf8');
  const parse = () => parseHTML(html).document as unknown as Document;
  const cheap = looksArabic(parse());
  const shape = judgeStructure(parse(), parse(), { url: job.url ?? undefined }).verdict;
  const row: Row = {
    page: job.page,
    language: job.language,
    chars: 0,
    set: job.set,
    expected: job.expected,
    got: null,
    lang: '',
    cheap,
    shape,
    f1: null,
    title: null,
    unmet: [],
    error: null,
  };
  const { out, err, code } = await runCli(job.file, job.url);
  if (code !== 0) return { ...row, error: err.trim() || `exit ${code}` };
  const got = JSON.parse(out) as Detection;
  row.got = got.isArabicArticle;
  row.lang = got.lang;
  row.chars = got.text.length;
  if (job.goldText !== null) row.f1 = wordF1(got.text, job.goldText).f1;
  if (job.goldTitle !== null) row.title = (got.title ?? '').trim() === job.goldTitle.trim();
  if (job.expectations) row.unmet = unmetExpectations(job.expectations, got);
  return row;
}

async function evaluateAll(jobs: Job[]): Promise<Row[]> {
  const rows: Row[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      rows[i] = await evaluate(jobs[i] as Job);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return rows;
}

const yesNo = (b: boolean | null) => (b === null ? '–' : b ? 'article' : 'no');
const mark = (b: boolean | null) => (b === null ? '' : b ? '✓' : '✗');

function printTable(rows: Row[]): void {
  const header = ['page', 'set', 'expected', 'got', '', 'lang', 'cheap', 'shape', 'word F1', 'title', 'checks'];
  const body = rows.map((r) => [
    r.page,
    r.set,
    yesNo(r.expected),
    r.error ? 'error' : yesNo(r.got),
    r.error ? '✗' : mark(r.got === r.expected),
    r.lang,
    r.cheap ? 'ar' : '–',
    r.shape,
    r.f1 === null ? '' : r.f1.toFixed(3),
    mark(r.title),
    r.set === 'fixture' ? (r.unmet.length ? `✗ ${r.unmet.length}` : '✓') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => (line[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function totals(rows: Row[], label: string): boolean {
  if (!rows.length) return true;
  const right = rows.filter((r) => r.got === r.expected).length;
  const tp = rows.filter((r) => r.expected && r.got).length;
  const fp = rows.filter((r) => !r.expected && r.got).length;
  const fn = rows.filter((r) => r.expected && !r.got).length;
  const f1s = rows.filter((r) => r.f1 !== null).map((r) => r.f1 as number);
  const parts = [
    `${right}/${rows.length} judged right`,
    `Arabic articles found ${tp}/${tp + fn}`,
    `false articles ${fp}`,
    `precision ${tp + fp ? (tp / (tp + fp)).toFixed(2) : '–'}`,
  ];
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  const arabicF1 = rows.filter((r) => r.f1 !== null && r.language === 'ar').map((r) => r.f1 as number);
  if (arabicF1.length) parts.push(`word F1 on Arabic gold ${mean(arabicF1)} (${arabicF1.length})`);
  if (f1s.length > arabicF1.length) parts.push(`on all gold ${mean(f1s)} (${f1s.length})`);
  const titled = rows.filter((r) => r.title !== null);
  if (titled.length) parts.push(`titles ${titled.filter((r) => r.title).length}/${titled.length}`);
  const checked = rows.filter((r) => r.set === 'fixture');
  if (checked.length) parts.push(`fixture expectations met ${checked.filter((r) => !r.unmet.length && !r.error).length}/${checked.length}`);
  console.log(`${label}: ${parts.join(' · ')}`);
  return right === rows.length && checked.every((r) => !r.unmet.length && !r.error);
}

async function main(): Promise<void> {
  const jobs: Job[] = [];
  if (existsSync(join(SHARED, 'index.json'))) jobs.push(...sharedJobs());
  else
    console.log(
      `eval:detect: the shared pages are skipped — ${SHARED} is not here (the shared data lives beside the project as ../shared)`,
    );
  jobs.push(...fixtureJobs());
  const started = performance.now();
  const rows = await evaluateAll(jobs);
  printTable(rows);
  console.log('');
  const okShared = totals(
    rows.filter((r) => r.set === 'shared'),
    'shared pages',
  );
  const okFixtures = totals(
    rows.filter((r) => r.set === 'fixture'),
    'fixture cases',
  );
  for (const r of rows) {
    if (r.error) console.log(`! ${r.page}: the CLI failed: ${r.error}`);
    for (const u of r.unmet) console.log(`! ${r.page}: ${u}`);
    if (r.f1 !== null && r.chars === 0) console.log(`! ${r.page}: no visible text was extracted, so its word F1 is 0`);
  }
  console.log(`(${rows.length} pages through \`cli detect\` in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (!okShared || !okFixtures) process.exitCode = 1;
}

await main();
