import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../lib/arabic/normalize';
import { tokenize } from '../../../lib/arabic/tokenize';

const texts = (s: string) => tokenize(normalizeKey(s)).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('splits words, numbers and punctuation', () => {
    expect(texts('قال لافروف، إن 8 آلاف جندي.')).toEqual([
      'arabic:قال',
      'arabic:لافروف',
      'punct:,',
      'arabic:ان',
      'number:8',
      'arabic:الاف',
      'arabic:جندي',
      'punct:.',
    ]);
  });
  it('splits on script changes when spaces are missing', () => {
    expect(texts('عام2008موسكو')).toEqual(['arabic:عام', 'number:2008', 'arabic:موسكو']);
  });
  it('keeps decimals and thousands together', () => {
    expect(texts('3.5 و10,000')).toEqual(['number:3.5', 'arabic:و', 'number:10,000']);
  });
  it('separates stray punctuation glued to words', () => {
    expect(texts('"تبادلنا"(موسكو)')).toEqual(['punct:"', 'arabic:تبادلنا', 'punct:"', 'punct:(', 'arabic:موسكو', 'punct:)']);
  });
});
