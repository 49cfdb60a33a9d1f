/**
 * The card's home: an element appended to <html> holding an open shadow root, so the page's CSS
 * cannot reach our UI and ours cannot reach the page. Created on first use. Positioned next to
 * the name with Floating UI, flipping above when there is no room below: never over the name.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '../../components/card.css?raw';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';

export const CARD_HOST_TAG = 'dalil-card';

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLDivElement | null = null;
  private visible = false;

  constructor(private readonly doc: Document) {}

  get isVisible(): boolean {
    return this.visible;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  private ensure(): { host: HTMLElement; mount: HTMLDivElement } {
    if (this.host && this.mount && this.host.isConnected) return { host: this.host, mount: this.mount };
    const host = this.doc.createElement(CARD_HOST_TAG);
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    root.append(style, mount);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return { host, mount };
  }

  /** Shows the card for a name whose box on screen is `anchor`. */
  async show(props: EntityCardProps, anchor: DOMRect, rtl: boolean): Promise<void> {
    const { host, mount } = this.ensure();
    render(<EntityCard {...props} />, mount);
    host.style.display = 'block';
    host.setAttribute('dir', 'ltr');
    this.visible = true;
    const reference = { getBoundingClientRect: () => anchor };
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: rtl ? 'bottom-end' : 'bottom-start',
      middleware: [offset(6), flip({ fallbackPlacements: [rtl ? 'top-end' : 'top-start', 'bottom', 'top'] }), shift({ padding: 8 })],
    });
    if (!this.visible) return;
    host.style.left = `${Math.round(x)}px`;
    host.style.top = `${Math.round(y)}px`;
  }

  /** Re-renders the shown card with new props (e.g. when the glossary entry arrives). */
  update(props: EntityCardProps): void {
    if (this.visible && this.mount) render(<EntityCard {...props} />, this.mount);
  }

  hide(): void {
    if (!this.host || !this.visible) return;
    this.visible = false;
    this.host.style.display = 'none';
    if (this.mount) render(null, this.mount);
  }

  contains(node: EventTarget | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node as Node));
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}
