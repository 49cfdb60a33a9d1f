import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../lib/arabic/normalize';
import * as cues from '../../../lib/ner/cue-words';

// The recognizer compares these lists with normalized tokens: a word written with ة، ى، أ or ئ
// would never match (فضائية is فضاييه once normalized).
describe('cue word lists', () => {
  const sets = Object.entries(cues).filter((e): e is [string, ReadonlySet<string>] => e[1] instanceof Set);
  // Maps keyed by words (COMMON_AFTER, COMMON_BEFORE): their keys, and the values that are word sets.
  const maps = Object.entries(cues as Record<string, unknown>).filter(
    (e): e is [string, ReadonlyMap<string, unknown>] => e[1] instanceof Map,
  );
  const lists: Array<[string, Iterable<string>]> = [...sets];
  for (const [name, map] of maps) {
    lists.push([name, map.keys()]);
    for (const [key, value] of map) if (value instanceof Set) lists.push([`${name}[${key}]`, value as ReadonlySet<string>]);
  }
  it('are all normalized', () => {
    expect(lists.length).toBeGreaterThan(10);
    for (const [name, words] of lists) {
      for (const w of words) expect(`${name}: ${w}`).toBe(`${name}: ${normalizeKey(w)}`);
    }
  });
});
