import { describe, expect, it } from 'vitest';
import nationalitiesData from '../../../assets/glossary/lexicon/nationalities.json';
import titlesData from '../../../assets/glossary/lexicon/titles.json';
import { procliticReadings } from '../../../lib/arabic/clitics';
import { normalize, normalizeKey } from '../../../lib/arabic/normalize';
import { type Token, tokenize } from '../../../lib/arabic/tokenize';
import { defaultLexicon, type Nationality, type Title } from '../../../lib/ner/lexicon';

const titles = titlesData as Title[];
const nationalities = nationalitiesData as Nationality[];

/** The lookups as the lexicon first wrote them: every length, every reading, a joined key each. */
function reference() {
  const titleMap = new Map<string, Title>();
  const constructs = new Map<string, Title>();
  let maxTitle = 1;
  for (const t of titles) {
    const k = normalizeKey(t.ar);
    titleMap.set(k, t);
    maxTitle = Math.max(maxTitle, k.split(' ').length);
    if (t.of) {
      const c = normalizeKey(t.of);
      if (!constructs.has(c)) constructs.set(c, t);
      maxTitle = Math.max(maxTitle, c.split(' ').length);
    }
  }
  const nats = new Map<string, { nationality: Nationality; gender: string; definite: boolean }>();
  let maxNat = 1;
  for (const n of nationalities) {
    const forms: Array<[string, string]> = [
      [n.m, 'm'],
      [n.f, 'f'],
      ...n.pl.map((p): [string, string] => [p, 'pl']),
      ...(n.alt ?? []).map((a): [string, string] => [a, /ة$/.test(a) ? 'f' : 'm']),
    ];
    for (const [form, gender] of forms) {
      const k = normalizeKey(form);
      const words = k.split(' ');
      maxNat = Math.max(maxNat, words.length);
      if (!nats.has(k)) nats.set(k, { nationality: n, gender, definite: false });
      const def = words.map((w) => `ال${w}`).join(' ');
      if (!nats.has(def)) nats.set(def, { nationality: n, gender, definite: true });
    }
  }
  return {
    nationalityAt(tokens: readonly Token[], i: number) {
      for (let len = Math.min(maxNat, tokens.length - i); len >= 1; len--) {
        const hit = nats.get(
          tokens
            .slice(i, i + len)
            .map((t) => t.text)
            .join(' '),
        );
        if (hit) return { ...hit, firstToken: i, endToken: i + len };
      }
      return null;
    },
    titleEndingAt(tokens: readonly Token[], end: number) {
      for (let len = Math.min(maxTitle, end); len >= 1; len--) {
        const first = end - len;
        const firstToken = tokens[first] as Token;
        if (firstToken.kind !== 'arabic') continue;
        const rest = tokens.slice(first + 1, end).map((t) => t.text);
        for (const reading of procliticReadings(firstToken.text)) {
          const k = [reading.stem, ...rest].join(' ');
          const title = titleMap.get(k);
          if (title) return { title, construct: false, firstToken: first, endToken: end, prefixLength: reading.prefixLength };
          const construct = constructs.get(k);
          if (construct) return { title: construct, construct: true, firstToken: first, endToken: end, prefixLength: reading.prefixLength };
        }
      }
      return null;
    },
  };
}

describe('Lexicon lookups', () => {
  const lex = defaultLexicon();
  const ref = reference();
  // Words of titles and nationalities, with clitics and the article, and a few others.
  const words = [
    ...new Set([
      ...titles.flatMap((t) => normalizeKey(`${t.ar} ${t.of ?? ''}`).split(' ')),
      ...nationalities.flatMap((n) => normalizeKey([n.m, n.f, ...n.pl].join(' ')).split(' ')),
    ]),
  ].filter(Boolean);
  const extra = ['و', 'ب', 'لل', 'وال', 'ال', '،', '.', '2024', 'abc', 'قال', 'ان'];
  let seed = 5;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const phrases = [
    ...titles.flatMap((t) => [normalizeKey(t.ar), ...(t.of ? [normalizeKey(t.of)] : [])]),
    ...nationalities.flatMap((n) => [n.m, n.f, ...n.pl].map(normalizeKey)),
  ].filter((p) => p.includes(' '));
  const pick = () => {
    const r = random();
    if (r > 0.85) {
      const p = phrases[Math.floor(random() * phrases.length)] as string;
      return r > 0.95 ? `و${p}` : r > 0.9 ? p.replace(/^\S+ /, '') : p;
    }
    const w = words[Math.floor(random() * words.length)] as string;
    if (r < 0.1) return extra[Math.floor(random() * extra.length)] as string;
    if (r < 0.25) return `و${w}`;
    if (r < 0.35) return `ال${w}`;
    if (r < 0.42) return `لل${w.replace(/^ال/, '')}`;
    return w;
  };

  it('find what the joined-key lookups found, at every token', () => {
    let titlesFound = 0;
    let nationalitiesFound = 0;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 6) }, pick).join(' ');
      const tokens = tokenize(normalize(text).text);
      for (let k = 0; k <= tokens.length; k++) {
        const t = lex.titleEndingAt(tokens, k);
        expect(t).toEqual(ref.titleEndingAt(tokens, k));
        if (t) titlesFound++;
        const n = lex.nationalityAt(tokens, k);
        expect(n).toEqual(ref.nationalityAt(tokens, k));
        if (n) nationalitiesFound++;
      }
    }
    // The sample has to exercise the hits, not only the misses.
    expect(titlesFound).toBeGreaterThan(500);
    expect(nationalitiesFound).toBeGreaterThan(500);
  });
});
