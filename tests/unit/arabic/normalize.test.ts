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

/** The per-unit map normalize used to build: every output unit's original [start, end). */
function referenceSpans(input: string): { text: string; starts: number[]; ends: number[] } {
  const folded = (code: number): number => {
    const t = normalize(String.fromCharCode(code)).text;
    return t.length === 0 ? 0 : t.charCodeAt(0);
  };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        text += input.slice(i, i + 2);
        starts.push(i, i);
        ends.push(i + 2, i + 2);
        i++;
        continue;
      }
    }
    const f = folded(code);
    if (f === 0) continue;
    text += String.fromCharCode(f);
    starts.push(i);
    ends.push(i + 1);
  }
  return { text, starts, ends };
}

describe('normalize on random text', () => {
  // Letters that fold, marks that drop, spaces, digits, Latin, and lone and paired surrogates.
  const alphabet = [
    ...'ابتثجحخدذرسشصضطظعغفقكلمنهويأإآؤئىةکیڤ٠٩۱،؛؟«» aZ.,\n',
    '\u064B',
    '\u0651',
    '\u0640',
    '\u200C',
    '\u200F',
    '\u00A0',
    '\u00AD',
    '\uFEFF',
    '\u0000',
    '\uD83D',
    '\uDE00',
    '😀',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  it('maps every span back as the per-unit map did', () => {
    for (let round = 0; round < 400; round++) {
      const len = Math.floor(random() * (round < 300 ? 20 : 120));
      let input = '';
      for (let i = 0; i < len; i++) input += alphabet[Math.floor(random() * alphabet.length)];
      const ref = referenceSpans(input);
      const n = normalize(input);
      expect(n.text).toBe(ref.text);
      const m = ref.text.length;
      for (let s = 0; s <= m; s++) {
        for (let e = s; e <= m; e++) {
          const want: [number, number] =
            e > s
              ? [ref.starts[s] as number, ref.ends[e - 1] as number]
              : (() => {
                  const at = s < m ? (ref.starts[s] as number) : (ref.ends[m - 1] ?? 0);
                  return [at, at] as [number, number];
                })();
          expect(toOriginalSpan(n, s, e)).toEqual(want);
        }
      }
    }
  });

  it('normalizes long text (past the scratch buffers) the same way', () => {
    const unit = 'وَقَالَ لافروف\u200C، إنّ «روسيا» ستردّ 😀 ';
    const input = unit.repeat(5000);
    const n = normalize(input);
    const ref = referenceSpans(unit);
    expect(n.text).toBe(ref.text.repeat(5000));
    const k = ref.text.length * 4321 + 3;
    expect(toOriginalSpan(n, k, k + 5)).toEqual([
      unit.length * 4321 + (ref.starts[3] as number),
      unit.length * 4321 + (ref.ends[7] as number),
    ]);
  });
});
