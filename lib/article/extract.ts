/**
 * Finding the article in a page, without touching the page.
 *
 * Readability runs on a clone of the document. Before it runs we number the clone's text nodes;
 * the clone has the same text nodes in the same order as the live page, so every text node that
 * survives into Readability's result leads back to its live twin. A block is the live text nodes
 * of one paragraph of the result; highlights become Ranges over those live nodes, and the page's
 * DOM and text stay exactly as the publisher made them.
 *
 * Works on any DOM: the browser's document, or linkedom's in Node (CLI, tests).
 */
import { Readability } from '@mozilla/readability';
import { guessLanguage, type ScriptLanguage } from './language';

export interface TextBlock {
  /** Live text nodes of the paragraph, in order. */
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
  /** The paragraph's text: the nodes' data concatenated. */
  text: string;
  /** Tag of the paragraph element in Readability's result (p, h2, li …). */
  tag: string;
}

export interface ExtractedArticle {
  isArabicArticle: boolean;
  lang: ScriptLanguage | string;
  title: string | null;
  blocks: TextBlock[];
  /** The article text: blocks joined by blank lines. */
  text: string;
  /** Why the page is not treated as an Arabic article, when it is not. */
  reason: string | null;
}

const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DD',
  'DT',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'CAPTION',
  'SUMMARY',
]);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
]);
/** Text shorter than this is a fragment, not an article. */
export const MIN_ARTICLE_CHARS = 200;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** All text nodes under `root` in document order (iterative: deep pages must not overflow the stack). */
export function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      out.push(node as Text);
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

function isInside(node: Node, tags: Set<string>, stopAt?: Node): boolean {
  for (let p = node.parentNode; p && p !== stopAt; p = p.parentNode) {
    if (p.nodeType === ELEMENT_NODE && tags.has((p as Element).tagName.toUpperCase())) return true;
    if (p.nodeType === ELEMENT_NODE && (p as HTMLElement).isContentEditable) return true;
  }
  return false;
}

function blockAncestor(node: Node, root: Node): Element | null {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (p.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((p as Element).tagName.toUpperCase())) return p as Element;
    if (p === root) return p as Element;
  }
  return null;
}

export interface ExtractOptions {
  /** Readability's minimum article length; lower than its default so short news briefs pass. */
  charThreshold?: number;
}

/**
 * Finds the article of `live`. `clone` must be a fresh deep copy of `live` taken just before
 * (document.cloneNode(true)); Readability consumes it.
 */
export function extractArticle(live: Document, clone: Document, options: ExtractOptions = {}): ExtractedArticle {
  const docLang = (live.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  const liveNodes = textNodesOf(live);
  const cloneNodes = textNodesOf(clone);
  const twin = new Map<Node, Text>();
  if (liveNodes.length === cloneNodes.length) {
    cloneNodes.forEach((n, i) => {
      twin.set(n, liveNodes[i] as Text);
    });
  }

  type Parsed = { title?: string | null; content?: unknown } | null;
  let parsed: Parsed = null as Parsed;
  try {
    parsed = new Readability(clone, {
      charThreshold: options.charThreshold ?? 250,
      keepClasses: true,
      serializer: (el: Node) => el,
    }).parse() as Parsed;
  } catch {
    parsed = null;
  }
  const title = parsed?.title?.trim() || live.title?.trim() || null;
  const content = parsed?.content as Element | undefined;
  const blocks: TextBlock[] = [];
  if (content && typeof content === 'object' && 'childNodes' in content) {
    let current: { anchor: Element | null; block: TextBlock } | null = null;
    for (const cloneText of textNodesOf(content)) {
      const liveText = twin.get(cloneText);
      if (!liveText || isInside(liveText, SKIP_TAGS)) continue;
      const anchor = blockAncestor(cloneText, content);
      if (!current || current.anchor !== anchor) {
        current = { anchor, block: { nodes: [], starts: [], text: '', tag: anchor?.tagName.toLowerCase() ?? 'div' } };
        blocks.push(current.block);
      }
      const b = current.block;
      b.starts.push(b.text.length);
      b.nodes.push(liveText);
      b.text += liveText.data;
    }
  }
  const kept = blocks.filter((b) => b.text.trim().length > 0);
  const text = kept.map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n\n');
  const guess = guessLanguage(text || (live.body?.textContent ?? ''));
  const lang = guess.lang === 'other' ? docLang.split('-')[0] || 'und' : guess.lang;
  let reason: string | null = null;
  if (guess.lang !== 'ar') reason = `the text is not Arabic (${lang})`;
  else if (text.length < MIN_ARTICLE_CHARS) reason = 'no article text found';
  return { isArabicArticle: reason === null, lang, title, blocks: kept, text, reason };
}

/**
 * A cheap first look: is there enough Arabic on the page to be worth finding an article in?
 * Reads at most `budget` characters of visible-ish text; the page is not touched.
 */
export function looksArabic(doc: Document, budget = 4000): boolean {
  const body = doc.body;
  if (!body) return false;
  let sample = '';
  const stack: Node[] = [body];
  while (stack.length && sample.length < budget) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      sample += (node as Text).data;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE && SKIP_TAGS.has((node as Element).tagName.toUpperCase())) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return guessLanguage(sample).lang === 'ar';
}
