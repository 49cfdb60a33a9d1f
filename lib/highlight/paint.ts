/**
 * Painting mentions with the CSS Custom Highlight API: one Highlight per entity type, made of
 * Ranges over the page's own text nodes. The page's DOM and text are never changed; the styles
 * (::highlight(dalil-person) …) come from the content script's manifest stylesheet.
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
  mention: BlockMention;
  range: Range;
  /** Index among all painted mentions, in reading order. */
  index: number;
}

interface NodeSlot {
  block: number;
  node: number;
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
  private painted: PaintedMention[] = [];
  private readonly slots = new Map<Text, NodeSlot>();
  private blocks: TextBlock[] = [];
  private enabledTypes: Record<EntityType, boolean> = { person: true, organization: true, place: true };

  constructor(private readonly doc: Document) {}

  static supported(win: Window & typeof globalThis): boolean {
    return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  get mentions(): readonly PaintedMention[] {
    return this.painted;
  }

  /** Replaces what is painted with `mentions` over `blocks`. */
  paint(blocks: TextBlock[], mentions: readonly BlockMention[], types?: Record<EntityType, boolean>): void {
    this.blocks = blocks;
    if (types) this.enabledTypes = types;
    this.slots.clear();
    blocks.forEach((b, bi) => {
      b.nodes.forEach((n, ni) => {
        this.slots.set(n, { block: bi, node: ni });
      });
    });
    this.painted = [];
    for (const m of mentions) {
      const block = blocks[m.block];
      if (!block) continue;
      const a = locate(block, m.start, false);
      const z = locate(block, m.end, true);
      if (!a || !z) continue;
      // The page may have changed under us since the text was read: paint only what still matches.
      const range = this.doc.createRange();
      try {
        range.setStart(a[0], a[1]);
        range.setEnd(z[0], z[1]);
      } catch {
        continue;
      }
      if (range.toString() !== m.text) continue;
      this.painted.push({ mention: m, range, index: this.painted.length });
    }
    this.render();
  }

  setTypes(types: Record<EntityType, boolean>): void {
    this.enabledTypes = types;
    this.render();
  }

  /** Registers the highlights (one per type) in the page's highlight registry. */
  private render(): void {
    const registry = (this.doc.defaultView as Window & typeof globalThis).CSS.highlights;
    const HighlightCtor = (this.doc.defaultView as Window & typeof globalThis).Highlight;
    for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
      const ranges = this.enabledTypes[type] ? this.painted.filter((p) => p.mention.type === type).map((p) => p.range) : [];
      if (ranges.length) registry.set(HIGHLIGHT_NAMES[type], new HighlightCtor(...ranges));
      else registry.delete(HIGHLIGHT_NAMES[type]);
    }
  }

  /** Marks one mention as active (hovered, or the focus of keyboard names mode). */
  setActive(p: PaintedMention | null): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    if (p) win.CSS.highlights.set(ACTIVE_HIGHLIGHT, new win.Highlight(p.range));
    else win.CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  clear(): void {
    const registry = (this.doc.defaultView as Window & typeof globalThis).CSS.highlights;
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    registry.delete(ACTIVE_HIGHLIGHT);
    this.painted = [];
    this.slots.clear();
    this.blocks = [];
  }

  /** The painted mention at a caret position (text node + offset), if any and if its type is shown. */
  mentionAtCaret(node: Node, offset: number): PaintedMention | null {
    const slot = this.slots.get(node as Text);
    if (!slot) return null;
    const block = this.blocks[slot.block] as TextBlock;
    const at = (block.starts[slot.node] as number) + offset;
    for (const p of this.painted) {
      if (p.mention.block !== slot.block || !this.enabledTypes[p.mention.type]) continue;
      if (p.mention.start <= at && at <= p.mention.end) return p;
    }
    return null;
  }

  /** All painted mentions of one entity, in reading order. */
  mentionsOf(key: string): PaintedMention[] {
    return this.painted.filter((p) => p.mention.key === key);
  }
}
