/**
 * The demo page: the seed article laid out as a realistic Arabic news page (RTL, headline,
 * byline, navigation, related links). Article text is HTML-escaped: data never becomes markup.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Splits the article into paragraphs of about three sentences, as a news site would. */
function paragraphs(text: string): string[] {
  const sentences = text.trim().split(/(?<=[.!؟?])\s+/);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) out.push(sentences.slice(i, i + 2).join(' '));
  return out;
}

export function demoPageHtml(theme: 'light' | 'dark' = 'light'): string {
  const article = readFileSync(here('../../tests/fixtures/seed-article.txt'), 'utf8');
  const template = readFileSync(here('./template.html'), 'utf8');
  const body = paragraphs(article)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n        ');
  return template.replace('{{THEME}}', theme).replace('{{ARTICLE}}', body);
}
