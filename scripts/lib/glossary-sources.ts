/**
 * Reads the glossary sources (Node only: scripts and tests): the curated files under
 * assets/glossary/, then the places generated from package data (scripts/lib/places.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeById } from '../../lib/glossary/merge';
import { collidesWithDefiniteWord, isGenericForm, withoutLeadingTitle } from '../../lib/glossary/quality';
import { parseEntry } from '../../lib/glossary/schema';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { generatePlaces } from './places';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GLOSSARY_DIR = join(ROOT, 'assets/glossary');
export const BUNDLED_GLOSSARY_PATH = join(ROOT, 'assets/public/glossary.json');
export const BUNDLED_GLOSSARY_META_PATH = join(ROOT, 'assets/public/glossary.meta.json');

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The curated files in merge order: the demo core first, then people, organizations, places. */
export function curatedFiles(): string[] {
  return [
    join(GLOSSARY_DIR, 'core.json'),
    ...jsonFiles(join(GLOSSARY_DIR, 'people')),
    ...jsonFiles(join(GLOSSARY_DIR, 'organizations')),
    ...jsonFiles(join(GLOSSARY_DIR, 'places')),
  ];
}

export function loadCuratedGlossary(): { entries: GlossaryEntry[]; problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const lists: GlossaryEntry[][] = [];
  for (const file of curatedFiles()) {
    const name = relative(ROOT, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${name}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${name}: expected a JSON array of entries`);
      continue;
    }
    const list: GlossaryEntry[] = [];
    raw.forEach((item, i) => {
      const r = parseEntry(item, 'seed');
      if (r.ok) {
        const e = r.entry;
        // Forms that carry a title lose it (الملك عبدالله الثاني → عبدالله الثاني).
        const clean = (forms: string[] | undefined) => {
          const out: string[] = [];
          for (const f of forms ?? []) {
            const t = withoutLeadingTitle(f);
            if (t !== f) notes.push(`${name} #${i + 1} (${e.id}): form "${f}" ${t ? `→ "${t}"` : 'dropped'} (title)`);
            if (t && collidesWithDefiniteWord(t)) {
              notes.push(`${name} #${i + 1} (${e.id}): form "${t}" dropped (reads as a definite word)`);
              continue;
            }
            if (t) out.push(t);
          }
          return out;
        };
        if (e.aliases) e.aliases = clean(e.aliases);
        if (e.short) e.short = clean(e.short);
        if (e.type === 'person') {
          const main = withoutLeadingTitle(e.ar);
          if (main && main !== e.ar) {
            notes.push(`${name} #${i + 1} (${e.id}): name "${e.ar}" → "${main}" (title)`);
            e.ar = main;
          }
        }
        if (isGenericForm(e.ar)) {
          // A description (الجيش الروسي "the Russian army"), not a name: a proper alias takes its place.
          const proper = (e.aliases ?? []).find((a) => !isGenericForm(a));
          if (!proper) {
            notes.push(`${name} #${i + 1} (${e.id}): left out — its only names describe ("${e.ar}")`);
            return;
          }
          notes.push(`${name} #${i + 1} (${e.id}): name "${e.ar}" is a description; "${proper}" leads`);
          e.ar = proper;
          e.aliases = e.aliases?.filter((a) => a !== proper);
        }
        const generic = [...(e.aliases ?? []), ...(e.short ?? [])].filter(isGenericForm);
        if (generic.length) {
          notes.push(`${name} #${i + 1} (${e.id}): dropped generic forms ${generic.join('، ')}`);
          e.aliases = e.aliases?.filter((a) => !isGenericForm(a));
          e.short = e.short?.filter((a) => !isGenericForm(a));
        }
        list.push(e);
      } else problems.push(`${name} #${i + 1}: ${r.issues.map((x) => `${x.field} ${x.message}`).join('; ')}`);
    });
    lists.push(list);
  }
  // The generated places come last, so a curated entry with the same id (iso:RU, gn:524901) wins
  // on every scalar field; a form a curated entry of another id uses is left to that entry.
  const curated = lists.flat();
  const places = generatePlaces({ curated });
  notes.push(...places.notes);
  const generated: GlossaryEntry[] = [];
  for (const e of places.entries) {
    const r = parseEntry(e, 'seed');
    if (r.ok) generated.push(r.entry);
    else problems.push(`generated place ${e.id}: ${r.issues.map((x) => `${x.field} ${x.message}`).join('; ')}`);
  }
  lists.push(generated);
  return { entries: mergeById(lists), problems, notes };
}

function newestSourceMtime(): number {
  let newest = 0;
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) visit(p);
      else newest = Math.max(newest, st.mtimeMs);
    }
  };
  visit(GLOSSARY_DIR);
  return newest;
}

/**
 * The bundled glossary as the build wrote it, or built afresh from the sources when the bundle is
 * missing or older than any source (so the CLI never answers from a stale glossary).
 */
export function loadBundledGlossary(): GlossaryEntry[] {
  if (existsSync(BUNDLED_GLOSSARY_PATH) && statSync(BUNDLED_GLOSSARY_PATH).mtimeMs >= newestSourceMtime()) {
    const data = JSON.parse(readFileSync(BUNDLED_GLOSSARY_PATH, 'utf8')) as { entries: GlossaryEntry[] };
    return data.entries;
  }
  return loadCuratedGlossary().entries;
}
