/** Builds the extension once before the end-to-end tests, unless a build is already there. */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default function setup(): void {
  const need = ['chrome-mv3', 'firefox-mv2'].some((d) => !existsSync(join(root, '.output', d, 'manifest.json')));
  if (need || process.env.DALIL_E2E_REBUILD === '1') execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
}
