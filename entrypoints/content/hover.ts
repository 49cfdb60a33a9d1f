/**
 * Hover timing, after wikimedia/mediawiki-extensions-Popups (src/actions.js): a card appears only
 * after the pointer has rested on a name for SHOW_DELAY_MS (their FETCH_COMPLETE_TARGET_DELAY),
 * moving on cancels it, and leaving the name (or the card) hides it after HIDE_GRACE_MS (their
 * ABANDON_END_DELAY), so the pointer can travel from the name into the card.
 * While the card is pinned (keyboard names mode, or stepping through mentions) the pointer is
 * ignored: the card stays with the name the reader chose.
 */
import { caretAt, rectAtPoint } from '../../lib/highlight/hit-test';
import type { HighlightPainter, PaintedMention } from '../../lib/highlight/paint';

export const SHOW_DELAY_MS = 500;
export const HIDE_GRACE_MS = 300;

export interface HoverCallbacks {
  show(p: PaintedMention, rect: DOMRect): void;
  hide(): void;
  /** Whether an event target is inside our card. */
  inCard(target: EventTarget | null): boolean;
  /** True while the card is pinned and the pointer must not move it. */
  suspended(): boolean;
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

  constructor(
    private readonly doc: Document,
    private readonly painter: () => HighlightPainter | null,
    private readonly cb: HoverCallbacks,
  ) {}

  private get win(): Window {
    return this.doc.defaultView as Window;
  }

  start(): void {
    this.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onMove, true);
    this.forget();
  }

  /** Forgets any pending show and the shown card (the card was closed or taken over elsewhere). */
  forget(): void {
    this.win.clearTimeout(this.showTimer);
    this.win.clearTimeout(this.hideTimer);
    this.showTimer = undefined;
    this.hideTimer = undefined;
    this.pending = null;
    this.shown = null;
  }

  private check(): void {
    this.frame = 0;
    const e = this.last;
    if (!e) return;
    if (this.cb.suspended()) {
      this.forget();
      return;
    }
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
        this.cb.show(hit.p, rect);
      }, SHOW_DELAY_MS);
    }
    if (this.shown && this.hideTimer === undefined) {
      this.hideTimer = this.win.setTimeout(() => {
        this.hideTimer = undefined;
        this.shown = null;
        this.cb.hide();
      }, HIDE_GRACE_MS);
    }
  }

  private hitTest(x: number, y: number): { p: PaintedMention; rect: DOMRect } | null {
    const painter = this.painter();
    if (!painter) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const p = painter.mentionAtCaret(caret.node, caret.offset);
    if (!p) return null;
    const rect = rectAtPoint(p.range, x, y);
    return rect ? { p, rect } : null;
  }
}
