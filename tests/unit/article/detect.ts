/** Parses HTML the way the CLI's `detect` does (linkedom, live and clone) and finds the article. */
import { parseHTML } from 'linkedom';
import { type ExtractedArticle, extractArticle } from '../../../lib/article/extract';

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function detect(html: string): ExtractedArticle {
  return extractArticle(parsePage(html), parsePage(html));
}
