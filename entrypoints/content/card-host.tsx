/**
 * The card's home: an element appended to <html> holding an open shadow root, so the page's CSS
 * cannot reach our UI and ours cannot reach the page. Created on first use. Positioned next to
 * the name with Floating UI, flipping above when there is no room below and shifting to stay on
 * screen: never over the name, never off-screen. A polite live region in the same shadow root
 * tells screen readers what the card says.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import a11yCss from '../../components/a11y.css?raw';
import cardCss from '../../components/card.css?raw';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';

export const CARD_HOST_TAG = 'dalil-card';

/** What the card is placed against: the name's box, asked again whenever the card is placed. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
}

/** Screen readers read a live region's change only once the region is in the accessibility tree. */
const ANNOUNCE_DELAY_MS = 120;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLDivElement | null = null;
  private live: HTMLDivElement | null = null;
  private visible = false;
  private anchor: Anchor | null = null;
  private rtl = false;
  private announceTimer: number | undefined;

  constructor(private readonly doc: Document) {}

  get isVisible(): boolean {
    return this.visible;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  private get win(): Window {
    return this.doc.defaultView as Window;
  }

  private ensure(): { host: HTMLElement; mount: HTMLDivElement } {
    if (this.host && this.mount && this.host.isConnected) return { host: this.host, mount: this.mount };
    const host = this.doc.createElement(CARD_HOST_TAG);
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = a11yCss + cardCss;
    const mount = this.doc.createElement('div');
    const live = this.doc.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.dataset.testid = 'card-live';
    root.append(style, mount, live);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    this.live = live;
    return { host, mount };
  }

  /** Shows the card beside `anchor`; `rtl` is the page's direction (the card opens toward the reading). */
  async show(props: EntityCardProps, anchor: Anchor, rtl: boolean): Promise<void> {
    const { host, mount } = this.ensure();
    render(<EntityCard {...props} />, mount);
    host.style.display = 'block';
    host.setAttribute('dir', 'ltr');
    this.visible = true;
    this.anchor = anchor;
    this.rtl = rtl;
    await this.place();
  }

  /** Places the card again (after a scroll, or when it changed size). */
  async place(): Promise<void> {
    const host = this.host;
    const anchor = this.anchor;
    if (!host || !anchor || !this.visible) return;
    const box = anchor.getBoundingClientRect();
    // The name has left the screen (the reader scrolled): hide the card until it is back.
    const offScreen = box.bottom < 0 || box.top > this.win.innerHeight || (box.width === 0 && box.height === 0);
    host.style.visibility = offScreen ? 'hidden' : 'visible';
    if (offScreen) return;
    const rtl = this.rtl;
    const { x, y } = await computePosition(anchor, host, {
      strategy: 'fixed',
      placement: rtl ? 'bottom-end' : 'bottom-start',
      middleware: [offset(6), flip({ fallbackPlacements: [rtl ? 'top-end' : 'top-start', 'bottom', 'top'] }), shift({ padding: 8 })],
    });
    if (!this.visible || this.anchor !== anchor) return;
    host.style.left = `${Math.round(x)}px`;
    host.style.top = `${Math.round(y)}px`;
  }

  /** Re-renders the shown card with new props (e.g. when the glossary entry arrives). */
  update(props: EntityCardProps): void {
    if (!this.visible || !this.mount) return;
    render(<EntityCard {...props} />, this.mount);
    void this.place();
  }

  /** Says `text` to screen readers, politely (after what they are reading). */
  announce(text: string): void {
    this.ensure();
    this.win.clearTimeout(this.announceTimer);
    this.announceTimer = this.win.setTimeout(() => {
      if (this.live) this.live.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  hide(): void {
    this.win.clearTimeout(this.announceTimer);
    if (!this.host || !this.visible) return;
    this.visible = false;
    this.anchor = null;
    this.host.style.display = 'none';
    if (this.mount) render(null, this.mount);
    if (this.live) this.live.textContent = '';
  }

  /** Whether an event target (a node, or the document's window in a composed path) is our card or inside it. */
  contains(target: EventTarget | null): boolean {
    if (!target || !this.host) return false;
    if (target === this.host) return true;
    return typeof (target as Node).nodeType === 'number' && this.host.contains(target as Node);
  }

  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
  }

  /** Moves keyboard focus to the card's first control. */
  focus(): boolean {
    const first = this.host?.shadowRoot?.querySelector<HTMLElement>('button:not([disabled]), a[href]');
    first?.focus();
    return !!first;
  }

  /** Gives keyboard focus back to the page. */
  blur(): void {
    (this.host?.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.live = null;
  }
}
