/**
 * Watching a page that changes after load, without touching it:
 * - text added or changed in the article (live blogs, infinite scroll) is collected into batches
 *   (a MutationObserver, debounced); changes elsewhere (a ticking clock in the header, a rotating
 *   sidebar) are ignored once the article is known, and small changes (a "5 minutes ago" label)
 *   only count when they touch a painted paragraph. Before an article is known (a page rendered
 *   by script), only a sizeable block of Arabic text arriving is worth a look;
 * - a single-page app's navigation (pushState, replaceState, back/forward) is seen as a change of
 *   address: content scripts cannot wrap the page's history functions, so we listen to popstate
 *   and compare location.href on a cheap timer and on every batch.
 */
import { Batcher } from '../../lib/highlight/batcher';
import { arabicLetters, sameDocument } from '../../lib/highlight/changes';

export const BATCH_DELAY_MS = 400;
export const BATCH_MAX_WAIT_MS = 1500;
export const URL_POLL_MS = 500;
/** Arabic letters a change must bring to be read: in the article, and before one is known. */
export const MIN_CHANGE_LETTERS = 12;
export const MIN_ARTICLE_LETTERS = 120;

export interface WatchCallbacks {
  /** New or changed text that may hold names (already batched). */
  changed(): void;
  /** The address changed to another document (SPA navigation). */
  navigated(): void;
  /** Whether a text node belongs to a painted paragraph. */
  painted(node: Node): boolean;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private poll: number | undefined;
  private href: string;
  private scope: Node | null = null;
  private readonly batcher: Batcher;
  private readonly onPop = () => this.checkAddress();

  constructor(
    private readonly doc: Document,
    private readonly cb: WatchCallbacks,
  ) {
    const win = doc.defaultView as Window;
    this.href = doc.location.href;
    this.batcher = new Batcher(
      () => {
        if (!this.checkAddress()) this.cb.changed();
      },
      { delay: BATCH_DELAY_MS, maxWait: BATCH_MAX_WAIT_MS },
      {
        now: () => win.performance.now(),
        setTimeout: (fn, ms) => win.setTimeout(fn, ms),
        clearTimeout: (h) => win.clearTimeout(h as number),
      },
    );
  }

  private get win(): Window {
    return this.doc.defaultView as Window;
  }

  get running(): boolean {
    return this.observer !== null;
  }

  start(): void {
    if (this.observer || !this.doc.body) return;
    this.href = this.doc.location.href;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.matters(r))) this.batcher.poke();
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.win.addEventListener('popstate', this.onPop);
    this.poll = this.win.setInterval(() => this.checkAddress(), URL_POLL_MS);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.win.removeEventListener('popstate', this.onPop);
    this.win.clearInterval(this.poll);
    this.batcher.cancel();
  }

  /** The article's container: once known, only changes in or around it are looked at. */
  setScope(node: Node | null): void {
    this.scope = node;
  }

  /** Asks for a batch even without a change (e.g. to read the page afresh after a navigation). */
  poke(): void {
    this.batcher.poke();
  }

  /** True (and tells) when the address now shows another document. */
  private checkAddress(): boolean {
    const now = this.doc.location.href;
    if (sameDocument(now, this.href)) {
      this.href = now;
      return false;
    }
    this.href = now;
    this.cb.navigated();
    return true;
  }

  private inScope(target: Node): boolean {
    const scope = this.scope;
    if (!scope) return true;
    return scope.contains(target) || target.contains(scope);
  }

  private matters(r: MutationRecord): boolean {
    const scoped = !!this.scope?.isConnected;
    if (scoped && !this.inScope(r.target)) return false;
    const min = scoped ? MIN_CHANGE_LETTERS : MIN_ARTICLE_LETTERS;
    if (r.type === 'characterData') return (scoped && this.cb.painted(r.target)) || arabicLetters((r.target as CharacterData).data) >= min;
    for (const n of Array.from(r.addedNodes)) if (arabicLetters(n.textContent ?? '') >= min) return true;
    for (const n of Array.from(r.removedNodes)) {
      if (scoped && this.cb.painted(n)) return true;
      if (arabicLetters(n.textContent ?? '') >= min) return true;
    }
    return false;
  }
}
