/**
 * Text blocks: the paragraphs of an extracted article as runs of the live page's text nodes.
 *
 * Readability works on a clone. The clone has the same text nodes in the same order as the live
 * page, so every clone text node that survives into Readability's result leads back to its live
 * twin; highlights then become Ranges over live nodes and the page stays as the publisher made it.
 */

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
/** Text a reader does not read as the article, or that is not text at all. */
export const SKIP_TAGS = new Set([
  'PRE',
  'KBD',
  'SAMP',
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

function isInside(node: Node, tags: Set<string>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) {
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

/** Pairs each clone text node with its live twin; empty when the two trees differ. */
export function twinTextNodes(live: Node, clone: Node): Map<Node, Text> {
  const liveNodes = textNodesOf(live);
  const cloneNodes = textNodesOf(clone);
  const twin = new Map<Node, Text>();
  if (liveNodes.length === cloneNodes.length) {
    cloneNodes.forEach((n, i) => {
      twin.set(n, liveNodes[i] as Text);
    });
  }
  return twin;
}

/** The blocks of Readability's result `content` (clone nodes), as live text nodes; empty ones dropped. */
export function blocksOf(content: Node, twin: Map<Node, Text>): TextBlock[] {
  const blocks: TextBlock[] = [];
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
  return blocks.filter((b) => b.text.trim().length > 0);
}

/** A block's text as a reader sees it: whitespace collapsed. */
export function blockText(b: TextBlock): string {
  return b.text.replace(/\s+/g, ' ').trim();
}

export function isHeadingBlock(b: TextBlock): boolean {
  return /^h[1-6]$/.test(b.tag);
}
