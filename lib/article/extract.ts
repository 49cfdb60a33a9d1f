/**
 * Finding the article in a page, without touching the page.
 *
 * Readability runs on a clone of the document; its result is mapped back to the live page's text
 * nodes (see blocks.ts). Then the text is judged (see judge.ts): is it Arabic, and is it one
 * article rather than a home page, a list of results, a forum thread or a teaser?
 *
 * Works on any DOM: the browser's document, or linkedom's in Node (CLI, tests).
 */
import { Readability } from '@mozilla/readability';
import { blocksOf, blockText, SKIP_TAGS, type TextBlock, twinTextNodes } from './blocks';
import { type ArticleSignals, type ArticleVerdict, type Judgement, judgeArticle } from './judge';
import { guessLanguage, type ScriptLanguage } from './language';
import { pruneLongRuns } from './prune';

export type { TextBlock } from './blocks';
export { textNodesOf } from './blocks';
export type { ArticleSignals, ArticleVerdict, Judgement } from './judge';
export { MIN_ARTICLE_CHARS } from './judge';

export interface ExtractedArticle {
  isArabicArticle: boolean;
  lang: ScriptLanguage | string;
  title: string | null;
  blocks: TextBlock[];
  /** The article text: blocks joined by blank lines. */
  text: string;
  /** Why the page is not treated as an Arabic article, when it is not. */
  reason: string | null;
  /** What the page was found to be: 'article', or why not ('not-arabic', 'listing', 'teaser' …). */
  verdict: ArticleVerdict | 'not-arabic';
  /** The measurements behind the verdict (absent when the text is not Arabic). */
  signals: ArticleSignals | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface ExtractOptions {
  /** Readability's minimum article length; lower than its default so short news briefs pass. */
  charThreshold?: number;
  /** The page's address, when the document does not know it (a saved page read in Node): tells a headline that links to the page itself. */
  url?: string;
}

type Parsed = { title?: string | null; content?: unknown } | null;

function readability(clone: Document, charThreshold: number): Parsed {
  try {
    return new Readability(clone, { charThreshold, keepClasses: true, serializer: (el: Node) => el }).parse() as Parsed;
  } catch {
    return null;
  }
}

/** Readability's result on the clone, as blocks of the live page's text nodes, and the title. */
function readBlocks(live: Document, clone: Document, options: ExtractOptions): { title: string | null; blocks: TextBlock[] } {
  const twin = twinTextNodes(live, clone);
  // After the twins are paired: what is cut from the clone simply has no twin in the result.
  pruneLongRuns(clone.body ?? clone);
  const parsed = readability(clone, options.charThreshold ?? 250);
  const title = parsed?.title?.trim() || live.title?.trim() || null;
  const content = parsed?.content as Element | undefined;
  const blocks = content && typeof content === 'object' && 'childNodes' in content ? blocksOf(content, twin) : [];
  return { title, blocks };
}

const joined = (blocks: TextBlock[]) => blocks.map(blockText).join('\n\n');

/**
 * Finds the article of `live`. `clone` must be a fresh deep copy of `live` taken just before
 * (document.cloneNode(true)); Readability consumes it.
 */
export function extractArticle(live: Document, clone: Document, options: ExtractOptions = {}): ExtractedArticle {
  const docLang = (live.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  const { title, blocks: found } = readBlocks(live, clone, options);
  const foundText = joined(found);
  const guess = guessLanguage(foundText || (live.body?.textContent ?? ''));
  const lang = guess.lang === 'other' ? docLang.split('-')[0] || 'und' : guess.lang;
  if (guess.lang !== 'ar') {
    return {
      isArabicArticle: false,
      lang,
      title,
      blocks: found,
      text: foundText,
      reason: `The text is not Arabic (${lang}).`,
      verdict: 'not-arabic',
      signals: null,
    };
  }
  const judged = judgeArticle(live, found, options.url);
  return {
    isArabicArticle: judged.verdict === 'article',
    lang,
    title,
    blocks: judged.blocks,
    text: joined(judged.blocks),
    reason: judged.reason,
    verdict: judged.verdict,
    signals: judged.signals,
  };
}

/**
 * Is the page one article, whatever its language? The same judgement extractArticle makes for
 * Arabic pages, for measuring how the structural checks fare on pages of every kind.
 */
export function judgeStructure(live: Document, clone: Document, options: ExtractOptions = {}): Judgement {
  return judgeArticle(live, readBlocks(live, clone, options).blocks, options.url);
}

/**
 * A cheap first look: is there enough Arabic on the page to be worth finding an article in?
 * Reads at most `budget` characters of visible-ish text (runs of whitespace count as one); the
 * page is not touched.
 */
export function looksArabic(doc: Document, budget = 4000): boolean {
  const body = doc.body;
  if (!body) return false;
  let sample = '';
  const stack: Node[] = [body];
  while (stack.length && sample.length < budget) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      const room = budget - sample.length;
      // A bounded slice first: one huge text node must not cost more than the budget.
      const data = (node as Text).data.slice(0, room * 8).replace(/\s+/g, ' ');
      if (data !== ' ') sample += data.slice(0, room);
      continue;
    }
    if (node.nodeType === ELEMENT_NODE && SKIP_TAGS.has((node as Element).tagName.toUpperCase())) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return guessLanguage(sample).lang === 'ar';
}
