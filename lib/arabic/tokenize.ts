/**
 * Tokenizes normalized text into words, numbers and punctuation, with offsets into the
 * normalized string. Robust to missing spaces between script changes (e.g. "2008موسكو") and to
 * stray punctuation glued to words.
 */

import { HASH_SEED, hashStep, type WordInterner } from './intern';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
  /** The word's id in the interner it was tokenized with (words only), else -1. */
  readonly id?: number;
}

/** Character classes, one table read per character: */
const SPACE = 0;
const ARABIC = 1;
const LATIN = 2;
const NUMBER = 3;
const PUNCT = 4;
const KINDS: readonly TokenKind[] = ['punct', 'arabic', 'latin', 'number', 'punct'];

const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(65536).fill(PUNCT);
  const range = (from: number, to: number, c: number) => t.fill(c, from, to + 1);
  range(0x0621, 0x064a, ARABIC);
  t[0x0640] = PUNCT; // tatweel (normalization drops it anyway)
  range(0x0671, 0x06d3, ARABIC);
  range(0x0750, 0x077f, ARABIC);
  range(0x08a0, 0x08c9, ARABIC);
  range(48, 57, NUMBER);
  range(97, 122, LATIN);
  range(65, 90, LATIN);
  range(0xc0, 0x24f, LATIN);
  t[0xd7] = PUNCT; // ×
  t[0xf7] = PUNCT; // ÷
  for (const c of [32, 9, 10, 13, 12, 11]) t[c] = SPACE;
  return t;
})();

/** Whether a token starting with this UTF-16 unit is an Arabic word (kind 'arabic'). */
export function startsArabicWord(code: number): boolean {
  return CLASS[code] === ARABIC;
}

/**
 * Splits normalized text into tokens. Whitespace separates; script changes split too. With an
 * interner, each word's text is its canonical string and `id` its id there.
 */
export function tokenize(text: string, interner?: WordInterner): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)] as number;
    if (cls === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let hash = hashStep(HASH_SEED, text.charCodeAt(i));
    if (cls !== PUNCT) {
      while (j < n) {
        const code = text.charCodeAt(j);
        const c = CLASS[code] as number;
        if (c === cls) {
          hash = hashStep(hash, code);
          j++;
          continue;
        }
        // numbers keep their decimal/thousands separators: 3.5, 10,000
        if (cls === NUMBER && j + 1 < n && CLASS[text.charCodeAt(j + 1)] === NUMBER) {
          const sep = text.charCodeAt(j);
          if (sep === 46 || sep === 44) {
            j += 2;
            continue;
          }
        }
        break;
      }
    }
    if (interner && (cls === ARABIC || cls === LATIN)) {
      const id = interner.idOf(text, i, j, hash);
      tokens.push({ text: interner.word(id), kind: KINDS[cls] as TokenKind, start: i, end: j, id });
    } else tokens.push({ text: text.slice(i, j), kind: KINDS[cls] as TokenKind, start: i, end: j, id: -1 });
    i = j;
  }
  return tokens;
}

/** Sentence-ending punctuation (after normalization ؟ is ?). */
export function isSentenceEnd(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '.' || token.text === '?' || token.text === '!' || token.text === '…');
}

/**
 * The texts of `tokenize(text)`, without the token objects: for keys (glossary forms, lexicon
 * phrases), where offsets and kinds are not needed. A text of words and single spaces is split
 * directly.
 */
export function tokenTexts(text: string): string[] {
  const n = text.length;
  // Plain: letters of one script per word, words joined by single spaces. The words are cut
  // while checking (cheaper than split(' ') on many short keys).
  const words: string[] = [];
  let start = 0;
  let prev = SPACE;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const cls = CLASS[code] as number;
    if (cls === ARABIC || cls === LATIN) {
      if (prev !== SPACE && cls !== prev) return tokenize(text).map((t) => t.text);
    } else if (code !== 32 || prev === SPACE) {
      return tokenize(text).map((t) => t.text);
    } else {
      words.push(text.slice(start, i));
      start = i + 1;
    }
    prev = cls;
  }
  if (n === 0) return [];
  if (prev === SPACE) return tokenize(text).map((t) => t.text);
  words.push(start === 0 ? text : text.slice(start));
  return words;
}
