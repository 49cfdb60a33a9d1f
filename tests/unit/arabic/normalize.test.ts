import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, toOriginalSpan } from '../../../lib/arabic/normalize';

describe('normalizeKey', () => {
  it.each([
    ['أبخازيا', 'ابخازيا', 'hamza on alef'],
    ['إسرائيل', 'اسراييل', 'hamza below alef, hamza on ya'],
    ['آسيا', 'اسيا', 'madda'],
    ['مُحَمَّد', 'محمد', 'vowel marks and shadda'],
    ['مـــوسكو', 'موسكو', 'tatweel'],
    ['مستشفى', 'مستشفي', 'alef maqsura'],
    ['الجنوبية', 'الجنوبيه', 'ta marbuta'],
    ['کرمان', 'كرمان', 'Persian kaf'],
    ['ایران', 'ايران', 'Persian ya'],
    ['٢٠٠٨', '2008', 'Arabic-Indic digits'],
    ['۱۴۰۲', '1402', 'Persian digits'],
    ['روسيا\u00A0اليوم', 'روسيا اليوم', 'NBSP'],
    ['لا\u200Cفروف', 'لافروف', 'zero-width non-joiner'],
    ['\u200Fموسكو\u200E', 'موسكو', 'bidi marks'],
    ['ڤلاديمير', 'فلاديمير', 'veh'],
    ['مسؤول', 'مسوول', 'hamza on waw'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });
});

describe('normalize keeps the map back to the original', () => {
  it('maps a span of normalized text to the original characters, marks included', () => {
    const original = 'وَأَبْخَازِيَا';
    const n = normalize(original);
    expect(n.text).toBe('وابخازيا');
    // the name without its و: normalized [1, 8)
    const [s, e] = toOriginalSpan(n, 1, n.text.length);
    expect(original.slice(s, e)).toBe('أَبْخَازِيَا');
  });

  it('keeps surrogate pairs whole', () => {
    const n = normalize('a😀b');
    expect(n.text).toBe('a😀b');
    expect(toOriginalSpan(n, 1, 3)).toEqual([1, 3]);
  });
});
