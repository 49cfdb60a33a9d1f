/**
 * Is what Readability found one article? Precision first: a false "article" on a home page paints
 * highlights all over its headlines and navigation, so the text must pass every check:
 *
 * 1. Listings beside the text (comments, related teasers, link lists) are dropped when an article
 *    remains without them; when nothing remains, the page is a listing (home page, results).
 * 2. The text must not be one item of a listing (a forum post among posts, a teaser among teasers).
 * 3. Not mostly links, and enough prose (not headings, not lines that are only a link).
 * 4. The text must not be a short summary in a card under a headline linking to another page (a teaser).
 * 5. A short text (a news brief) passes only with a title of its own or article metadata.
 *
 * Then the kept text is tidied: site chrome at the end (headings with nothing after them, comment
 * rules, copyright) goes.
 */
import { normalizeKey } from '../arabic/normalize';
import { blockText, isHeadingBlock, type TextBlock } from './blocks';
import { formsCard, headlinesAbove, isOwnTitle, linksElsewhere } from './headline';
import { commonAncestor, isElement, lettersIn, StructureReader, tagOf, within } from './structure';

export type ArticleVerdict = 'article' | 'no-text' | 'listing' | 'item' | 'links' | 'teaser' | 'unsure';

export interface ArticleSignals {
  /** Characters of prose (blocks that are not headings), whitespace collapsed. */
  proseChars: number;
  /** Share of the text's letters inside links. */
  linkDensity: number;
  /** Items of the largest listing found in or around the text; 0 for none. */
  listingItems: number;
  /** Blocks dropped as listings beside the article or as boilerplate. */
  droppedBlocks: number;
  /** Does the page call itself an article (og:type, article:published_time, JSON-LD)? */
  articleMetadata: boolean;
}

export interface Judgement {
  verdict: ArticleVerdict;
  /** Why the page is not an article, as a sentence for the reader; null for an article. */
  reason: string | null;
  /** The article's blocks (tidied) for an article; the blocks as judged otherwise. */
  blocks: TextBlock[];
  signals: ArticleSignals;
}

/** Less prose than this is not an article. A two-sentence brief has about 250. */
export const MIN_ARTICLE_CHARS = 200;
/** Prose shorter than this needs a title of its own or article metadata. */
export const SHORT_ARTICLE_CHARS = 600;
/** A teaser's summary is shorter than this; longer prose under a linked headline is read as an article. */
export const MAX_TEASER_CHARS = 1200;
/** More of the text inside links than this is navigation, not an article. */
export const MAX_LINK_DENSITY = 0.4;
/** Text outside a listing's items that still lets its container go with it (a "Comments (4)" heading). */
const CONTAINER_SLACK_LETTERS = 80;

/**
 * Phrases of site chrome after an article, normalized (ة→ه, أ→ا): comment rules, copyright,
 * "read also". Only a run of such blocks at the very end is dropped.
 */
const TAIL_BOILERPLATE = [
  'التعليقات',
  'تعليقك',
  'تعليقات القراء',
  'اضف تعليق',
  'سياسه الخصوصيه',
  'شروط الاستخدام',
  'جميع الحقوق محفوظه',
  'لا تعبر عن راي',
  'لا تعبر بالضروره عن',
  'اقرا ايضا',
  'اقرا المزيد',
  'ذات صله',
  'تابعونا',
  'privacy policy',
  'all rights reserved',
];

const proseChars = (blocks: readonly TextBlock[]) => blocks.filter((b) => !isHeadingBlock(b)).reduce((n, b) => n + blockText(b).length, 0);
const letterCounts = new WeakMap<TextBlock, number>();
function lettersOf(b: TextBlock): number {
  let n = letterCounts.get(b);
  if (n === undefined) {
    n = lettersIn(b.text);
    letterCounts.set(b, n);
  }
  return n;
}

function insideLink(node: Node): boolean {
  let depth = 0;
  for (let p = node.parentNode; p && depth < 16; p = p.parentNode, depth++) {
    if (isElement(p) && tagOf(p) === 'A' && p.hasAttribute('href')) return true;
  }
  return false;
}

function linkLettersOf(b: TextBlock): number {
  let n = 0;
  for (const node of b.nodes) if (insideLink(node)) n += lettersIn(node.data);
  return n;
}

/** Does the page call itself an article? Helps only short texts; its absence proves nothing. */
export function hasArticleMetadata(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(og)) return true;
  if (doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')) return true;
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10);
  const articleType = /"@type"\s*:\s*\[?\s*"(?:News|Reportage|Analysis|Opinion|Report|Review|Backgrounder|Blog)?(?:Article|Posting)"/;
  return scripts.some((s) => articleType.test((s.textContent ?? '').slice(0, 50000)));
}

interface FoundListing {
  items: Element[];
  /** What goes with the items: their parent, or higher while little else is there. */
  container: Element | null;
}

/** Listings (similar sibling items with standalone links) that the blocks fall into, below `top`. */
function listingsIn(blocks: readonly TextBlock[], top: Element, reader: StructureReader): Map<TextBlock, FoundListing> {
  const byParent = new Map<Node, FoundListing>();
  const found = new Map<TextBlock, FoundListing>();
  for (const b of blocks) {
    let outermost: Element[] | null = null;
    for (let p = (b.nodes[0] as Node).parentNode; p && p !== top; p = p.parentNode) {
      if (!isElement(p)) continue;
      const items = reader.listingOf(p);
      if (items) outermost = items;
    }
    if (!outermost) continue;
    const parent = (outermost[0] as Element).parentNode as Node;
    let listing = byParent.get(parent);
    if (!listing) {
      listing = { items: outermost, container: containerOf(outermost, top, blocks) };
      byParent.set(parent, listing);
    }
    found.set(b, listing);
  }
  return found;
}

/** Is `node` inside one of `set` (or one of them)? */
function insideAny(node: Node, set: ReadonlySet<Node>): boolean {
  for (let p: Node | null = node; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}

/** What goes with a listing: its parent, and higher while the text around it is a heading at most. */
function containerOf(items: Element[], top: Element, blocks: readonly TextBlock[]): Element | null {
  const lettersOutside = (el: Element, inner: ReadonlySet<Node>) =>
    blocks.reduce((sum, b) => {
      const first = b.nodes[0] as Node;
      return within(first, el) && !insideAny(first, inner) ? sum + lettersOf(b) : sum;
    }, 0);
  const parent = (items[0] as Element).parentNode;
  if (!isElement(parent) || parent === top || lettersOutside(parent, new Set(items)) >= CONTAINER_SLACK_LETTERS) return null;
  let c: Element = parent;
  for (;;) {
    const up = c.parentNode;
    if (!isElement(up) || up === top || !within(up, top)) return c;
    if (lettersOutside(up, new Set([c])) >= CONTAINER_SLACK_LETTERS) return c;
    c = up;
  }
}

/**
 * Drops the run of blocks at the end that is no longer the article: headings with no prose after
 * them ("Latest news", "Tags"), site boilerplate, and the short lines among them.
 */
function trimTail(blocks: TextBlock[]): TextBlock[] {
  let cut = blocks.length;
  let sawChrome = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as TextBlock;
    const text = blockText(b);
    const chrome = isHeadingBlock(b) || TAIL_BOILERPLATE.some((p) => normalizeKey(text).includes(p));
    if (!chrome && text.length >= 80) break;
    sawChrome ||= chrome;
    cut = i;
  }
  return sawChrome ? blocks.slice(0, cut) : blocks;
}

const verdictOf = (verdict: ArticleVerdict, reason: string | null, blocks: TextBlock[], signals: ArticleSignals): Judgement => ({
  verdict,
  reason,
  blocks,
  signals,
});

/** Judges the blocks Readability found on `doc` (live nodes); `pageUrl` is the page's address when `doc` does not know it. */
export function judgeArticle(doc: Document, found: TextBlock[], pageUrl?: string): Judgement {
  const reader = new StructureReader();
  const signals: ArticleSignals = {
    proseChars: proseChars(found),
    linkDensity: 0,
    listingItems: 0,
    droppedBlocks: 0,
    articleMetadata: hasArticleMetadata(doc),
  };
  let blocks = found;
  const top = commonAncestor(blocks.flatMap((b) => b.nodes));
  if (!top || signals.proseChars < MIN_ARTICLE_CHARS) {
    return verdictOf('no-text', `No article text on this page (${signals.proseChars} characters of prose).`, blocks, signals);
  }

  // 1. Listings inside the text go, if an article remains without them.
  const listings = listingsIn(blocks, top, reader);
  if (listings.size) {
    signals.listingItems = Math.max(...[...listings.values()].map((l) => l.items.length));
    const containers = [...new Set([...listings.values()].map((l) => l.container))].filter((c): c is Element => !!c);
    const rest = blocks.filter((b) => !listings.has(b) && !containers.some((c) => within(b.nodes[0] as Node, c)));
    if (proseChars(rest) < MIN_ARTICLE_CHARS) {
      return verdictOf(
        'listing',
        `This page lists ${signals.listingItems} similar items (headlines, results, posts or comments), not one article.`,
        blocks,
        signals,
      );
    }
    signals.droppedBlocks += blocks.length - rest.length;
    blocks = rest;
  }

  // 2. The text must not be one item of a listing.
  const body = doc.body;
  for (let a: Node | null = commonAncestor(blocks.flatMap((b) => b.nodes)); a && a !== body && isElement(a); a = a.parentNode) {
    const items = reader.listingOf(a);
    if (items) {
      signals.listingItems = Math.max(signals.listingItems, items.length);
      return verdictOf(
        'item',
        `The text is one of ${items.length} similar items on this page (posts, comments or teasers), not one article.`,
        blocks,
        signals,
      );
    }
  }

  // 3. Not mostly links, and enough prose once the blocks that are only a link (menus, "skip to
  // content", "read also" lines) are gone.
  const letters = blocks.reduce((n, b) => n + lettersOf(b), 0);
  signals.linkDensity = letters ? blocks.reduce((n, b) => n + linkLettersOf(b), 0) / letters : 0;
  const unlinked = blocks.filter((b) => isHeadingBlock(b) || linkLettersOf(b) < 0.9 * lettersOf(b));
  signals.droppedBlocks += blocks.length - unlinked.length;
  blocks = unlinked;
  signals.proseChars = proseChars(blocks);
  if (signals.proseChars < MIN_ARTICLE_CHARS) {
    return verdictOf('no-text', `No article text on this page (${signals.proseChars} characters of prose).`, blocks, signals);
  }
  if (signals.linkDensity > MAX_LINK_DENSITY) {
    return verdictOf(
      'links',
      `The text found is mostly links (${Math.round(signals.linkDensity * 100)}%), not an article.`,
      blocks,
      signals,
    );
  }

  // 4. A short summary in a small card under a headline that links elsewhere is a teaser. The
  // text's first paragraph is asked, not its longest: a "read also" headline may sit inside an article.
  const prose = blocks.filter((b) => !isHeadingBlock(b));
  const first = prose.find((b) => blockText(b).length >= 80) ?? (prose[0] as TextBlock);
  const start = first.nodes[0] as Node;
  const headlines = headlinesAbove(start, doc);
  const card = headlines.find((h) => formsCard(h, start, lettersOf(first)));
  if (signals.proseChars < MAX_TEASER_CHARS && card && linksElsewhere(card, doc, pageUrl)) {
    return verdictOf('teaser', 'The text found is a teaser that links to another page, not an article.', blocks, signals);
  }

  // 5. A short text needs a title of its own or metadata that says "article".
  if (signals.proseChars < SHORT_ARTICLE_CHARS && !signals.articleMetadata && !headlines.some((h) => isOwnTitle(h, doc, pageUrl))) {
    return verdictOf(
      'unsure',
      `Too little text (${signals.proseChars} characters) without a title or article metadata to call it an article.`,
      blocks,
      signals,
    );
  }

  // Tidy: site chrome at the end.
  const tidy = trimTail(blocks);
  signals.droppedBlocks += blocks.length - tidy.length;
  return verdictOf('article', null, tidy, signals);
}
