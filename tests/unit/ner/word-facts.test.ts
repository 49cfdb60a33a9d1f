import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/arabic/normalize';
import { tokenize } from '../../../lib/arabic/tokenize';
import { wordHash } from '../../../lib/ner/gazetteer';
import * as facts from '../../../lib/ner/word-facts';
import { MEDIUM_UNKNOWN, WordMarks } from '../../../lib/ner/word-facts';
import { WrittenWords } from '../../../lib/ner/written';

describe('word flags', () => {
  it('fit the 16 bits analyze keeps per token, whatever lists a word is on', () => {
    // A word on every list, with a clitic reading on every list too: every flag wordFlags can set.
    const all = 0x7fffffff;
    // (The stem is on every list but the function words': a definite noun is no function word.)
    const table = new Map([
      ['الكتاب', all & ~1024],
      ['والكتاب', all],
    ]);
    const readings = [
      { stem: 'والكتاب', prefix: '', prefixLength: 0 },
      { stem: 'الكتاب', prefix: 'و', prefixLength: 1 },
    ];
    const flags = facts.wordFlags(table, 'والكتاب', readings);
    expect(flags & ~0xffff).toBe(0);
    // The word reached every flag (13 today), so none of them is left out of the check above.
    let set = 0;
    for (let b = flags; b !== 0; b &= b - 1) set++;
    expect(set).toBeGreaterThanOrEqual(13);
  });
});

describe('WordMarks', () => {
  it('keeps each word its flags, and knows nothing else of a new word', () => {
    const marks = new WordMarks();
    marks.add(0, 5);
    marks.add(1, 9);
    expect([marks.flags(0), marks.flags(1)]).toEqual([5, 9]);
    // The hash is the gazetteer's, made on first need and kept.
    expect([marks.wordHash(0, 'روسيا'), marks.wordHash(1, 'مصر')]).toEqual([wordHash('روسيا'), wordHash('مصر')]);
    expect(marks.wordHash(0, 'ignored once hashed')).toBe(wordHash('روسيا'));
    expect(marks.inTrie(0, 0)).toBe(-1);
    expect(marks.seenIn(0, 0)).toBe(false);
    expect(marks.mediumReading(0, 0)).toBe(MEDIUM_UNKNOWN);
  });

  it('answers for the revision, run and media index it was told, and forgets on a new one', () => {
    const marks = new WordMarks();
    marks.add(0, 0);
    marks.setInTrie(0, 3, 6, 4242);
    marks.markSeen(0, 7);
    marks.setMediumReading(0, 2, 1);
    expect([marks.inTrie(0, 3), marks.inTrie(0, 4)]).toEqual([6, -1]);
    expect(marks.rootHash(0)).toBe(4242);
    expect([marks.seenIn(0, 7), marks.seenIn(0, 8)]).toEqual([true, false]);
    expect([marks.mediumReading(0, 2), marks.mediumReading(0, 3)]).toEqual([1, MEDIUM_UNKNOWN]);
  });

  it('grows past its first size without losing what it holds', () => {
    const marks = new WordMarks();
    for (let id = 0; id < 5000; id++) marks.add(id, id);
    marks.setInTrie(4999, 1, 2);
    expect([marks.flags(0), marks.flags(1234), marks.flags(4999)]).toEqual([0, 1234, 4999]);
    expect(marks.inTrie(4999, 1)).toBe(2);
  });

  it('clears a reused id', () => {
    const marks = new WordMarks();
    marks.add(0, 1);
    marks.setInTrie(0, 0, 7);
    marks.markSeen(0, 0);
    marks.add(0, 2);
    expect([marks.flags(0), marks.inTrie(0, 0), marks.seenIn(0, 0)]).toEqual([2, -1, false]);
  });
});

describe('WrittenWords', () => {
  it.each([
    ['a word with its vowel marks, the last one after its last letter too', 'قال تقديراً له', 1, 'تقديراً'],
    ['a word whose alif maqsura normalizing folds', 'استقبل يحيى الضيوف', 1, 'يحيى'],
    ['a word after tatweel and marks inside it', 'كتب مُحـمّد', 1, 'مُحـمّد'],
  ])('gives %s as written', (_what, text, k, expected) => {
    const norm = normalize(text);
    const tokens = tokenize(norm.text);
    expect(new WrittenWords(text, norm, tokens).at(k)).toBe(expected);
  });
});
