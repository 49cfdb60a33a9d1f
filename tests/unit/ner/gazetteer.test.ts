import { describe, expect, it } from 'vitest';
import { procliticReadings } from '../../../lib/arabic/clitics';
import { normalize } from '../../../lib/arabic/normalize';
import { STOPWORDS } from '../../../lib/arabic/stopwords';
import { isSentenceEnd, type Token, tokenize } from '../../../lib/arabic/tokenize';
import type { GlossaryEntry } from '../../../lib/glossary/types';
import {
  entryKeys,
  type FormHit,
  foreignVariants,
  Gazetteer,
  type GazetteerMatch,
  WORD_BY_TEXT,
  wordHash,
} from '../../../lib/ner/gazetteer';
import { NO_WORD } from '../../../lib/ner/word-trie';
import { entry } from '../../support/entries';

const tokens = (s: string) => tokenize(normalize(s).text);

describe('Gazetteer', () => {
  const g = new Gazetteer([
    entry('so', 'place', 'South Ossetia', 'أوسيتيا الجنوبية'),
    entry('unsc', 'organization', 'UN Security Council', 'مجلس الأمن الدولي', { aliases: ['مجلس الأمن'] }),
    entry('lavrov', 'person', 'Sergey Lavrov', 'سيرغي لافروف', { short: ['لافروف'] }),
  ]);

  it('matches the longest name', () => {
    const m = g.matchAt(tokens('مجلس الأمن الدولي يجتمع'), 0);
    expect(m?.endToken).toBe(3);
    expect(m?.hits[0]?.entryId).toBe('unsc');
  });

  it('reads a clitic on the first word and reports its length', () => {
    const m = g.matchAt(tokens('بأوسيتيا الجنوبية'), 0);
    expect(m?.prefix).toBe('ب');
    expect(m?.prefixLength).toBe(1);
    expect(m?.hits[0]?.entryId).toBe('so');
  });

  it('tells full forms from short ones', () => {
    expect(g.matchAt(tokens('لافروف'), 0)?.hits[0]?.kind).toBe('short');
  });

  it('does not match across a wide gap', () => {
    expect(g.matchAt(tokens('أوسيتيا\n\nالجنوبية'), 0)).toBeNull();
  });

  it('updates at once when an entry is removed or added', () => {
    const h = new Gazetteer([entry('x', 'place', 'X', 'قرية الاختبار')]);
    expect(h.matchAt(tokens('قرية الاختبار'), 0)).not.toBeNull();
    h.remove('x');
    expect(h.matchAt(tokens('قرية الاختبار'), 0)).toBeNull();
    h.add(entry('y', 'place', 'Y', 'قرية الاختبار'));
    expect(h.matchAt(tokens('قرية الاختبار'), 0)?.hits[0]?.entryId).toBe('y');
  });

  it('keeps the last of two entries given with one id, as adding them in turn would', () => {
    const h = new Gazetteer([
      entry('x', 'place', 'Old', 'قرية قديمة'),
      entry('y', 'place', 'Y', 'بلدة'),
      entry('x', 'place', 'New', 'قرية جديدة'),
    ]);
    expect(h.size).toBe(2);
    expect(h.get('x')?.en).toBe('New');
    expect(h.lookupForm('قرية قديمة')).toEqual([]);
    expect(h.lookupForm('قرية جديدة').map((x) => x.entry.en)).toEqual(['New']);
    expect(h.lookupForm('بلدة').map((x) => x.entryId)).toEqual(['y']);
  });

  it('keeps names that share their first words apart (one next word, then several)', () => {
    const h = new Gazetteer([
      entry('a', 'organization', 'A', 'مجلس التعاون'),
      entry('b', 'organization', 'B', 'مجلس التعاون الخليجي'),
      entry('c', 'organization', 'C', 'مجلس النواب'),
      entry('d', 'organization', 'D', 'مجلس الشيوخ الأمريكي'),
    ]);
    const at = (s: string) => {
      const m = h.matchAt(tokens(s), 0);
      return m ? `${m.hits[0]?.entryId}:${m.endToken}` : null;
    };
    expect(at('مجلس التعاون الخليجي اليوم')).toBe('b:3');
    expect(at('مجلس التعاون اليوم')).toBe('a:2');
    expect(at('مجلس النواب')).toBe('c:2');
    expect(at('مجلس الشيوخ الأمريكي')).toBe('d:3');
    expect(at('مجلس الشيوخ')).toBeNull();
    expect(h.lookupForm('مجلس النواب').map((x) => x.entryId)).toEqual(['c']);
    expect(h.lookupForm('مجلس')).toEqual([]);
    expect(h.lookupForm('')).toEqual([]);
  });

  it('lists every entry of a shared form, in the order they were added, once per kind', () => {
    const h = new Gazetteer([
      entry('p1', 'person', 'P1', 'أحمد الزيدي', { short: ['الزيدي'] }),
      entry('p2', 'person', 'P2', 'سالم الزيدي', { short: ['الزيدي'], aliases: ['الزيدي'] }),
    ]);
    const idAndKind = (hits: readonly FormHit[] | undefined) => hits?.map(({ entryId, kind }) => ({ entryId, kind }));
    expect(idAndKind(h.lookupForm('الزيدي'))).toEqual([
      { entryId: 'p1', kind: 'short' },
      { entryId: 'p2', kind: 'full' },
      { entryId: 'p2', kind: 'short' },
    ]);
    // Each hit carries its entry, as added.
    expect(h.lookupForm('الزيدي').map((x) => x.entry.en)).toEqual(['P1', 'P2', 'P2']);
    h.remove('p1');
    expect(idAndKind(h.matchAt(tokens('والزيدي'), 0)?.hits)).toEqual([
      { entryId: 'p2', kind: 'full' },
      { entryId: 'p2', kind: 'short' },
    ]);
  });

  it('reads no preposition into a function word, and makes no function word a spelling of a name', () => {
    const h = new Gazetteer([
      entry('anne', 'person', 'Anne Frank', 'آن فرانك', { country: 'DE' }),
      entry('bongo', 'person', 'Ali Bongo', 'علي بونغو', { country: 'GA' }),
    ]);
    // كان is "was", not ك + آن; وعلي is و + علي.
    expect(h.matchAt(tokens('كان فرانك'), 0)).toBeNull();
    expect(h.matchAt(tokens('وعلي بونغو'), 0)?.hits[0]?.entryId).toBe('bongo');
    // Foreign spellings: غ/ج swap, but علي → الي ("to") and آن → عن ("about") are no spellings.
    expect(h.matchAt(tokens('علي بونجو'), 0)?.hits[0]?.entryId).toBe('bongo');
    expect(h.matchAt(tokens('إلى بونغو'), 0)).toBeNull();
    expect(h.matchAt(tokens('عن فرانك'), 0)).toBeNull();
    expect(foreignVariants(['علي', 'بونغو'])).toEqual([['علي', 'بونجو']]);
  });

  it('knows which words may follow a name\'s first word (no false "no")', () => {
    expect(g.mayFollow('الأمن'.replace('أ', 'ا'))).toBe(true);
    expect(g.mayFollow('الدولي')).toBe(true);
    expect(g.mayFollow('لافروف')).toBe(true);
    // Most other words are not (a Bloom filter may say yes to a few).
    const others = ['يجتمع', 'اليوم', 'قال', 'في', 'الحكومة', 'وزير', 'الخارجية', 'العاصمة'];
    expect(others.filter((w) => g.mayFollow(w)).length).toBeLessThanOrEqual(1);
  });

  it("keeps epithets apart from names, and forgets an entry's on removal", () => {
    const un = entry('un', 'organization', 'United Nations', 'الأمم المتحدة', { epithets: ['المنظمة الدولية', 'منظمة واحدة ثانية'] });
    const council = entry('unsc', 'organization', 'UN Security Council', 'مجلس الأمن', { partOf: 'un' });
    const other = entry('plo', 'organization', 'PLO', 'منظمة التحرير');
    const h = new Gazetteer([un, council, other]);
    // An epithet names nothing by itself; of three words it is not kept at all.
    expect(h.matchAt(tokens('المنظمة الدولية'), 0)).toBeNull();
    expect([h.isEpithetHead('المنظمه'), h.isEpithetTail('الدوليه'), h.isEpithetTail('ثانيه')]).toEqual([true, true, false]);
    // The epithet stands for the entity named, or the one it is part of; nothing after another.
    expect([un, council, other].map((e) => h.epithetAfter('المنظمه', 'الدوليه', e)?.id)).toEqual(['un', 'un', undefined]);
    expect(h.epithetAfter('المنظمه', 'الخاصه', un)).toBeUndefined();
    expect([un, council, other].map((e) => h.hasEpithets(e))).toEqual([true, true, false]);
    h.remove('un');
    expect(h.epithetAfter('المنظمه', 'الدوليه', council)).toBeUndefined();
    expect([h.isEpithetHead('المنظمه'), h.hasEpithets(council)]).toEqual([false, false]);
  });

  it('reads no clitic into a word its caller knows is whole', () => {
    const h = new Gazetteer([entry('nuuk', 'place', 'Nuuk', 'نوك')]);
    const readings = procliticReadings('بنوك');
    expect(h.rootsAmong(readings).map((r) => r.prefix)).toEqual(['ب']);
    expect(h.rootsAmong(readings, true)).toEqual([]);
  });

  it('knows which word may go on from which first word (no false "no")', () => {
    const pair = (first: string, next: string) => g.mayContinue(wordHash(first), wordHash(next));
    expect(pair('سيرغي', 'لافروف')).toBe(true);
    expect(pair('مجلس', 'الامن')).toBe(true);
    expect(pair('اوسيتيا', 'الجنوبية'.replace('ة', 'ه'))).toBe(true);
    // Words that follow some first word, but not this one.
    const crossed = [
      ['مجلس', 'لافروف'],
      ['سيرغي', 'الامن'],
      ['اوسيتيا', 'الدولي'],
      ['سيرغي', 'الجنوبيه'],
    ] as const;
    expect(crossed.filter(([a, b]) => pair(a, b)).length).toBeLessThanOrEqual(1);
  });
});

/** A gazetteer without a trie: every form in one map, every length tried at every token. */
class ReferenceGazetteer {
  private readonly forms = new Map<string, FormHit[]>();
  private readonly entries = new Map<string, GlossaryEntry>();
  private maxDepth = 1;

  add(e: GlossaryEntry): void {
    if (this.entries.has(e.id)) this.remove(e.id);
    this.entries.set(e.id, e);
    for (const [keys, kind] of entryKeys(e)) {
      const k = keys.join(' ');
      const hits = this.forms.get(k) ?? [];
      if (!hits.some((h) => h.entryId === e.id && h.kind === kind)) hits.push({ entryId: e.id, kind, entry: e });
      this.forms.set(k, hits);
      this.maxDepth = Math.max(this.maxDepth, keys.length);
    }
  }

  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    for (const [keys] of entryKeys(e)) {
      const k = keys.join(' ');
      const hits = this.forms.get(k);
      if (hits)
        this.forms.set(
          k,
          hits.filter((h) => h.entryId !== id),
        );
    }
  }

  lookupForm(keys: string): readonly FormHit[] {
    return this.forms.get(keys) ?? [];
  }

  matchAt(tokens: readonly Token[], i: number, isBarrier: (token: Token) => boolean): GazetteerMatch | null {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return null;
    const readings = first.kind === 'arabic' ? procliticReadings(first.text) : [{ stem: first.text, prefixLength: 0, prefix: '' }];
    // A function word takes "and" and no preposition (كان is never ك + آن).
    const functionWord = STOPWORDS.has(first.text);
    let best: GazetteerMatch | null = null;
    for (const r of readings) {
      if (functionWord && r.prefixLength > 0 && r.prefix !== 'و' && r.prefix !== 'ف') continue;
      let key = r.stem;
      for (let end = i + 1; end - i <= this.maxDepth && end <= tokens.length; end++) {
        if (end > i + 1) {
          const k = end - 1;
          if (isBarrier(tokens[k] as Token) || (tokens[k] as Token).start - (tokens[k - 1] as Token).end > 1) break;
          key += ` ${(tokens[k] as Token).text}`;
        }
        const hits = this.forms.get(key);
        if (hits && hits.length > 0 && (!best || end > best.endToken)) {
          best = { firstToken: i, endToken: end, prefixLength: r.prefixLength, prefix: r.prefix, hits };
        }
      }
    }
    return best;
  }
}

describe('Gazetteer against a trie-less reference', () => {
  let seed = 3;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  // A small vocabulary, so that names share first words, run into each other and repeat.
  const words = [
    'مجلس',
    'الأمن',
    'الدولي',
    'حزب',
    'الله',
    'جورج',
    'غالي',
    'أنان',
    'عنان',
    'بنك',
    'القاهرة',
    'لبنان',
    'سان',
    'مارينو',
    'ABC',
    '2020',
    // A name that is also a function word, and one whose variant spelling would be one (آن → عن).
    'علي',
    'آن',
    'فرانك',
  ];
  const name = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(' ');
  const randomEntry = (n: number): GlossaryEntry =>
    entry(`e${n}`, pick(['person', 'place', 'organization'] as const), `E${n}`, name(), {
      ...(random() < 0.4 ? { aliases: [name()] } : {}),
      ...(random() < 0.4 ? { short: [pick(words)] } : {}),
      ...(random() < 0.5 ? { country: pick(['US', 'FR', 'EG']) } : {}),
    });
  const glue = ['', '', '', 'و', 'ب', 'لل', 'وب'];
  const seps = [' ', ' ', ' ', '  ', '. ', '، ', '\n\n', '-'];

  it('finds the same names and forms through adds, replacements and removals', () => {
    for (let round = 0; round < 60; round++) {
      const g = new Gazetteer();
      const ref = new ReferenceGazetteer();
      const count = 1 + Math.floor(random() * 25);
      for (let n = 0; n < count; n++) {
        const e = randomEntry(Math.floor(random() * count));
        g.add(e);
        ref.add(e);
        if (random() < 0.15) {
          const id = `e${Math.floor(random() * count)}`;
          g.remove(id);
          ref.remove(id);
        }
      }
      for (let t = 0; t < 10; t++) {
        let text = '';
        for (let w = 0; w < 12; w++) text += pick(glue) + pick(words) + pick(seps);
        const toks = tokens(text);
        const barrier = isSentenceEnd;
        // What a recognizer hands matchFrom: the roots and each word's number (none where the word
        // follows no first word; a number or Latin word looked up by its text).
        const numbers = Int32Array.from(toks, (t) =>
          t.kind !== 'arabic' ? WORD_BY_TEXT : g.mayFollow(t.text) ? g.wordId(t.text) : NO_WORD,
        );
        for (let i = 0; i < toks.length; i++) {
          const expected = ref.matchAt(toks, i, barrier);
          expect(g.matchAt(toks, i, barrier)).toEqual(expected);
          const t = toks[i] as Token;
          if (t.kind !== 'arabic') continue;
          const roots = g.rootsOf(t.text);
          expect(g.matchFrom(toks, i, roots, barrier, numbers)).toEqual(expected);
          // A name of two words or more: the pairs' filter lets its first two words through.
          const next = toks[i + 1];
          if (expected && expected.endToken - i > 1 && next)
            expect(roots.some((r) => g.mayContinue(wordHash(r.stem), wordHash(next.text)))).toBe(true);
        }
      }
      for (let f = 0; f < 20; f++) {
        const form = name();
        expect(g.lookupForm(form)).toEqual(
          ref.lookupForm(
            tokens(form)
              .map((t) => t.text)
              .join(' '),
          ),
        );
      }
    }
  });
});

describe('foreignVariants', () => {
  // The spellings as regular expressions, as they were first written: the fast swaps must agree.
  const reference = (keys: string[]): string[][] => {
    const swaps = [
      (w: string) => w.replace(/غ/g, 'ج'),
      (w: string) => w.replace(/ج/g, 'غ'),
      (w: string) => w.replace(/^ع/, 'ا'),
      (w: string) => w.replace(/^ا(?!ل)/, 'ع'),
    ];
    const out = new Map<string, string[]>();
    for (const swap of swaps) {
      const v = keys.map(swap);
      if (v.join(' ') !== keys.join(' ')) out.set(v.join(' '), v);
    }
    return [...out.values()];
  };

  it('gives the same spellings as the regular expressions', () => {
    const cases = [
      ['غوتيريش'],
      ['جوتيريش'],
      ['انان'],
      ['عنان'],
      ['الجزائر'],
      ['ا'],
      ['ع'],
      ['غاجا', 'عبد'],
      ['ماري', 'لوبان'],
      ['اغ', 'جغ', 'ال'],
      [''],
    ];
    for (const keys of cases) expect(foreignVariants(keys)).toEqual(reference(keys));
  });
});
