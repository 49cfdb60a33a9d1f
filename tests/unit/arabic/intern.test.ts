import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashStep, WordInterner } from '../../../lib/arabic/intern';
import { tokenize } from '../../../lib/arabic/tokenize';

const hashOf = (w: string) => {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  return h;
};

describe('WordInterner', () => {
  it('gives a word one id and one string, wherever it is read from', () => {
    const words = new WordInterner(4);
    const text = 'قال لافروف إن لافروف';
    const a = words.idOf(text, 4, 10, hashOf('لافروف'));
    const b = words.idOf(text, 14, 20, hashOf('لافروف'));
    expect(a).toBe(b);
    expect(words.word(a)).toBe('لافروف');
    expect(words.idOf(text, 0, 3, hashOf('قال'))).not.toBe(a);
  });

  it('keeps every word apart through growth and equal hashes', () => {
    const words = new WordInterner(4);
    const list = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`);
    // The same hash for every word: only the characters tell them apart.
    const ids = list.map((w) => words.idOf(w, 0, w.length, 7));
    expect(new Set(ids).size).toBe(list.length);
    expect(ids.map((id) => words.word(id))).toEqual(list);
    expect(list.map((w) => words.idOf(w, 0, w.length, 7))).toEqual(ids);
    words.clear();
    expect(words.size).toBe(0);
  });

  it('tokenizes to the same tokens with or without it', () => {
    const text = 'وصل سيرغي لافروف إلى موسكو، ثم غادر لافروف في 2008موسكو. Lavrov said 3.5%';
    const words = new WordInterner();
    const plain = tokenize(text).map(({ text: t, kind, start, end }) => ({ t, kind, start, end }));
    const interned = tokenize(text, words);
    expect(interned.map(({ text: t, kind, start, end }) => ({ t, kind, start, end }))).toEqual(plain);
    const lavrov = interned.filter((t) => t.text === 'لافروف');
    expect(lavrov).toHaveLength(2);
    expect(lavrov[0]?.id).toBe(lavrov[1]?.id);
    expect(interned.find((t) => t.kind === 'punct')?.id).toBe(-1);
  });

  it('finds a word it has by its text alone, and nothing for one it has not', () => {
    const words = new WordInterner(4);
    const text = 'قال لافروف إن لافروف';
    const ids = tokenize(text, words).map((t) => t.id as number);
    expect(words.find('لافروف')).toBe(ids[1]);
    expect(words.find('قال')).toBe(ids[0]);
    expect(words.find('لافروفا')).toBe(-1);
    expect(words.find('')).toBe(-1);
    expect(words.size).toBe(3);
  });
});
