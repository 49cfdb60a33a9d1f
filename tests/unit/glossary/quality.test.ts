/**
 * The bundled glossary's quality check: what ships must be clean. Unique ids; English and Arabic
 * names and both descriptions everywhere; no Arabic form shared by two entities unless the
 * recognizer has a rule to tell them apart (they belong to different countries, and the article's
 * other names decide); forms already normalized-consistent; counts agree with `cli glossary-stats`.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasArabic, normalizeKey } from '../../../lib/arabic/normalize';
import { isGenericForm } from '../../../lib/glossary/quality';
import { parseEntry } from '../../../lib/glossary/schema';
import { glossaryStats } from '../../../lib/glossary/stats';
import { entryForms, formTokens } from '../../../lib/ner/gazetteer';
import { defaultLexicon } from '../../../lib/ner/lexicon';
import { loadCuratedGlossary, ROOT } from '../../../scripts/lib/glossary-sources';

const { entries, problems } = loadCuratedGlossary();

describe('the bundled glossary', () => {
  it('has no invalid entries in its sources', () => {
    expect(problems).toEqual([]);
  });

  it('has unique ids and every entry valid, with both names and both descriptions', () => {
    const ids = new Set<string>();
    for (const e of entries) {
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(parseEntry(e).ok, e.id).toBe(true);
      expect(e.en.trim() && e.ar.trim() && e.desc.en.trim() && e.desc.ar.trim(), e.id).toBeTruthy();
      expect(hasArabic(e.desc.ar), `${e.id} desc.ar`).toBe(true);
    }
  });

  it('shares an Arabic form between two entities only when their countries tell them apart', () => {
    const byForm = new Map<string, Set<string>>();
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries) {
      for (const [form] of entryForms(e)) {
        const k = normalizeKey(form);
        if (!byForm.has(k)) byForm.set(k, new Set());
        byForm.get(k)?.add(e.id);
      }
    }
    const unresolvable: string[] = [];
    for (const [form, ids] of byForm) {
      if (ids.size < 2) continue;
      const countries = [...ids].map((id) => byId.get(id)?.country);
      if (countries.some((c) => !c) || new Set(countries).size !== countries.length) unresolvable.push(`${form}: ${[...ids].join(', ')}`);
    }
    expect(unresolvable).toEqual([]);
  });

  it('has no form that is only a nationality adjective (countries aside: read by agreement) or a generic noun + nationality', () => {
    const lex = defaultLexicon();
    const bad: string[] = [];
    for (const e of entries) {
      for (const [form] of entryForms(e)) {
        const adjective = lex.isNationalityWord(normalizeKey(form)) && e.placeKind !== 'country';
        if (adjective || isGenericForm(form)) bad.push(`${e.id}: ${form}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes a body "of" another as two names, not one form (مجلس الأمن التابع للأمم المتحدة)', () => {
    // Each part is a name with its own card; one joined form would hide the second.
    const bad: string[] = [];
    for (const e of entries) for (const [form] of entryForms(e)) if (/ التابع[ةه]? /.test(form)) bad.push(`${e.id}: ${form}`);
    expect(bad).toEqual([]);
  });

  it('gives epithets of two words, and makes every body part of an entity it has (المنظمة الدولية → the UN)', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const bad: string[] = [];
    for (const e of entries) {
      for (const phrase of e.epithets ?? []) if (formTokens(phrase).length !== 2) bad.push(`${e.id}: epithet ${phrase}`);
      if (e.partOf !== undefined && (!byId.has(e.partOf) || e.partOf === e.id)) bad.push(`${e.id}: part of ${e.partOf}`);
    }
    expect(bad).toEqual([]);
    expect(byId.get('united-nations')?.epithets).toContain('المنظمة الدولية');
    expect(byId.get('un-security-council')?.partOf).toBe('united-nations');
  });

  it('keeps forms free of vowel marks, tatweel and leading clitics', () => {
    const bad: string[] = [];
    for (const e of entries) {
      for (const [form] of entryForms(e)) {
        if (/[\u064B-\u0652\u0640]/.test(form)) bad.push(`${e.id}: ${form}`);
        if (form !== form.trim() || /\s{2,}/.test(form)) bad.push(`${e.id}: spacing in "${form}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('reports the same counts through `cli glossary-stats`', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/cli.ts', 'glossary-stats'], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(glossaryStats(entries));
  });
});
