/**
 * Reading a page's structure, never changing it: the signals that tell one article from a page
 * of many items. Home pages, search results, forum threads and comment lists all repeat one
 * template: several sibling blocks of the same kind, each with a little text and a link that
 * stands on its own (a headline, a user name, a "reply"). An article's body is not built that way.
 *
 * Every walk here is bounded, so a huge page costs no more than a small one.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Never text a reader sees. */
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);
/** Elements that can be one item of a listing (a teaser, a result, a post, a comment). */
const UNIT_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'TR', 'TABLE', 'ASIDE', 'DL', 'FIGURE']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A listing has at least this many similar items. */
export const MIN_LISTING_ITEMS = 3;
/** An item carries at least this many letters. */
const MIN_ITEM_LETTERS = 15;
/** Siblings compared at most, descendants read at most: the bounds that keep huge pages cheap. */
const MAX_SIBLINGS = 120;
const SHAPE_NODES = 150;
const LINK_SEARCH_NODES = 300;
const NOT_LETTER = /[^\p{L}]+/gu;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(tagOf(el));
}

export function lettersIn(text: string): number {
  return text.replace(NOT_LETTER, '').length;
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const n of Array.from(el.childNodes)) if (isElement(n)) out.push(n);
  return out;
}

/** Letters of the visible text under `node`, counted until `enough` (stops early on big subtrees). */
export function countLetters(node: Node, enough = Number.POSITIVE_INFINITY): number {
  let n = 0;
  const stack: Node[] = [node];
  while (stack.length && n < enough) {
    const cur = stack.pop() as Node;
    if (cur.nodeType === TEXT_NODE) {
      n += lettersIn((cur as Text).data);
      continue;
    }
    if (isElement(cur) && INVISIBLE_TAGS.has(tagOf(cur))) continue;
    const kids = cur.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return n;
}

/** Has `el` a direct child text node with letters (running text, not only markup)? */
function hasOwnText(el: Element): boolean {
  for (const n of Array.from(el.childNodes)) if (n.nodeType === TEXT_NODE && lettersIn((n as Text).data) > 0) return true;
  return false;
}

/** A link that stands on its own (a headline, a user name, a "reply"), not one inside running text. */
export function hasStandaloneLink(el: Element): boolean {
  const stack: Element[] = [el];
  let seen = 0;
  while (stack.length && seen++ < LINK_SEARCH_NODES) {
    const cur = stack.pop() as Element;
    if (tagOf(cur) === 'A' && cur.hasAttribute('href') && cur !== el) {
      const parent = cur.parentNode;
      if (isElement(parent) && !hasOwnText(parent)) return true;
      continue;
    }
    const kids = elementChildren(cur);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Element);
  }
  return false;
}

/** The words an element's author named it by: classes and id, digits dropped (post_512301 → post_). */
function roleTokens(el: Element): Set<string> {
  const out = new Set<string>();
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.toLowerCase().split(/\s+/)) if (c) out.add(c.replace(/\d+/g, ''));
  const id = el.getAttribute('id');
  if (id) out.add(`#${id.toLowerCase().replace(/\d+/g, '')}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Compares sibling elements: same tag, similar names, similar make-up. Caches what it computes;
 * one instance serves one extraction.
 */
export class StructureReader {
  private readonly shapes = new Map<Element, Set<string>>();
  private readonly roles = new Map<Element, Set<string>>();
  private readonly groups = new Map<Element, Element[] | null>();
  private readonly lettered = new Map<Element, boolean>();
  private readonly linked = new Map<Element, boolean>();

  private rolesOf(el: Element): Set<string> {
    let r = this.roles.get(el);
    if (!r) {
      r = roleTokens(el);
      this.roles.set(el, r);
    }
    return r;
  }

  /** What an element is made of: the tags and class names of its descendants, a few levels deep. */
  private shapeOf(el: Element): Set<string> {
    let shape = this.shapes.get(el);
    if (shape) return shape;
    shape = new Set<string>();
    const queue: Array<[Element, number]> = elementChildren(el).map((c) => [c, 1]);
    let seen = 0;
    while (queue.length && seen++ < SHAPE_NODES) {
      const [cur, depth] = queue.shift() as [Element, number];
      shape.add(
        `${tagOf(cur)}.${[...this.rolesOf(cur)]
          .filter((t) => !t.startsWith('#'))
          .sort()
          .join('.')}`,
      );
      if (depth < 3) for (const c of elementChildren(cur)) queue.push([c, depth + 1]);
    }
    this.shapes.set(el, shape);
    return shape;
  }

  similar(a: Element, b: Element): boolean {
    if (a === b) return true;
    if (tagOf(a) !== tagOf(b)) return false;
    if (jaccard(this.rolesOf(a), this.rolesOf(b)) < 0.5) return false;
    return jaccard(this.shapeOf(a), this.shapeOf(b)) >= 0.5;
  }

  private hasLetters(el: Element): boolean {
    let v = this.lettered.get(el);
    if (v === undefined) {
      v = countLetters(el, MIN_ITEM_LETTERS) >= MIN_ITEM_LETTERS;
      this.lettered.set(el, v);
    }
    return v;
  }

  private hasLink(el: Element): boolean {
    let v = this.linked.get(el);
    if (v === undefined) {
      v = hasStandaloneLink(el);
      this.linked.set(el, v);
    }
    return v;
  }

  /**
   * The listing `el` is one item of: its similar siblings (itself included), when there are at
   * least MIN_LISTING_ITEMS of them with text and most have a standalone link. Null otherwise.
   * Only siblings near `el` are compared, and the answer is remembered for every item found, so a
   * list of ten thousand comments costs a few hundred comparisons.
   */
  listingOf(el: Element): Element[] | null {
    const cached = this.groups.get(el);
    if (cached !== undefined) return cached;
    let result: Element[] | null = null;
    const parent = el.parentNode;
    if (UNIT_TAGS.has(tagOf(el)) && isElement(parent)) {
      const tag = tagOf(el);
      const siblings = elementChildren(parent).filter((s) => tagOf(s) === tag);
      if (siblings.length >= MIN_LISTING_ITEMS) {
        const at = siblings.indexOf(el);
        const near = siblings.slice(Math.max(0, at - MAX_SIBLINGS / 2), at + MAX_SIBLINGS / 2);
        const items = near.filter((s) => this.similar(el, s) && this.hasLetters(s));
        const linked = items.filter((s) => this.hasLink(s)).length;
        if (items.includes(el) && items.length >= MIN_LISTING_ITEMS && linked * 3 >= items.length * 2) result = items;
      }
    }
    this.groups.set(el, result);
    if (result) for (const item of result) if (!this.groups.has(item)) this.groups.set(item, result);
    return result;
  }
}

/** The deepest element containing all of `nodes` (null for none). */
export function commonAncestor(nodes: readonly Node[]): Element | null {
  if (!nodes.length) return null;
  const chain: Node[] = [];
  for (let p = (nodes[0] as Node).parentNode; p; p = p.parentNode) chain.push(p);
  const depthOf = new Map<Node, number>();
  chain.forEach((n, i) => {
    depthOf.set(n, i);
  });
  // Each node meets the first node's ancestor chain somewhere; the highest meeting point wins.
  let meet = 0;
  for (const node of nodes) {
    for (let p = node.parentNode; p; p = p.parentNode) {
      const d = depthOf.get(p);
      if (d !== undefined) {
        if (d > meet) meet = d;
        break;
      }
    }
  }
  for (let i = meet; i < chain.length; i++) if (isElement(chain[i])) return chain[i] as Element;
  return null;
}

/** Is `inner` inside `outer` (or the same)? */
export function within(inner: Node, outer: Node): boolean {
  for (let p: Node | null = inner; p; p = p.parentNode) if (p === outer) return true;
  return false;
}
