import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/arabic/normalize';
import { tokenize } from '../../../lib/arabic/tokenize';
import { wordHash } from '../../../lib/ner/gazetteer';
import * as facts from '../../../lib/ner/word-facts';
import { MEDIUM_UNKNOWN, WordMarks } from '../../../lib/ner/word-facts';
import { WrittenWords } from '../../../lib/ner/written';

describe('word flags', () => {
  it('are distinct bits that fit the 16 bits analyze keeps per token', () => {
    const bits = [
      facts.SPORTS_WORD,
      facts.ORG_HEAD,
      facts.GIVEN,
      facts.AMBIGUOUS_GIVEN,
      facts.GIVEN_AFTER_CLITIC,
      facts.MAY_START_NATIONALITY,
      facts.KUNYA_WORD,
      facts.MAY_END_TITLE,
      facts.MAY_START_LONGER_NATIONALITY,
      facts.AGREEMENT_WORD,
      facts.DEFINITE_NOUN,
      facts.SPEECH_VERB,
      facts.WHOLE_WORD,
    ];
    for (const b of bits) expect(b > 0 && b < 1 << 16 && (b & (b - 1)) === 0).toBe(true);
    expect(new Set(bits).size).toBe(bits.length);
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
