import { describe, expect, it } from 'vitest';
import { ARABIC_WORDS_PER_MINUTE, countBlockWords, countWords, readingMinutes } from '../../lib/reading';

describe('countWords', () => {
  it('counts Arabic words with their clitics as one, and numbers, but not lone punctuation', () => {
    expect(countWords('وقال وزير الخارجية الروسي سيرغي لافروف')).toBe(6);
    expect(countWords('في 26 أغسطس/آب 2008 — أي قبل أيام')).toBe(7);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('« » - ،')).toBe(0);
  });
  it('adds up the blocks of an article', () => {
    expect(countBlockWords(['روسيا تقيم علاقات', 'مع أوسيتيا الجنوبية'])).toBe(6);
  });
});

describe('readingMinutes', () => {
  it('reads Arabic news at about 190 words a minute', () => {
    expect(ARABIC_WORDS_PER_MINUTE).toBeGreaterThanOrEqual(180);
    expect(ARABIC_WORDS_PER_MINUTE).toBeLessThanOrEqual(200);
    expect(readingMinutes(570)).toBe(3);
    expect(readingMinutes(440)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
  it('never says zero minutes for a text, and nothing for no text', () => {
    expect(readingMinutes(20)).toBe(1);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(Number.NaN)).toBe(0);
  });
});
