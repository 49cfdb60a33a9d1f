/**
 * Tokenizes normalized text into words, numbers and punctuation, with offsets into the
 * normalized string. Robust to missing spaces between script changes (e.g. "2008موسكو") and to
 * stray punctuation glued to words.
 */

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
}

function kindOf(code: number): TokenKind | null {
  if ((code >= 0x0621 && code <= 0x064a && code !== 0x0640) || (code >= 0x0671 && code <= 0x06d3)) return 'arabic';
  if ((code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08c9)) return 'arabic';
  if (code >= 48 && code <= 57) return 'number';
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7))
    return 'latin';
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11) return null;
  return 'punct';
}

/** Splits normalized text into tokens. Whitespace separates; script changes split too. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === null) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind !== 'punct') {
      while (j < n) {
        const k = kindOf(text.charCodeAt(j));
        // numbers keep their decimal/thousands separators: 3.5, 10,000
        if (kind === 'number' && k === 'punct' && (text[j] === '.' || text[j] === ',') && kindOf(text.charCodeAt(j + 1)) === 'number') {
          j += 2;
          continue;
        }
        if (k !== kind) break;
        j++;
      }
    }
    tokens.push({ text: text.slice(i, j), kind, start: i, end: j });
    i = j;
  }
  return tokens;
}

/** Sentence-ending punctuation (after normalization ؟ is ?). */
export function isSentenceEnd(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '.' || token.text === '?' || token.text === '!' || token.text === '…');
}
