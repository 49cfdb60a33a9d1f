/**
 * The headline above a text, and what it says about the text. A teaser's summary sits in a small
 * card under a headline that links to another page; an article sits under a title of its own,
 * which the page's <title> usually repeats. Read from the live page, never changed.
 */
import { normalizeKey } from '../arabic/normalize';
import { commonAncestor, countLetters, isElement, isHeading, tagOf } from './structure';

/** Levels climbed and siblings read when looking for the headline above a text. */
const LEVELS = 6;
const SIBLINGS_PER_LEVEL = 12;
const MAX_CANDIDATES = 8;
/** A link alone is a headline from this many letters (shorter: a byline, a section name). */
const LINK_HEADLINE_LETTERS = 25;
/** A line the <title> repeats is a title from this many letters. */
const TITLE_LETTERS = 12;

/** What the page calls itself: <title> and og:title, normalized. */
function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return normalizeKey(`${doc.title ?? ''} ${og}`);
}

function repeatsTitle(el: Element, title: string): boolean {
  // Counted before the text is read: a big container is no title, and must not cost its size.
  const letters = countLetters(el, 250);
  if (letters < TITLE_LETTERS || letters >= 250) return false;
  return title.includes(normalizeKey(el.textContent ?? ''));
}

/** A descendant of `el` that the page title repeats (a title in a <div>), looking at a few dozen elements. */
function titleLineIn(el: Element, title: string): Element | null {
  const queue: Element[] = [el];
  for (let seen = 0; queue.length && seen < 80; seen++) {
    const cur = queue.shift() as Element;
    if (cur !== el && repeatsTitle(cur, title)) return cur;
    for (const c of Array.from(cur.childNodes)) if (isElement(c)) queue.push(c);
  }
  return null;
}

/** A headline made of a link alone (teasers without heading tags): long enough not to be a byline. */
function isLinkHeadline(el: Element): boolean {
  const letters = countLetters(el, 400);
  if (letters < LINK_HEADLINE_LETTERS || letters >= 400) return false;
  if (tagOf(el) === 'A') return el.hasAttribute('href');
  return Array.from(el.querySelectorAll('a[href]')).some((a) => countLetters(a) >= 0.9 * letters);
}

/**
 * Headlines above `node`, nearest first: headings, link headlines and lines the page title
 * repeats, among the previous siblings of its ancestors a few levels up (and the last heading
 * inside each such sibling).
 */
export function headlinesAbove(node: Node, doc: Document): Element[] {
  const title = pageTitle(doc);
  const out: Element[] = [];
  let el: Node | null = node.parentNode;
  for (let level = 0; el && isElement(el) && level < LEVELS && out.length < MAX_CANDIDATES; level++, el = el.parentNode) {
    if (isHeading(el)) out.push(el);
    let sib = el.previousSibling;
    for (let n = 0; sib && n < SIBLINGS_PER_LEVEL && out.length < MAX_CANDIDATES; sib = sib.previousSibling) {
      if (!isElement(sib)) continue;
      n++;
      if (isHeading(sib) || isLinkHeadline(sib) || repeatsTitle(sib, title)) {
        out.push(sib);
        continue;
      }
      const inner = sib.querySelectorAll('h1, h2, h3, h4, h5, h6');
      const line = inner.length ? (inner[inner.length - 1] as Element) : titleLineIn(sib, title);
      if (line) out.push(line);
    }
  }
  return out;
}

/** Paths the page is known by (its address, canonical, og:url), to tell a link to itself. */
function pagePaths(doc: Document, pageUrl?: string): { base: string; paths: Set<string> } {
  const urls: string[] = [];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const own = (doc as { URL?: string }).URL;
  for (const u of [pageUrl, own, canonical, ogUrl]) if (u && /^https?:/i.test(u)) urls.push(u);
  const base = urls[0] ?? 'http://page.invalid/';
  const paths = new Set<string>();
  for (const u of urls) {
    const p = pathOf(u, base);
    if (p !== null) paths.add(p);
  }
  return { base, paths };
}

function pathOf(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return decodeURIComponent(u.pathname).replace(/\/+$/, '') || '/';
  } catch {
    return null;
  }
}

/** Is `headline` a link to another page (a teaser's), rather than the page's own title? */
export function linksElsewhere(headline: Element, doc: Document, pageUrl?: string): boolean {
  let link: Element | null = null;
  for (let p: Node | null = headline; p && isElement(p); p = p.parentNode) {
    if (tagOf(p) === 'A' && p.hasAttribute('href')) link = p;
  }
  if (!link) {
    const letters = countLetters(headline);
    link = Array.from(headline.querySelectorAll('a[href]')).find((a) => letters > 0 && countLetters(a) >= 0.8 * letters) ?? null;
  }
  if (!link) return false;
  const href = (link.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#')) return false;
  const { base, paths } = pagePaths(doc, pageUrl);
  // Without the page's own address a top-level title is given the benefit of the doubt.
  if (!paths.size) return tagOf(headline) !== 'H1';
  const target = pathOf(href, base);
  return target !== null && !paths.has(target);
}

/**
 * Do `headline` and the text starting at `node` (with `textLetters` letters) make one small card,
 * with little else around them? A sidebar's heading and the article beside it do not.
 */
export function formsCard(headline: Element, node: Node, textLetters: number): boolean {
  const box = commonAncestor([headline, node]);
  if (!box) return false;
  const allowed = textLetters + countLetters(headline) + 150;
  return countLetters(box, allowed + 1) <= allowed;
}

/** Is `headline` the text's own title: not a link elsewhere, and an h1 or a line the page title repeats? */
export function isOwnTitle(headline: Element, doc: Document, pageUrl?: string): boolean {
  if (linksElsewhere(headline, doc, pageUrl)) return false;
  return tagOf(headline) === 'H1' || repeatsTitle(headline, pageTitle(doc));
}
