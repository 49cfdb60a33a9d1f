/**
 * Builds the bundled glossary: curated files under assets/glossary/ (our own words) merged by id,
 * validated, and written to assets/public/glossary.json (copied into every build).
 * Usage: npm run build:glossary
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUNDLED_GLOSSARY_PATH, loadCuratedGlossary } from './lib/glossary-sources';

const started = performance.now();
const { entries, problems } = loadCuratedGlossary();
if (problems.length) {
  for (const p of problems.slice(0, 50)) console.error(`build:glossary: ${p}`);
  console.error(`build:glossary: ${problems.length} invalid entries were left out`);
}
mkdirSync(dirname(BUNDLED_GLOSSARY_PATH), { recursive: true });
writeFileSync(BUNDLED_GLOSSARY_PATH, JSON.stringify({ version: 1, entries }));
const byType = { person: 0, organization: 0, place: 0 };
for (const e of entries) byType[e.type]++;
console.log(
  `build:glossary: ${entries.length} entries (${byType.person} people, ${byType.organization} organizations, ${byType.place} places) in ${Math.round(performance.now() - started)} ms`,
);
