/**
 * Everything the benchmark times, in one module, so that it can be bundled the way the extension
 * build bundles it (scripts/lib/bench-load.ts) and both matchers run the same kind of code.
 */
import { clearProcliticCache } from '../../lib/arabic/clitics';
import { normalize } from '../../lib/arabic/normalize';
import { isSentenceEnd, tokenize } from '../../lib/arabic/tokenize';
import type { Gazetteer } from '../../lib/ner/gazetteer';

export { Gazetteer, Recognizer } from '../../lib/ner';
export { alternationSpans, buildAlternationMatcher } from './bench-regex';

/**
 * Empties the module-level caches that outlive a recognizer (the clitic readings of words seen so
 * far), so that a cold run starts as cold as a fresh page. The lexicons of titles, nationalities
 * and given names are built once per process and shared: they do not depend on the glossary.
 */
export function resetCaches(): void {
  clearProcliticCache();
}

/**
 * The gazetteer's own pass, walked as the recognizer walks it (normalize, tokenize, the longest
 * name at each token), without what the pipeline does after: how much of Dalil's time is lookup.
 */
export function gazetteerPass(gazetteer: Gazetteer, text: string): number {
  const tokens = tokenize(normalize(text).text);
  let found = 0;
  for (let i = 0; i < tokens.length; ) {
    const m = gazetteer.matchAt(tokens, i, isSentenceEnd);
    if (m) {
      found++;
      i = m.endToken;
    } else i++;
  }
  return found;
}
