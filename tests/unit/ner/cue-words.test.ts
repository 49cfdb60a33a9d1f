import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../lib/arabic/normalize';
import * as cues from '../../../lib/ner/cue-words';

// The recognizer compares these lists with normalized tokens: a word written with ة، ى، أ or ئ
// would never match (فضائية is فضاييه once normalized).
describe('cue word lists', () => {
  const lists = Object.entries(cues).filter((e): e is [string, ReadonlySet<string>] => e[1] instanceof Set);
  it('are all normalized', () => {
    expect(lists.length).toBeGreaterThan(10);
    for (const [name, words] of lists) {
      for (const w of words) expect(`${name}: ${w}`).toBe(`${name}: ${normalizeKey(w)}`);
    }
  });
});
