/**
 * What a test page should yield, in the style of mozilla/readability's test pages: each case is a
 * folder with `source.html` and `expected.json`. Shared by the unit tests and `npm run eval:detect`.
 */

export interface ExpectedDetection {
  isArabicArticle: boolean;
  lang: string;
  /** The title contains this. */
  titleContains?: string;
  /** The article text contains each of these. */
  textContains?: string[];
  /** The article text contains none of these (comments, sidebars, menus). */
  textNotContains?: string[];
  /** Why the case exists and what was decided. */
  note?: string;
}

export interface Detection {
  isArabicArticle: boolean;
  lang: string;
  title: string | null;
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every way `got` falls short of `expected`, as sentences; empty when it meets it. */
export function unmetExpectations(expected: ExpectedDetection, got: Detection): string[] {
  const out: string[] = [];
  if (got.isArabicArticle !== expected.isArabicArticle) {
    out.push(
      `expected ${expected.isArabicArticle ? 'an Arabic article' : 'no Arabic article'}, got ${got.isArabicArticle ? 'one' : 'none'}`,
    );
  }
  if (got.lang !== expected.lang) out.push(`expected language ${expected.lang}, got ${got.lang}`);
  if (expected.titleContains && !(got.title ?? '').includes(expected.titleContains)) {
    out.push(`title "${got.title}" lacks "${expected.titleContains}"`);
  }
  const text = squash(got.text);
  for (const s of expected.textContains ?? []) if (!text.includes(squash(s))) out.push(`text lacks "${s}"`);
  for (const s of expected.textNotContains ?? []) if (text.includes(squash(s))) out.push(`text has "${s}"`);
  return out;
}
