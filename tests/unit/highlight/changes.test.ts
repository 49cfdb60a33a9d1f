import { describe, expect, it } from 'vitest';
import {
  arabicLetters,
  contextNames,
  diffBlocks,
  firstRoles,
  hasArabicWords,
  sameDocument,
  withoutContext,
} from '../../../lib/highlight/changes';

/** Stand-ins for text nodes: compared by identity, as the live DOM's are. */
const node = (name: string) => ({ name });
const block = (nodes: object[], text: string) => ({ nodes, text });

describe('diffBlocks', () => {
  const a = node('a');
  const b = node('b');
  const c = node('c');
  const p1 = block([a], 'الفقرة الأولى');
  const p2 = block([b], 'الفقرة الثانية');

  it('keeps unchanged paragraphs (the same objects) and sends only new ones', () => {
    const fresh = [block([a], 'الفقرة الأولى'), block([b], 'الفقرة الثانية'), block([c], 'فقرة جديدة')];
    const d = diffBlocks([p1, p2], fresh);
    expect(d.blocks).toEqual([p1, p2, fresh[2]]);
    expect(d.blocks[0]).toBe(p1);
    expect(d.added).toEqual([fresh[2]]);
    expect(d.removed).toEqual([]);
  });

  it('sends a paragraph again when its text changed, and drops the old one', () => {
    const changed = block([b], 'الفقرة الثانية بعد التحديث');
    const d = diffBlocks([p1, p2], [block([a], 'الفقرة الأولى'), changed]);
    expect(d.added).toEqual([changed]);
    expect(d.removed).toEqual([p2]);
  });

  it('treats a paragraph that gained a text node as changed', () => {
    const grown = block([a, c], 'الفقرة الأولى وزيادة');
    const d = diffBlocks([p1, p2], [grown, block([b], 'الفقرة الثانية')]);
    expect(d.added).toEqual([grown]);
    expect(d.removed).toEqual([p1]);
  });

  it('finds paragraphs inserted before the known ones (a live blog adds at the top)', () => {
    const top = block([c], 'تحديث عاجل');
    const d = diffBlocks([p1, p2], [top, block([a], 'الفقرة الأولى'), block([b], 'الفقرة الثانية')]);
    expect(d.blocks).toEqual([top, p1, p2]);
    expect(d.added).toEqual([top]);
  });

  it('drops what is gone', () => {
    const d = diffBlocks([p1, p2], [block([b], 'الفقرة الثانية')]);
    expect(d.removed).toEqual([p1]);
    expect(d.added).toEqual([]);
  });
});

describe('contextNames', () => {
  it('gives one name per entity, its longest form, in order of first appearance', () => {
    const names = contextNames([
      { key: 'sergey-lavrov', text: 'لافروف' },
      { key: 'moscow', text: 'موسكو' },
      { key: 'sergey-lavrov', text: 'سيرغي لافروف' },
      { key: 'moscow', text: 'موسكو' },
    ]);
    expect(names).toEqual(['سيرغي لافروف', 'موسكو']);
  });
  it('keeps to a limit', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, text: `اسم${i}` }));
    expect(contextNames(many, 3)).toHaveLength(3);
  });
});

describe('withoutContext', () => {
  it('drops mentions found in the context blocks and re-indexes the rest', () => {
    const got = withoutContext(
      [
        { block: 0, text: 'سيرغي لافروف' },
        { block: 1, text: 'موسكو' },
        { block: 2, text: 'لافروف' },
        { block: 3, text: 'القاهرة' },
      ],
      2,
    );
    expect(got).toEqual([
      { block: 0, text: 'لافروف' },
      { block: 1, text: 'القاهرة' },
    ]);
  });
});

describe('firstRoles', () => {
  it('keeps the first role the article gives each entity', () => {
    const r1 = { ar: 'وزير الخارجية الروسي', en: 'Russian Foreign Minister' };
    const r2 = { ar: 'الوزير', en: 'Minister' };
    const roles = firstRoles([
      { key: 'a', role: null },
      { key: 'a', role: r1 },
      { key: 'a', role: r2 },
      { key: 'b', role: null },
    ]);
    expect(roles.get('a')).toEqual(r1);
    expect(roles.has('b')).toBe(false);
  });
});

describe('hasArabicWords', () => {
  it('wants Arabic letters, not digits or punctuation', () => {
    expect(hasArabicWords('قال لافروف')).toBe(true);
    expect(hasArabicWords('١٢:٣٠')).toBe(false);
    expect(hasArabicWords('12:30 PM')).toBe(false);
    expect(hasArabicWords('، ؛')).toBe(false);
  });
});

describe('arabicLetters', () => {
  it('counts Arabic letters only, within a cap', () => {
    expect(arabicLetters('قال لافروف 12')).toBe(9);
    expect(arabicLetters('abc ١٢٣ ،')).toBe(0);
    expect(arabicLetters('م'.repeat(5000), 100)).toBe(100);
  });
});

describe('sameDocument', () => {
  it('ignores the fragment, not the path or the query', () => {
    expect(sameDocument('https://x.net/a/1', 'https://x.net/a/1#comments')).toBe(true);
    expect(sameDocument('https://x.net/a/1', 'https://x.net/a/2')).toBe(false);
    expect(sameDocument('https://x.net/a?id=1', 'https://x.net/a?id=2')).toBe(false);
  });
});
