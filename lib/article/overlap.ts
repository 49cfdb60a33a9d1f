/**
 * How close is an extracted text to a gold text? Word-level F1, the measure of extraction
 * benchmarks (CleanEval, Trafilatura's evaluation): both texts become bags of words, and
 *
 *   overlap   = Σ over words of min(count in extracted, count in gold)
 *   precision = overlap / words in extracted,  recall = overlap / words in gold
 *   F1        = 2 · precision · recall / (precision + recall)
 *
 * Words are whitespace tokens after Arabic normalization (lib/arabic/normalize: vowel marks and
 * tatweel dropped, alef forms, ى/ي, ة/ه and Persian letter forms folded, digits to ASCII, Latin
 * lower-cased), with punctuation stripped from both ends of each token; tokens that were only
 * punctuation are dropped. Word order is ignored: a paragraph in another place costs nothing.
 */
import { normalizeKey } from '../arabic/normalize';

export interface WordOverlap {
  precision: number;
  recall: number;
  f1: number;
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** The bag-of-words tokens of `text`, as defined above. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeKey(text).split(' ')) {
    const w = raw.replace(EDGE_PUNCTUATION, '');
    if (w) out.push(w);
  }
  return out;
}

export function wordF1(extracted: string, gold: string): WordOverlap {
  const bag = new Map<string, number>();
  const got = wordsOf(extracted);
  for (const w of got) bag.set(w, (bag.get(w) ?? 0) + 1);
  const want = wordsOf(gold);
  let overlap = 0;
  for (const w of want) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      bag.set(w, n - 1);
    }
  }
  if (!got.length || !want.length) {
    const same = got.length === want.length;
    return { precision: same ? 1 : 0, recall: same ? 1 : 0, f1: same ? 1 : 0 };
  }
  const precision = overlap / got.length;
  const recall = overlap / want.length;
  const f1 = overlap ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
