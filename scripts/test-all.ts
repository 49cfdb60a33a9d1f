/**
 * `npm test`: every check, in the order a failure is cheapest to find, and one plain total.
 *   lint and format (Biome) · type-check (tsc) · unit tests (vitest) · build (three targets)
 *   · web-ext lint of both Firefox builds (0 errors) · end-to-end tests (real Chromium, Firefox ESR)
 * Each check that is not a test runner counts as one test. The last line is
 * "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

function run(cmd: string, args: string[], opts: { capture?: boolean } = {}): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: process.env });
  return { ok: r.status === 0, out: r.stdout ?? '' };
}

function check(name: string, ok: boolean): void {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  console.log(`${ok ? '✔' : '✘'} ${name}`);
}

function vitest(name: string, config: string | null): void {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-vitest-'));
  const report = join(dir, 'report.json');
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const r = run('npx', args);
  if (!existsSync(report)) {
    check(`${name}: the runner produced no report`, false);
    return;
  }
  const j = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  rmSync(dir, { recursive: true, force: true });
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  skipped += j.numPendingTests + j.numTodoTests;
  if (j.numFailedTests > 0 || !r.ok) {
    failures.push(name);
    if (j.numFailedTests === 0) failed++; // the run failed outside any test (a suite that did not load)
  }
  console.log(`${name}: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests} skipped`);
}

function webExtLint(dir: string): void {
  const r = run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { capture: true });
  let errors = -1;
  try {
    errors = (JSON.parse(r.out) as { summary: { errors: number } }).summary.errors;
  } catch {
    errors = -1;
  }
  check(`web-ext lint ${dir}: ${errors < 0 ? 'no report' : `${errors} errors`}`, errors === 0);
}

check('lint and format (biome)', run('npx', ['biome', 'check', '.']).ok);
check('type-check (tsc)', run('npx', ['tsc', '--noEmit']).ok);
vitest('unit tests', null);
const built = run('npm', ['run', '--silent', 'build']).ok;
check('build (chrome-mv3, firefox-mv2, firefox-mv3)', built);
if (built) {
  webExtLint('.output/firefox-mv2');
  webExtLint('.output/firefox-mv3');
  vitest('end-to-end tests', 'vitest.e2e.config.ts');
}
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
