/**
 * Builds the bundled glossary: curated files under assets/glossary/ (our own words) merged by id,
 * validated, and written to assets/public/glossary.json (copied into every build).
 * Usage: npm run build:glossary
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUNDLED_GLOSSARY_META_PATH, BUNDLED_GLOSSARY_PATH, loadCuratedGlossary } from './lib/glossary-sources';

const started = performance.now();
const { entries, problems, notes } = loadCuratedGlossary();
if (process.argv.includes('--verbose')) for (const n of notes) console.log(`build:glossary: ${n}`);
if (problems.length) {
  for (const p of problems.slice(0, 50)) console.error(`build:glossary: ${p}`);
  console.error(`build:glossary: ${problems.length} invalid entries were left out`);
}
mkdirSync(dirname(BUNDLED_GLOSSARY_PATH), { recursive: true });
const body = JSON.stringify(entries);
// The seed version is the content hash: the background re-seeds exactly when the seed changed.
const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
writeFileSync(BUNDLED_GLOSSARY_PATH, `{"version":"${version}","entries":${body}}`);
writeFileSync(BUNDLED_GLOSSARY_META_PATH, JSON.stringify({ version, entries: entries.length }));
const byType = { person: 0, organization: 0, place: 0 };
for (const e of entries) byType[e.type]++;
console.log(
  `build:glossary: ${entries.length} entries (${byType.person} people, ${byType.organization} organizations, ${byType.place} places) in ${Math.round(performance.now() - started)} ms`,
);
