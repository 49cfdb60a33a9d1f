/**
 * Painting mentions with the CSS Custom Highlight API: one Highlight per entity type, made of
 * Ranges over the page's own text nodes. The page's DOM and text are never changed; the styles
 * (::highlight(dalil-person) …) come from the content script's manifest stylesheet.
 *
 * The painter keeps every mention it could place ("placed"), and shows those that pass the
 * reader's switches: highlights on, the type on, the form not turned off ("Not a name here").
 * Paragraphs can be added and removed as the page changes; what stays keeps its Range objects.
 */
import type { TextBlock } from '../article/extract';
import type { EntityType } from '../glossary/types';
import type { BlockMention } from '../ner/blocks';

export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'dalil-person',
  organization: 'dalil-organization',
  place: 'dalil-place',
};
export const ACTIVE_HIGHLIGHT = 'dalil-active';

export interface PaintedMention {
  /** The mention; `block` is its index in the batch it arrived with (use `block` below instead). */
  mention: BlockMention;
  range: Range;
  block: TextBlock;
  /** Index among the shown mentions, in reading order; -1 while hidden. */
  index: number;
}

export interface PainterSwitches {
  types?: Record<EntityType, boolean>;
  visible?: boolean;
  keep?: (m: BlockMention) => boolean;
}

interface NodeSlot {
  block: TextBlock;
  node: number;
}

type HighlightWindow = Window & typeof globalThis;

// Node.DOCUMENT_POSITION_*: spelled out so this module loads where there is no DOM (Node tests).
const PRECEDING = 2;
const FOLLOWING = 4;

/**
 * Where text is never painted, whatever the extractor says: what the reader types or edits, and
 * code. (The extractor skips most of these; this is the painter's own guard.)
 */
const NEVER_PAINT = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
]);

export function isPaintable(node: Node): boolean {
  for (let p = node.parentElement; p; p = p.parentElement) {
    if (NEVER_PAINT.has(p.tagName.toUpperCase())) return false;
    if ((p as HTMLElement).isContentEditable) return false;
  }
  return true;
}

/** Finds the text node holding `offset` of a block (binary search over node starts). */
function locate(block: TextBlock, offset: number, isEnd: boolean): [Text, number] | null {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  const target = isEnd ? offset - 1 : offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= target) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  const local = offset - (starts[lo] as number);
  if (local < 0 || local > node.data.length) return null;
  return [node, local];
}

export class HighlightPainter {
  /** Every placed mention, in reading order. */
  private placed: PaintedMention[] = [];
  private shown: PaintedMention[] = [];
  private readonly byBlock = new Map<TextBlock, PaintedMention[]>();
  private readonly slots = new Map<Text, NodeSlot>();
  private enabledTypes: Record<EntityType, boolean> = { person: true, organization: true, place: true };
  private visible = true;
  private keep: (m: BlockMention) => boolean = () => true;
  private active: PaintedMention | null = null;

  constructor(private readonly doc: Document) {}

  static supported(win: HighlightWindow): boolean {
    return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  private get win(): HighlightWindow {
    return this.doc.defaultView as HighlightWindow;
  }

  /** The shown mentions, in reading order. */
  get mentions(): readonly PaintedMention[] {
    return this.shown;
  }

  /** Every placed mention, shown or not, in reading order. */
  get all(): readonly PaintedMention[] {
    return this.placed;
  }

  get activeMention(): PaintedMention | null {
    return this.active;
  }

  /** Replaces what is painted with `mentions` over `blocks`. */
  paint(blocks: TextBlock[], mentions: readonly BlockMention[], types?: Record<EntityType, boolean>): void {
    if (types) this.enabledTypes = types;
    this.placed = [];
    this.byBlock.clear();
    this.slots.clear();
    this.add(blocks, mentions);
  }

  /** Adds paragraphs and their mentions (whose `block` indexes `blocks`), keeping what is painted. */
  add(blocks: readonly TextBlock[], mentions: readonly BlockMention[]): void {
    for (const block of blocks) {
      this.byBlock.set(block, []);
      block.nodes.forEach((n, ni) => {
        this.slots.set(n, { block, node: ni });
      });
    }
    for (const m of mentions) {
      const block = blocks[m.block];
      if (!block) continue;
      const range = this.rangeFor(block, m);
      if (!range) continue;
      const p: PaintedMention = { mention: m, range, block, index: -1 };
      this.byBlock.get(block)?.push(p);
      this.placed.push(p);
    }
    this.sortPlaced();
    this.render();
  }

  /** Forgets paragraphs (gone from the page, or changed and about to be read again). */
  remove(blocks: Iterable<TextBlock>): void {
    let any = false;
    for (const block of blocks) {
      if (!this.byBlock.delete(block)) continue;
      any = true;
      for (const n of block.nodes) if (this.slots.get(n)?.block === block) this.slots.delete(n);
    }
    if (!any) return;
    this.placed = this.placed.filter((p) => this.byBlock.has(p.block));
    this.render();
  }

  /** Drops mentions whose text the page has changed or removed since they were painted. */
  prune(): number {
    const before = this.placed.length;
    this.placed = this.placed.filter((p) => p.range.toString() === p.mention.text && p.range.startContainer.isConnected);
    const dropped = before - this.placed.length;
    if (dropped) {
      const alive = new Set(this.placed);
      for (const [block, list] of this.byBlock)
        this.byBlock.set(
          block,
          list.filter((p) => alive.has(p)),
        );
      this.render();
    }
    return dropped;
  }

  setTypes(types: Record<EntityType, boolean>): void {
    this.configure({ types });
  }

  /**
   * The reader's switches, applied at once: which types are on, highlights on or off altogether
   * (the toggle-all command), and which mentions may be shown (their "Not a name here").
   */
  configure(switches: PainterSwitches): void {
    if (switches.types) this.enabledTypes = switches.types;
    if (switches.visible !== undefined) this.visible = switches.visible;
    if (switches.keep) this.keep = switches.keep;
    this.render();
  }

  private rangeFor(block: TextBlock, m: BlockMention): Range | null {
    const a = locate(block, m.start, false);
    const z = locate(block, m.end, true);
    if (!a || !z) return null;
    if (!isPaintable(a[0]) || (z[0] !== a[0] && !isPaintable(z[0]))) return null;
    // The page may have changed under us since the text was read: paint only what still matches.
    const range = this.doc.createRange();
    try {
      range.setStart(a[0], a[1]);
      range.setEnd(z[0], z[1]);
    } catch {
      return null;
    }
    return range.toString() === m.text ? range : null;
  }

  /** Reading order: paragraphs in document order, mentions by offset within each. */
  private sortPlaced(): void {
    const blocks = [...this.byBlock.keys()].filter((b) => b.nodes.length > 0);
    blocks.sort((a, b) => {
      const pos = (a.nodes[0] as Text).compareDocumentPosition(b.nodes[0] as Text);
      if (pos & FOLLOWING) return -1;
      if (pos & PRECEDING) return 1;
      return 0;
    });
    const order = new Map<TextBlock, number>();
    blocks.forEach((b, i) => {
      order.set(b, i);
    });
    this.placed.sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || a.mention.start - b.mention.start);
  }

  private isShown(p: PaintedMention): boolean {
    return this.visible && this.enabledTypes[p.mention.type] && this.keep(p.mention);
  }

  /** Registers the highlights (one per type) in the page's highlight registry. */
  private render(): void {
    for (const p of this.placed) p.index = -1;
    this.shown = this.placed.filter((p) => this.isShown(p));
    this.shown.forEach((p, i) => {
      p.index = i;
    });
    const registry = this.win.CSS.highlights;
    for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
      const ranges = this.shown.filter((p) => p.mention.type === type).map((p) => p.range);
      if (ranges.length) registry.set(HIGHLIGHT_NAMES[type], this.highlight(ranges, 0));
      else registry.delete(HIGHLIGHT_NAMES[type]);
    }
    if (this.active && this.active.index < 0) this.setActive(null);
  }

  private highlight(ranges: Range[], priority: number): Highlight {
    const h = new this.win.Highlight();
    for (const r of ranges) h.add(r);
    // The active mention paints over its type's colour, whatever the registration order.
    if ('priority' in h) h.priority = priority;
    return h;
  }

  /** Marks one mention as active (hovered, or the focus of keyboard names mode). */
  setActive(p: PaintedMention | null): void {
    this.active = p;
    if (p) this.win.CSS.highlights.set(ACTIVE_HIGHLIGHT, this.highlight([p.range], 1));
    else this.win.CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  clear(): void {
    const registry = this.win.CSS.highlights;
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    registry.delete(ACTIVE_HIGHLIGHT);
    this.active = null;
    this.placed = [];
    this.shown = [];
    this.byBlock.clear();
    this.slots.clear();
  }

  /** The shown mention at a caret position (text node + offset), if any. */
  mentionAtCaret(node: Node, offset: number): PaintedMention | null {
    const slot = this.slots.get(node as Text);
    if (!slot) return null;
    const at = (slot.block.starts[slot.node] as number) + offset;
    for (const p of this.byBlock.get(slot.block) ?? []) {
      if (p.index < 0) continue;
      if (p.mention.start <= at && at <= p.mention.end) return p;
    }
    return null;
  }

  /** Whether a text node belongs to a paragraph the painter knows. */
  knows(node: Node): boolean {
    return this.slots.has(node as Text);
  }

  /** The shown mentions of one entity, in reading order. */
  mentionsOf(key: string): PaintedMention[] {
    return this.shown.filter((p) => p.mention.key === key);
  }

  /** The shown mention covering the same text as `p` (after a repaint made new ranges), if any. */
  sameAs(p: PaintedMention): PaintedMention | null {
    const { startContainer, startOffset } = p.range;
    return (
      this.shown.find(
        (q) => q.range.startContainer === startContainer && q.range.startOffset === startOffset && q.mention.text === p.mention.text,
      ) ?? null
    );
  }
}
