/** How long an article takes to read, from its text. */

/**
 * Words a minute for Arabic news prose. Studies of adult readers of Arabic put silent reading at
 * about 140–200 words a minute (fewer than English: words carry their clitics); we take the
 * upper end, as a news reader skims.
 */
export const ARABIC_WORDS_PER_MINUTE = 190;

/** A word is a run of non-space characters with at least one letter or digit (not a lone dash). */
const WORD = /[\p{L}\p{N}]/u;

/** Words in a text: what a reader's eye stops on, in any script. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) n++;
  return n;
}

/** Words in an article given as text blocks. */
export function countBlockWords(blocks: readonly string[]): number {
  let n = 0;
  for (const b of blocks) n += countWords(b);
  return n;
}

/** Whole minutes to read `words` words, never less than one for a non-empty text; 0 for none. */
export function readingMinutes(words: number, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
