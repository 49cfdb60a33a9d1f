import { describe, expect, it } from 'vitest';
import { pruneLongRuns } from '../../../lib/article/prune';
import { StructureReader } from '../../../lib/article/structure';
import { parsePage } from './detect';

const COMMENT = (i: number) =>
  `<li class="comment c${i}"><span class="author">قارئ ${i}</span><p>هذا تعليق القارئ رقم ${i} على الخبر المنشور اليوم.</p><a href="#reply-${i}">رد</a></li>`;
const SECTION = (i: number) =>
  `<section class="part"><h2>الجزء ${i}</h2><p>نص الجزء ${i} من التقرير الطويل، فيه فقرة كاملة عن الموضوع دون أي رابط مستقل.</p></section>`;

describe('StructureReader.listingOf', () => {
  it('sees comments (similar items, each with a link of its own) as a listing', () => {
    const doc = parsePage(`<html><body><ol id="c">${Array.from({ length: 5 }, (_, i) => COMMENT(i)).join('')}</ol></body></html>`);
    const items = Array.from(doc.querySelectorAll('li'));
    expect(new StructureReader().listingOf(items[2] as Element)).toHaveLength(5);
  });

  it('does not see an article’s sections, or its paragraphs, as a listing', () => {
    const doc = parsePage(`<html><body><article>${Array.from({ length: 5 }, (_, i) => SECTION(i)).join('')}</article></body></html>`);
    const reader = new StructureReader();
    expect(reader.listingOf(doc.querySelector('section') as Element)).toBeNull();
    expect(reader.listingOf(doc.querySelector('p') as Element)).toBeNull();
  });

  it('needs three items', () => {
    const doc = parsePage(`<html><body><ol>${COMMENT(1)}${COMMENT(2)}</ol></body></html>`);
    expect(new StructureReader().listingOf(doc.querySelector('li') as Element)).toBeNull();
  });
});

describe('pruneLongRuns', () => {
  it('cuts a long run of comments to its first ten, and leaves a long run of paragraphs alone', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `<div class="para">فقرة ${i} من نص طويل جدا لا رابط فيها.</div>`).join('');
    const doc = parsePage(
      `<html><body><div id="text">${paragraphs}</div><ol id="c">${Array.from({ length: 200 }, (_, i) => COMMENT(i)).join('')}</ol></body></html>`,
    );
    expect(pruneLongRuns(doc.body)).toBe(190);
    expect(doc.querySelectorAll('#c li')).toHaveLength(10);
    expect(doc.querySelectorAll('#text .para')).toHaveLength(60);
  });
});
