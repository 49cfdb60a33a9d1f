import { describe, expect, it } from 'vitest';
import { transliterate } from '../../../lib/arabic/transliterate';

describe('transliterate reads like a name, not a skeleton', () => {
  it.each([
    ['أورسولا بلاسنيك', 'Ursula Blasnik'],
    ['سيرغي لافروف', 'Sirghi Lafruf'],
    ['موسكو', 'Musko'],
    ['عبد الله', 'Abdullah'],
    ['محمد', 'Muhammad'],
    ['الشرق', 'al-Sharq'],
  ])('%s → %s', (ar, latin) => {
    expect(transliterate(ar)).toBe(latin);
  });

  it('has a vowel in every word', () => {
    for (const name of ['بنيامين نتنياهو', 'رجب طيب أردوغان', 'نيكولا ساركوزي', 'شي جين بينغ']) {
      for (const w of transliterate(name).split(' ')) expect(w).toMatch(/[aeiou]/i);
    }
  });
});
