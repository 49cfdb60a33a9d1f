import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, looksArabic } from '../../../lib/article/extract';
import { detect, parsePage } from './detect';

const CASES = join(import.meta.dirname, '../../fixtures/article-cases');
const caseHtml = (name: string) => readFileSync(join(CASES, name, 'source.html'), 'utf8');

const PARAGRAPH = (i: number) =>
  `<p>الفقرة ${i}: قال المتحدث باسم الوزارة إن العمل مستمر في المشروع الجديد الذي يهدف إلى تحسين الخدمات في المدينة، وإن المرحلة المقبلة ستشهد توسيع الشبكة لتشمل الأحياء الجنوبية والشرقية.</p>`;
const COMMENT = (i: number) =>
  `<li class="talkback" id="tb-${i}"><div class="talkback-head"><span class="talkback-author">قارئ ${i}</span> <span class="talkback-date">09/09/2024</span></div>` +
  `<div class="talkback-text"><p>تعليق القارئ ${i}: أتفق مع ما جاء في الخبر، لكن المشكلة في التنفيذ وليس في التخطيط، ونتمنى أن تكون هذه المرة مختلفة عن المرات السابقة.</p></div>` +
  `<a class="talkback-reply" href="#reply-${i}">رد</a></li>`;
const TEASER = (i: number) =>
  `<div class="news-item"><a href="/news/${i}"><img src="/img/${i}.jpg" alt=""></a><h3><a href="/news/${i}">عنوان الخبر رقم ${i} عن تطورات الأوضاع في المنطقة</a></h3>` +
  `<p>ملخص قصير للخبر رقم ${i} يشرح ما جرى في اجتماع اليوم ويعد بالتفاصيل في الداخل.</p><span class="date">منذ ساعة</span></div>`;
const page = (body: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة كبيرة</title></head><body>` +
  `<header><nav>${Array.from({ length: 300 }, (_, i) => `<a href="/s/${i}">قسم ${i}</a>`).join(' ')}</nav></header><main>${body}</main></body></html>`;

describe('extractArticle', () => {
  it('never changes the page, and every block leads back to the live text nodes', () => {
    const html = caseHtml('ar-article-comments');
    const live = parsePage(html);
    const before = live.documentElement.outerHTML;
    const article = extractArticle(live, parsePage(html));
    expect(live.documentElement.outerHTML).toBe(before);
    expect(article.blocks.length).toBeGreaterThan(3);
    for (const b of article.blocks) {
      expect(b.text).toBe(b.nodes.map((n) => n.data).join(''));
      for (const n of b.nodes) expect(live.contains(n)).toBe(true);
    }
  });

  it('keeps the paragraphs of an article written with <br> as separate blocks', () => {
    const article = detect(caseHtml('ar-article-div-br'));
    expect(article.blocks.filter((b) => b.text.trim().length > 100)).toHaveLength(5);
  });

  it('says why a page is not an article', () => {
    expect(detect(caseHtml('ar-search-results')).verdict).toBe('listing');
    expect(detect(caseHtml('ar-forum-thread')).verdict).toBe('item');
    expect(detect(caseHtml('ar-home-page')).verdict).toBe('teaser');
    expect(detect(caseHtml('ur-news')).verdict).toBe('not-arabic');
  });

  it('finds the article on a 5 MB page of comments without freezing', () => {
    const article8 = Array.from({ length: 8 }, (_, i) => PARAGRAPH(i)).join('');
    const comments = Array.from({ length: 10500 }, (_, i) => COMMENT(i)).join('');
    const html = page(
      `<article><h1>عنوان الخبر الطويل</h1><div class="story-body">${article8}</div></article><section class="talkbacks"><ol>${comments}</ol></section>`,
    );
    expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
    const live = parsePage(html);
    const clone = parsePage(html);
    const started = performance.now();
    const article = extractArticle(live, clone);
    const ms = performance.now() - started;
    console.log(
      `extractArticle on a ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB page of 10500 comments: ${ms.toFixed(0)} ms (linkedom)`,
    );
    expect(article.isArabicArticle).toBe(true);
    expect(article.text).toContain('الفقرة 0:');
    expect(article.text).toContain('الفقرة 7:');
    expect(article.text).not.toContain('تعليق القارئ');
  });

  it('leaves a 5 MB home page of teasers alone', () => {
    const html = page(`<div class="grid">${Array.from({ length: 14000 }, (_, i) => TEASER(i)).join('')}</div>`);
    expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
    const live = parsePage(html);
    const clone = parsePage(html);
    const started = performance.now();
    const article = extractArticle(live, clone);
    console.log(
      `extractArticle on a ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB home page of 14000 teasers: ${(performance.now() - started).toFixed(0)} ms (linkedom)`,
    );
    expect(article.isArabicArticle).toBe(false);
  });
});

describe('looksArabic, the cheap first look', () => {
  it('says yes to Arabic pages, whatever their lang attribute', () => {
    expect(looksArabic(parsePage(caseHtml('ar-article-lang-en')))).toBe(true);
    expect(looksArabic(parsePage(caseHtml('ar-home-page')))).toBe(true);
  });

  it('says no to English with an Arabic quote, and to Persian, Urdu and Kurdish', () => {
    for (const name of ['en-article-arabic-quote', 'ur-news', 'ckb-news']) expect(looksArabic(parsePage(caseHtml(name))), name).toBe(false);
    expect(
      looksArabic(
        parsePage(
          '<html dir="rtl"><body><p>این یک متن فارسی است که برای آزمایش نوشته شده و در آن از واژه‌های رایج استفاده می‌شود.</p></body></html>',
        ),
      ),
    ).toBe(false);
  });

  it('reads only the start of the page: Arabic first, then megabytes of English, is still Arabic', () => {
    const arabic = Array.from({ length: 40 }, (_, i) => PARAGRAPH(i)).join('');
    const english = '<p>The rest of this page is English and very long. </p>'.repeat(60000);
    expect(looksArabic(parsePage(`<html><body>${arabic}${english}</body></html>`))).toBe(true);
    expect(looksArabic(parsePage(`<html><body>${english}${arabic}</body></html>`))).toBe(false);
  });

  it('does not count indentation against its budget', () => {
    const indented = `<html><body>${'<div>\n            '.repeat(500)}<p>${PARAGRAPH(1)}</p>${'</div>'.repeat(500)}</body></html>`;
    expect(looksArabic(parsePage(`<html><body><nav>${'Home News Sport '.repeat(10)}</nav>${indented}</body></html>`))).toBe(true);
  });
});
