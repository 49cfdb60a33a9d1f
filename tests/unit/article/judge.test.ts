import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const CASES = join(import.meta.dirname, '../../fixtures/article-cases');
const caseHtml = (name: string) => readFileSync(join(CASES, name, 'source.html'), 'utf8');

/** The short brief without what the page says about itself (og:type, article:*, JSON-LD). */
const briefWithoutMetadata = () =>
  caseHtml('ar-short-brief')
    .replace(/<meta property="(og|article):[^>]*>/g, '')
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');

describe('a short news brief', () => {
  it('passes on its own h1 title when the page has no article metadata', () => {
    const got = detect(briefWithoutMetadata());
    expect(got.reason).toBeNull();
    expect(got.isArabicArticle).toBe(true);
  });

  it('passes on a title line that the page <title> repeats, even when it is not a heading', () => {
    const html = briefWithoutMetadata().replace(/<h1 class="entry-title">([^<]*)<\/h1>/, '<div class="entry-title">$1</div>');
    expect(html).not.toContain('<h1');
    expect(detect(html).isArabicArticle).toBe(true);
  });

  it('is refused with neither a title nor metadata: 300 characters could be any blurb', () => {
    const html = briefWithoutMetadata()
      .replace(/<h1 class="entry-title">[^<]*<\/h1>/, '')
      .replace(/<title>[^<]*<\/title>/, '<title>وكالة الرائد للأنباء</title>');
    const got = detect(html);
    expect(got.isArabicArticle).toBe(false);
    expect(got.verdict).toBe('unsure');
  });
});

describe('teasers', () => {
  it('a home page lead with a long summary is still a teaser', () => {
    const longer = 'وأضاف المصدر أن الاجتماع سيناقش كذلك آليات تمويل مشاريع السدود الصغيرة وتبادل بيانات الأمطار بين الدول المعنية. ';
    const html = caseHtml('ar-home-page').replace('بحسب ما أفاد مصدر دبلوماسي.', `بحسب ما أفاد مصدر دبلوماسي. ${longer.repeat(3)}`);
    const got = detect(html);
    expect(got.isArabicArticle).toBe(false);
    expect(got.verdict).toBe('teaser');
  });

  it('a sidebar of linked headlines before a short article does not make the article a teaser', () => {
    const sidebar =
      '<aside class="side"><h3><a href="/news/1">العنوان الأول من قائمة الأكثر قراءة اليوم</a></h3><h3><a href="/news/2">العنوان الثاني من قائمة الأكثر قراءة اليوم</a></h3></aside>';
    const html = briefWithoutMetadata().replace(
      '<div id="primary" class="content-area">',
      `${sidebar}<div id="primary" class="content-area">`,
    );
    const got = detect(html);
    expect(got.reason).toBeNull();
    expect(got.text).not.toContain('الأكثر قراءة اليوم');
  });
});

describe('listings', () => {
  it('comments under an article go, and the article stays', () => {
    const got = detect(caseHtml('ar-article-comments'));
    expect(got.isArabicArticle).toBe(true);
    expect(got.signals?.listingItems).toBe(4);
    expect(got.text).not.toContain('تعليقات القراء');
  });
});
