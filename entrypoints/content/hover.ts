/**
 * Hover timing, after wikimedia/mediawiki-extensions-Popups: a card appears only after the pointer
 * has rested on a name for SHOW_DELAY_MS, moving on cancels it, and leaving the name (or the card)
 * hides it after HIDE_GRACE_MS, so the pointer can travel from the name into the card.
 */
import { caretAt, rectAtPoint } from '../../lib/highlight/hit-test';
import type { HighlightPainter, PaintedMention } from '../../lib/highlight/paint';

export const SHOW_DELAY_MS = 450;
export const HIDE_GRACE_MS = 300;

export interface HoverCallbacks {
  show(p: PaintedMention, rect: DOMRect): void;
  hide(): void;
  /** Whether an event target is inside our card. */
  inCard(target: EventTarget | null): boolean;
}

export class HoverController {
  private showTimer: number | undefined;
  private hideTimer: number | undefined;
  private pending: PaintedMention | null = null;
  private shown: PaintedMention | null = null;
  private frame = 0;
  private last: PointerEvent | null = null;
  private readonly onMove = (e: PointerEvent) => {
    this.last = e;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.check());
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (this.shown || this.pending)) this.close();
  };
  private readonly onScroll = () => {
    if (this.shown) this.close();
  };

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly cb: HoverCallbacks,
  ) {}

  private get win(): Window {
    return this.doc.defaultView as Window;
  }

  start(): void {
    this.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.doc.addEventListener('keydown', this.onKey, true);
    this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onMove, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.win.removeEventListener('scroll', this.onScroll, true);
    this.close();
  }

  /** Hides the card and forgets any pending show. */
  close(): void {
    this.win.clearTimeout(this.showTimer);
    this.win.clearTimeout(this.hideTimer);
    this.showTimer = undefined;
    this.hideTimer = undefined;
    this.pending = null;
    if (this.shown) {
      this.painter.setActive(null);
      this.shown = null;
    }
    this.cb.hide();
  }

  private check(): void {
    this.frame = 0;
    const e = this.last;
    if (!e) return;
    if (this.cb.inCard(e.target)) {
      // Over the card: keep it.
      this.win.clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      return;
    }
    const hit = this.hitTest(e.clientX, e.clientY);
    if (hit && hit.p === this.shown) {
      this.win.clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      return;
    }
    if (hit && hit.p === this.pending) return;
    // Moved on: whatever was pending is cancelled.
    this.win.clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.pending = null;
    if (hit) {
      this.pending = hit.p;
      const rect = hit.rect;
      this.showTimer = this.win.setTimeout(() => {
        this.win.clearTimeout(this.hideTimer);
        this.hideTimer = undefined;
        this.shown = hit.p;
        this.pending = null;
        this.painter.setActive(hit.p);
        this.cb.show(hit.p, rect);
      }, SHOW_DELAY_MS);
    }
    if (this.shown && this.hideTimer === undefined) {
      this.hideTimer = this.win.setTimeout(() => {
        this.hideTimer = undefined;
        this.painter.setActive(null);
        this.shown = null;
        this.cb.hide();
      }, HIDE_GRACE_MS);
    }
  }

  private hitTest(x: number, y: number): { p: PaintedMention; rect: DOMRect } | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const p = this.painter.mentionAtCaret(caret.node, caret.offset);
    if (!p) return null;
    const rect = rectAtPoint(p.range, x, y);
    return rect ? { p, rect } : null;
  }
}
