import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExpectedDetection, unmetExpectations } from '../../../lib/article/expectations';
import { detect } from './detect';

const CASES = join(import.meta.dirname, '../../fixtures/article-cases');
const cases = readdirSync(CASES).map((name) => ({
  name,
  html: readFileSync(join(CASES, name, 'source.html'), 'utf8'),
  expected: JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as ExpectedDetection,
}));

describe('finding the article on the fixture pages (tests/fixtures/article-cases)', () => {
  it('has the cases the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.expected.isArabicArticle).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('$name', ({ html, expected }) => {
    const got = detect(html);
    expect(unmetExpectations(expected, got), got.reason ?? 'article').toEqual([]);
    if (!expected.isArabicArticle && expected.lang === 'ar') expect(got.reason).toBeTruthy();
  });
});
