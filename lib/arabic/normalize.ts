/**
 * Arabic normalization that remembers where every character came from.
 *
 * Matching needs one spelling per word (no vowel marks, one alef, ي for ى, ه for ة …), but a
 * highlight must cover exactly the original characters. Every fold is one UTF-16 unit for one, so
 * offsets move only where characters are dropped: `normalize` returns the normalized string plus
 * the list of those drops, and `toOriginalSpan` maps a span back with a binary search in it.
 */

export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /**
   * Where original characters were dropped, as pairs: [index in `text` before which the drop
   * happened, units dropped up to there in all] … in increasing order; empty when none were.
   * Use `toOriginalOffset` / `toOriginalSpan` rather than reading it.
   */
  readonly drops: Int32Array;
}

/** Characters dropped entirely: vowel marks, Quranic marks, tatweel, invisible format controls. */
export function isDropped(code: number): boolean {
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
 * Built from the few units `foldCode` changes, so that loading the module stays cheap.
 */
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 1; c < 65536; c++) t[c] = c;
  const fold = (c: number) => {
    t[c] = foldCode(c, String.fromCharCode(c)).charCodeAt(0);
  };
  for (const ch of Object.keys(FOLD)) fold(ch.charCodeAt(0));
  for (let c = 0x0660; c <= 0x0669; c++) fold(c);
  for (let c = 0x06f0; c <= 0x06f9; c++) fold(c);
  for (let c = 0x2000; c <= 0x200a; c++) fold(c);
  for (const c of [0x00a0, 0x202f, 0x2007, 0x3000, 0x1680]) fold(c);
  for (let c = 65; c <= 90; c++) fold(c);
  for (let c = 1; c < 65536; c++) if (isDropped(c)) t[c] = 0;
  return t;
})();

const NO_DROPS = new Int32Array(0);
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Scratch space reused across calls (inputs up to SCRATCH_KEEP units; longer ones get their own). */
const SCRATCH_KEEP = 1 << 16;
let scratch = new Uint16Array(256);
let dropScratch = new Int32Array(64);

/** Normalizes `input`, keeping the map back to the original characters. */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  // Most keys and many words are already normal: find the first unit that changes.
  let i = 0;
  for (; i < n; i++) {
    const code = input.charCodeAt(i);
    const folded = TABLE[code] as number;
    if (folded !== code || folded === 0) break;
  }
  if (i === n) return { text: input, drops: NO_DROPS };
  let out = scratch;
  if (n > out.length) {
    out = new Uint16Array(Math.max(n, out.length * 2));
    if (out.length <= SCRATCH_KEEP) scratch = out;
  }
  for (let k = 0; k < i; k++) out[k] = input.charCodeAt(k);
  let drops = dropScratch;
  let d = 0;
  let dropped = 0;
  let j = i;
  // The decoder would turn a lone surrogate into U+FFFD: text with surrogates takes the slow way.
  let surrogates = false;
  for (let k = 0; k < i; k++) if ((input.charCodeAt(k) & 0xf800) === 0xd800) surrogates = true;
  for (; i < n; i++) {
    const folded = TABLE[input.charCodeAt(i)] as number;
    if (folded !== 0) {
      if ((folded & 0xf800) === 0xd800) surrogates = true;
      out[j++] = folded;
      continue;
    }
    dropped++;
    // A run of drops is one entry: extend the last one when it sits at the same place.
    if (d > 0 && drops[d - 2] === j) {
      drops[d - 1] = dropped;
      continue;
    }
    if (d + 2 > drops.length) {
      const grown = new Int32Array(drops.length * 2);
      grown.set(drops);
      drops = grown;
      if (grown.length <= SCRATCH_KEEP) dropScratch = grown;
    }
    drops[d++] = j;
    drops[d++] = dropped;
  }
  return { text: decodeUnits(out, j, surrogates), drops: d === 0 ? NO_DROPS : drops.slice(0, d) };
}

/** The string of the first `length` units of `units` (`surrogates`: some may be lone surrogates). */
function decodeUnits(units: Uint16Array, length: number, surrogates: boolean): string {
  // Short strings: one call without the decoder's fixed cost.
  if (length <= 32) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  if (!surrogates || !hasLoneSurrogate(units, length)) return decoder.decode(units.subarray(0, length));
  let text = '';
  for (let k = 0; k < length; k += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return text;
}

function hasLoneSurrogate(units: Uint16Array, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const c = units[k] as number;
    if ((c & 0xf800) !== 0xd800) continue;
    if (c >= 0xdc00) return true;
    const next = k + 1 < length ? (units[k + 1] as number) : 0;
    if (next < 0xdc00 || next > 0xdfff) return true;
    k++;
  }
  return false;
}

/** Normalized form only: for keys, lookups and comparisons. Spaces are collapsed and trimmed. */
export function normalizeKey(input: string): string {
  return normalize(input).text.replace(/\s+/g, ' ').trim();
}

/** The offset in the original text of the unit at `index` of the normalized text. */
export function toOriginalOffset(norm: NormalizedText, index: number): number {
  const drops = norm.drops;
  // The last drop at or before `index`: binary search over the pairs.
  let lo = 0;
  let hi = drops.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((drops[mid << 1] as number) <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? index : index + (drops[((lo - 1) << 1) + 1] as number);
}

/** Whether units k and k + 1 of the normalized text are one surrogate pair of the original. */
function isPair(norm: NormalizedText, k: number): boolean {
  const text = norm.text;
  const hi = text.charCodeAt(k);
  const lo = text.charCodeAt(k + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff && toOriginalOffset(norm, k + 1) === toOriginalOffset(norm, k) + 1;
}

/** Where the original character of normalized unit `k` starts (a pair starts at its high unit). */
function originalStart(norm: NormalizedText, k: number): number {
  return k > 0 && isPair(norm, k - 1) ? toOriginalOffset(norm, k - 1) : toOriginalOffset(norm, k);
}

/** Where the original character of normalized unit `k` ends (a pair ends after its low unit). */
function originalEnd(norm: NormalizedText, k: number): number {
  return isPair(norm, k) ? toOriginalOffset(norm, k + 1) + 1 : toOriginalOffset(norm, k) + 1;
}

/** Maps a span of normalized text back to a span of the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const len = norm.text.length;
    const at = start < len ? originalStart(norm, start) : len > 0 ? originalEnd(norm, len - 1) : 0;
    return [at, at];
  }
  return [originalStart(norm, start), originalEnd(norm, end - 1)];
}

/** True when the string has Arabic-script letters. */
export function hasArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(s);
}
