import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../lib/arabic/normalize';
import { STOPWORDS } from '../../../lib/arabic/stopwords';
import { parseEntry } from '../../../lib/glossary/schema';
import { createRecognizer } from '../../../lib/ner';
import { entryForms } from '../../../lib/ner/gazetteer';
import { defaultLexicon } from '../../../lib/ner/lexicon';
import { loadCuratedGlossary } from '../../../scripts/lib/glossary-sources';
import { generatePlaces } from '../../../scripts/lib/places';
import { COMMON_WORD_REASON } from '../../../scripts/lib/places-blacklist';

const CAIRO = 'gn:360630';
const TRIPOLI_LIBYA = 'gn:2210247';
const TRIPOLI_LEBANON = 'gn:266826';

describe('the generated places', () => {
  const { entries, notes } = generatePlaces();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const { gazetteer, recognizer } = createRecognizer(entries);
  const idsOf = (form: string) => gazetteer.lookupForm(form).map((h) => h.entryId);
  const resolve = (text: string) => recognizer.analyze(text).mentions.map((m) => m.entity?.id);

  it('cover every country and territory and thousands of cities', () => {
    const countries = entries.filter((e) => e.id.startsWith('iso:'));
    expect(countries.length).toBeGreaterThanOrEqual(240);
    expect(entries.length).toBeGreaterThanOrEqual(2000);
    expect(entries.every((e) => e.type === 'place')).toBe(true);
    expect(notes.some((n) => n.startsWith('places: rule a '))).toBe(true);
  });

  it('are all valid entries with unique ids', () => {
    const ids = new Set<string>();
    for (const e of entries) {
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      const r = parseEntry(e);
      expect(r.ok, `${e.id}: ${r.ok ? '' : JSON.stringify(r.issues)}`).toBe(true);
    }
  });

  it('resolve the names news uses most', () => {
    expect(idsOf('مصر')).toEqual(['iso:EG']);
    expect(resolve('زار الوزير مصر')).toEqual(['iso:EG']);
    expect(idsOf('القاهرة')).toEqual([CAIRO]);
    expect(resolve('وصل إلى القاهرة')).toEqual([CAIRO]);
    expect(byId.get(CAIRO)?.placeKind).toBe('capital');
    expect(byId.get('iso:EG')?.desc.en).toBe('Country in Northern Africa; capital Cairo.');
  });

  it('keep both Tripolis, Libya first, and let the article decide', () => {
    expect(new Set(idsOf('طرابلس'))).toEqual(new Set([TRIPOLI_LIBYA, TRIPOLI_LEBANON]));
    const libya = byId.get(TRIPOLI_LIBYA)?.prominence ?? 0;
    const lebanon = byId.get(TRIPOLI_LEBANON)?.prominence ?? 0;
    expect(libya).toBeGreaterThan(lebanon);
    expect(resolve('اشتباكات في طرابلس')).toEqual([TRIPOLI_LIBYA]);
    expect(resolve('زار بيروت ثم طرابلس')).toEqual(['gn:276781', TRIPOLI_LEBANON]);
  });

  it("leave a country's name to the country (rule a)", () => {
    expect(idsOf('الكويت')).toEqual(['iso:KW']);
    expect(idsOf('مدينة الكويت')).toEqual(['gn:285787']);
    expect(idsOf('تونس')).toEqual(['iso:TN']);
    expect(idsOf('تونس العاصمة')).toEqual(['gn:2464470']);
  });

  it('have no city form that is a nationality word (rule d; a country keeps its name, read by agreement)', () => {
    const lex = defaultLexicon();
    const bad = entries
      .filter((e) => e.placeKind !== 'country')
      .flatMap((e) => entryForms(e).filter(([f]) => lex.isNationalityWord(normalizeKey(f))))
      .map(([f]) => f);
    expect(bad).toEqual([]);
  });

  it('have no city form that is a common word, a function word or two letters (rule c)', () => {
    const bad: string[] = [];
    for (const e of entries) {
      if (e.id.startsWith('iso:')) continue;
      for (const [f] of entryForms(e)) {
        const k = normalizeKey(f);
        if (COMMON_WORD_REASON.has(k) || STOPWORDS.has(k) || k.replace(/\s/g, '').length <= 2) bad.push(`${e.id}: ${f}`);
      }
    }
    expect(bad).toEqual([]);
    expect(idsOf('المدينة')).toEqual([]);
    expect(idsOf('المدينة المنورة')).toEqual(['gn:109223']);
  });

  it('come after the curated lists, which win on every scalar field', () => {
    const { entries: all, problems } = loadCuratedGlossary();
    expect(problems.filter((p) => p.startsWith('generated place'))).toEqual([]);
    const moscow = all.find((e) => e.id === 'gn:524901');
    expect(moscow?.desc.en).toBe('Capital and largest city of Russia.');
    expect(moscow?.prominence).toBe(90);
    const georgia = all.find((e) => e.id === 'iso:GE');
    expect(georgia?.prominence).toBe(60);
    expect(all.filter((e) => e.id === 'iso:RU')).toHaveLength(1);
  });
});
