/**
 * Loads the code the benchmark times. tsx compiles with esbuild's keepNames, which wraps every
 * closure in a defineProperty call each time it is created: on the recognizer's hot paths that
 * costs more than the work (about 3× on this machine). The extension build does not do that, so
 * the benchmark bundles its subjects with esbuild as plain JavaScript and imports the bundle.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Subjects = typeof import('./bench-subjects');

export interface LoadedSubjects {
  subjects: Subjects;
  /** How the code was compiled, for the report. */
  how: string;
}

const ENTRY = join(import.meta.dirname, 'bench-subjects.ts');

/**
 * The subjects, bundled (or through tsx when asked). `entry` may name another copy of
 * bench-subjects.ts, e.g. in a checkout with a candidate fix to the recognizer, to compare.
 */
export async function loadSubjects(viaTsx: boolean, entry = ENTRY): Promise<LoadedSubjects> {
  if (!viaTsx) {
    try {
      // esbuild is installed with tsx, Vite and WXT.
      const { buildSync } = await import('esbuild');
      const out = buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false });
      const dir = mkdtempSync(join(tmpdir(), 'dalil-bench-'));
      const file = join(dir, 'subjects.mjs');
      writeFileSync(file, (out.outputFiles[0] as { text: string }).text);
      try {
        const how = `bundled by esbuild (no keepNames), as shipped${entry === ENTRY ? '' : `, from ${entry}`}`;
        return { subjects: (await import(pathToFileURL(file).href)) as Subjects, how };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } catch (err) {
      if (entry !== ENTRY) throw err;
      return { subjects: await import('./bench-subjects'), how: `through tsx (bundling failed: ${(err as Error).message})` };
    }
  }
  return { subjects: await import('./bench-subjects'), how: 'through tsx (keepNames: slower than shipped)' };
}
