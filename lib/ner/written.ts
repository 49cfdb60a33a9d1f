/**
 * The article's words as it wrote them, vowel marks and all, for the few checks that need them:
 * tanwin fath (نوعاً) marks an indefinite accusative, and يحيى with its alif maqsura is the name,
 * not the verb يحيي that normalizing folds it onto.
 *
 * An object with a method rather than a closure made for each text: V8 throws away the optimized
 * code of a function that calls a closure it was handed once a new closure arrives, and the
 * recognizer's passes run on every text (docs/adr/0002).
 */
import { type NormalizedText, toOriginalSpan } from '../arabic/normalize';
import type { Token } from '../arabic/tokenize';

export class WrittenWords {
  constructor(
    private readonly text: string,
    private readonly norm: NormalizedText,
    private readonly tokens: readonly Token[],
  ) {}

  /** Token j as the article wrote it, with the marks after its last letter (تقديراً). */
  at(j: number): string {
    const t = this.tokens[j] as Token;
    const [start, end] = toOriginalSpan(this.norm, t.start, t.end);
    let stop = end;
    while (stop < this.text.length && isMark(this.text.charCodeAt(stop))) stop++;
    return this.text.slice(start, stop);
  }

  /** The last letter of token j as the article wrote it, its vowel marks left aside (ى of يحيى). */
  lastLetter(j: number): string {
    const t = this.tokens[j] as Token;
    const [, end] = toOriginalSpan(this.norm, t.start, t.end);
    let at = end - 1;
    while (at > 0 && isMark(this.text.charCodeAt(at))) at--;
    return this.text.charAt(at);
  }
}

/** Arabic vowel marks and other combining marks (U+064B–U+065F). */
function isMark(code: number): boolean {
  return code >= 0x064b && code <= 0x065f;
}
