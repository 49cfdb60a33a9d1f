/**
 * Writes assets/public/_locales/{en,ar}/messages.json from the catalogs in lib/i18n/, so that
 * browser.i18n (and the manifest's __MSG_*__ strings) speak both languages.
 * Keys become <catalog>_<key> (common keys keep their name).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalog } from '../lib/i18n';
import { ROOT } from './lib/glossary-sources';

const dir = join(ROOT, 'lib/i18n');
const out: Record<'en' | 'ar', Record<string, { message: string }>> = { en: {}, ar: {} };
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, Catalog>;
  const prefix = file === 'common.ts' ? '' : `${file.replace(/\.ts$/, '')}_`;
  for (const catalog of Object.values(mod)) {
    for (const [key, v] of Object.entries(catalog)) {
      const name = `${prefix}${key}`.replace(/[^A-Za-z0-9_]/g, '_');
      out.en[name] = { message: v.en };
      out.ar[name] = { message: v.ar };
    }
  }
}
for (const lang of ['en', 'ar'] as const) {
  const target = join(ROOT, 'assets/public/_locales', lang);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'messages.json'), `${JSON.stringify(out[lang], null, 1)}\n`);
}
console.log(`build:locales: ${Object.keys(out.en).length} messages in en and ar`);
