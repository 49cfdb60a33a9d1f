import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../lib/arabic/normalize';
import { tokenize, tokenTexts } from '../../../lib/arabic/tokenize';

const texts = (s: string) => tokenize(normalizeKey(s)).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('splits words, numbers and punctuation', () => {
    expect(texts('قال لافروف، إن 8 آلاف جندي.')).toEqual([
      'arabic:قال',
      'arabic:لافروف',
      'punct:,',
      'arabic:ان',
      'number:8',
      'arabic:الاف',
      'arabic:جندي',
      'punct:.',
    ]);
  });
  it('splits on script changes when spaces are missing', () => {
    expect(texts('عام2008موسكو')).toEqual(['arabic:عام', 'number:2008', 'arabic:موسكو']);
  });
  it('keeps decimals and thousands together', () => {
    expect(texts('3.5 و10,000')).toEqual(['number:3.5', 'arabic:و', 'number:10,000']);
  });
  it('separates stray punctuation glued to words', () => {
    expect(texts('"تبادلنا"(موسكو)')).toEqual(['punct:"', 'arabic:تبادلنا', 'punct:"', 'punct:(', 'arabic:موسكو', 'punct:)']);
  });
});

/** The branchy classifier tokenize used before its table, as a reference. */
function referenceTokens(text: string): string[] {
  type Kind = 'arabic' | 'latin' | 'number' | 'punct';
  const kindOf = (code: number): Kind | null => {
    if ((code >= 0x0621 && code <= 0x064a && code !== 0x0640) || (code >= 0x0671 && code <= 0x06d3)) return 'arabic';
    if ((code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08c9)) return 'arabic';
    if (code >= 48 && code <= 57) return 'number';
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7))
      return 'latin';
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11) return null;
    return 'punct';
  };
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === null) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind !== 'punct') {
      while (j < text.length) {
        const k = kindOf(text.charCodeAt(j));
        if (kind === 'number' && k === 'punct' && (text[j] === '.' || text[j] === ',') && kindOf(text.charCodeAt(j + 1)) === 'number') {
          j += 2;
          continue;
        }
        if (k !== kind) break;
        j++;
      }
    }
    out.push(`${kind}:${i}:${j}:${text.slice(i, j)}`);
    i = j;
  }
  return out;
}

describe('tokenize on random text', () => {
  const alphabet = [...'ابةيلوء\u0640\u0670\u0671\u06d3\u06d4\u0750\u08a0\u08c9\u08ca0159.,;-aZé×÷ſ\u0250 \t\n\r\u000b\u000c\u00a0?"😀'];
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  it('splits exactly as the branchy classifier did', () => {
    for (let round = 0; round < 2000; round++) {
      const len = Math.floor(random() * 40);
      let text = '';
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(tokenize(text).map((t) => `${t.kind}:${t.start}:${t.end}:${t.text}`)).toEqual(referenceTokens(text));
    }
  });

  it('gives the same texts through tokenTexts', () => {
    for (let round = 0; round < 2000; round++) {
      const len = Math.floor(random() * 12);
      let text = '';
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(tokenTexts(text)).toEqual(tokenize(text).map((t) => t.text));
    }
    for (const text of ['', ' ', 'ابن سينا', 'ابن  سينا', ' ابن', 'ابن ', 'abcابن', 'ابن-سينا', 'ي a']) {
      expect(tokenTexts(text)).toEqual(tokenize(text).map((t) => t.text));
    }
  });
});
