import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/arabic/normalize';
import { tokenize } from '../../../lib/arabic/tokenize';
import { Gazetteer } from '../../../lib/ner/gazetteer';
import { entry } from '../../support/entries';

const tokens = (s: string) => tokenize(normalize(s).text);

describe('Gazetteer', () => {
  const g = new Gazetteer([
    entry('so', 'place', 'South Ossetia', 'أوسيتيا الجنوبية'),
    entry('unsc', 'organization', 'UN Security Council', 'مجلس الأمن الدولي', { aliases: ['مجلس الأمن'] }),
    entry('lavrov', 'person', 'Sergey Lavrov', 'سيرغي لافروف', { short: ['لافروف'] }),
  ]);

  it('matches the longest name', () => {
    const m = g.matchAt(tokens('مجلس الأمن الدولي يجتمع'), 0);
    expect(m?.endToken).toBe(3);
    expect(m?.hits[0]?.entryId).toBe('unsc');
  });

  it('reads a clitic on the first word and reports its length', () => {
    const m = g.matchAt(tokens('بأوسيتيا الجنوبية'), 0);
    expect(m?.prefix).toBe('ب');
    expect(m?.prefixLength).toBe(1);
    expect(m?.hits[0]?.entryId).toBe('so');
  });

  it('tells full forms from short ones', () => {
    expect(g.matchAt(tokens('لافروف'), 0)?.hits[0]?.kind).toBe('short');
  });

  it('does not match across a wide gap', () => {
    expect(g.matchAt(tokens('أوسيتيا\n\nالجنوبية'), 0)).toBeNull();
  });

  it('updates at once when an entry is removed or added', () => {
    const h = new Gazetteer([entry('x', 'place', 'X', 'قرية الاختبار')]);
    expect(h.matchAt(tokens('قرية الاختبار'), 0)).not.toBeNull();
    h.remove('x');
    expect(h.matchAt(tokens('قرية الاختبار'), 0)).toBeNull();
    h.add(entry('y', 'place', 'Y', 'قرية الاختبار'));
    expect(h.matchAt(tokens('قرية الاختبار'), 0)?.hits[0]?.entryId).toBe('y');
  });

  it('keeps names that share their first words apart (one next word, then several)', () => {
    const h = new Gazetteer([
      entry('a', 'organization', 'A', 'مجلس التعاون'),
      entry('b', 'organization', 'B', 'مجلس التعاون الخليجي'),
      entry('c', 'organization', 'C', 'مجلس النواب'),
      entry('d', 'organization', 'D', 'مجلس الشيوخ الأمريكي'),
    ]);
    const at = (s: string) => {
      const m = h.matchAt(tokens(s), 0);
      return m ? `${m.hits[0]?.entryId}:${m.endToken}` : null;
    };
    expect(at('مجلس التعاون الخليجي اليوم')).toBe('b:3');
    expect(at('مجلس التعاون اليوم')).toBe('a:2');
    expect(at('مجلس النواب')).toBe('c:2');
    expect(at('مجلس الشيوخ الأمريكي')).toBe('d:3');
    expect(at('مجلس الشيوخ')).toBeNull();
    expect(h.lookupForm('مجلس النواب').map((x) => x.entryId)).toEqual(['c']);
    expect(h.lookupForm('مجلس')).toEqual([]);
    expect(h.lookupForm('')).toEqual([]);
  });

  it('lists every entry of a shared form, in the order they were added, once per kind', () => {
    const h = new Gazetteer([
      entry('p1', 'person', 'P1', 'أحمد الزيدي', { short: ['الزيدي'] }),
      entry('p2', 'person', 'P2', 'سالم الزيدي', { short: ['الزيدي'], aliases: ['الزيدي'] }),
    ]);
    expect(h.lookupForm('الزيدي')).toEqual([
      { entryId: 'p1', kind: 'short' },
      { entryId: 'p2', kind: 'full' },
      { entryId: 'p2', kind: 'short' },
    ]);
    h.remove('p1');
    expect(h.matchAt(tokens('والزيدي'), 0)?.hits).toEqual([
      { entryId: 'p2', kind: 'full' },
      { entryId: 'p2', kind: 'short' },
    ]);
  });
});
