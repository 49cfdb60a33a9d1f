import { describe, expect, it } from 'vitest';
import { wordF1, wordsOf } from '../../../lib/article/overlap';

describe('word-level F1', () => {
  it('compares words after Arabic normalization, punctuation aside', () => {
    expect(wordsOf('قالَ الرئيسُ: «إنَّ المدرسة»، ثم مضى.')).toEqual(['قال', 'الرييس', 'ان', 'المدرسه', 'ثم', 'مضي']);
    expect(wordF1('أعلنت الوزارة، اليوم', 'اعلنت الوزاره اليوم.').f1).toBe(1);
  });

  it('counts repeated words as many times as they occur in both', () => {
    const r = wordF1('في في في البيت', 'في البيت');
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(0.5);
    expect(r.f1).toBeCloseTo(2 / 3);
  });

  it('is 0 for nothing in common and for an empty extraction', () => {
    expect(wordF1('سماء زرقاء', 'بحر هادئ').f1).toBe(0);
    expect(wordF1('', 'بحر هادئ').f1).toBe(0);
  });
});
