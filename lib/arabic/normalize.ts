/**
 * Arabic normalization that remembers where every character came from.
 *
 * Matching needs one spelling per word (no vowel marks, one alef, ي for ى, ه for ة …), but a
 * highlight must cover exactly the original characters. So `normalize` returns the normalized
 * string plus, for each of its UTF-16 units, the span of the original text it came from.
 */

export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** For each index i of `text`: the start of the original character it came from. */
  readonly starts: Int32Array;
  /** For each index i of `text`: the end (exclusive) of the original character it came from. */
  readonly ends: Int32Array;
}

/** Characters dropped entirely: vowel marks, Quranic marks, tatweel, invisible format controls. */
function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, tanwin, shadda, sukun, and extended marks
    code === 0x0670 || // superscript alef
    code === 0x0640 || // tatweel
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation marks
    (code >= 0x0610 && code <= 0x061a) || // honorific and small marks
    code === 0x061c || // Arabic letter mark
    code === 0x00ad || // soft hyphen
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff // BOM / zero-width no-break space
  );
}

/** One-to-one letter folds. Keys and values are single UTF-16 units. */
const FOLD: Record<string, string> = {
  // alef forms
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  // hamza carriers
  ؤ: 'و',
  ئ: 'ي',
  // final forms
  ى: 'ي',
  ة: 'ه',
  // Persian / Urdu / Kurdish letter forms that Arabic text borrows
  ک: 'ك',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ے: 'ي',
  ۀ: 'ه',
  ە: 'ه',
  ھ: 'ه',
  ہ: 'ه',
  ۃ: 'ه',
  ڤ: 'ف',
  ڨ: 'ق',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  گ: 'ك',
  ڭ: 'ك',
  // punctuation that differs only by script
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
};

function foldCode(code: number, ch: string): string {
  // Arabic-Indic and Extended (Persian) digits → ASCII digits
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  // every kind of space → a plain space
  if (code === 0x00a0 || code === 0x202f || code === 0x2007 || (code >= 0x2000 && code <= 0x200a)) return ' ';
  if (code === 0x3000 || code === 0x1680) return ' ';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  // Latin: case-insensitive matching
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return ch;
}

/**
 * Every UTF-16 unit's fold, computed once: 0 drops the unit, anything else is its replacement.
 * Normalizing is then one table read per character (it runs on every word of every page).
 */
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 1; c < 65536; c++) {
    if (isDropped(c)) continue;
    t[c] = foldCode(c, String.fromCharCode(c)).charCodeAt(0);
  }
  return t;
})();

/** Normalizes `input`, keeping the map back to the original characters. */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  const out = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    // Keep surrogate pairs together: one original character, two output units.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out[j] = code;
        out[j + 1] = low;
        starts[j] = i;
        ends[j] = i + 2;
        starts[j + 1] = i;
        ends[j + 1] = i + 2;
        j += 2;
        i++;
        continue;
      }
    }
    const folded = TABLE[code] as number;
    if (folded === 0) continue;
    out[j] = folded;
    starts[j] = i;
    ends[j] = i + 1;
    j++;
  }
  let text = '';
  for (let k = 0; k < j; k += 8192) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + 8192)) as unknown as number[]);
  return { text, starts: starts.subarray(0, j), ends: ends.subarray(0, j) };
}

/** Normalized form only: for keys, lookups and comparisons. Spaces are collapsed and trimmed. */
export function normalizeKey(input: string): string {
  return normalize(input).text.replace(/\s+/g, ' ').trim();
}

/** Maps a span of normalized text back to a span of the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.starts.length ? (norm.starts[start] as number) : (norm.ends[norm.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [norm.starts[start] as number, norm.ends[end - 1] as number];
}

/** True when the string has Arabic-script letters. */
export function hasArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(s);
}
