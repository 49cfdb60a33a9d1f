/**
 * The eyes and hands. At document idle: leave non-Arabic pages alone at once; find the article
 * (on a clone); send its text blocks to the background; paint the mentions it returns with the
 * CSS Custom Highlight API; show a card when the reader rests the pointer on a name.
 * The page's DOM and text are never modified; our only element is the card's shadow host.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { transliterate } from '../../lib/arabic/transliterate';
import { type ExtractedArticle, extractArticle, looksArabic } from '../../lib/article/extract';
import { sendToBackground } from '../../lib/browser/messaging';
import { loadSettings, onSettingsChanged } from '../../lib/browser/settings-store';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { HighlightPainter, type PaintedMention } from '../../lib/highlight/paint';
import type { PageArticleResponse, PageRequest } from '../../lib/messages';
import type { ArticleEntity } from '../../lib/ner/types';
import { isSiteEnabled, type Settings } from '../../lib/settings';
import { CardHost } from './card-host';
import { HoverController } from './hover';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    new DalilPage(document).start();
  },
});

type PageState =
  | { kind: 'idle' }
  | { kind: 'disabled' }
  | { kind: 'not-article'; reason: string }
  | { kind: 'article'; article: ExtractedArticle; entities: ArticleEntity[] };

class DalilPage {
  private settings: Settings | null = null;
  private state: PageState = { kind: 'idle' };
  private painter: HighlightPainter | null = null;
  private hover: HoverController | null = null;
  private readonly card: CardHost;
  private readonly entries = new Map<string, Promise<GlossaryEntry | null>>();
  private run = 0;
  /** Milliseconds from start() to painted highlights, for the popup and the tests. */
  private paintMs: number | null = null;

  constructor(private readonly doc: Document) {
    this.card = new CardHost(doc);
  }

  private get host(): string {
    return this.doc.location.hostname;
  }

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener((msg: unknown) => this.onMessage(msg as PageRequest));
    this.settings = await loadSettings();
    onSettingsChanged((s) => this.onSettings(s));
    await this.analyze();
  }

  private onMessage(msg: PageRequest): Promise<PageArticleResponse> | undefined {
    if (!msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'page:article') return Promise.resolve(this.describe());
    return undefined;
  }

  private describe(): PageArticleResponse {
    const host = this.host;
    const s = this.state;
    if (s.kind === 'disabled') return { state: 'disabled', host };
    if (s.kind === 'article')
      return { state: 'article', host, title: s.article.title, blocks: s.article.blocks.map((b) => b.text), paintMs: this.paintMs };
    if (s.kind === 'not-article') return { state: 'not-article', host, reason: s.reason };
    return { state: 'not-article', host, reason: 'Dalil is still reading this page.' };
  }

  private async onSettings(next: Settings): Promise<void> {
    const wasEnabled = this.settings ? isSiteEnabled(this.settings, this.host) : true;
    this.settings = next;
    const enabled = isSiteEnabled(next, this.host);
    if (wasEnabled && !enabled) this.teardown({ kind: 'disabled' });
    else if (!wasEnabled && enabled) await this.analyze();
    else this.painter?.setTypes(next.types);
  }

  private teardown(state: PageState): void {
    this.run++;
    this.hover?.stop();
    this.hover = null;
    this.painter?.clear();
    this.painter = null;
    this.card.hide();
    this.state = state;
  }

  private async analyze(): Promise<void> {
    const started = performance.now();
    const run = ++this.run;
    const settings = this.settings as Settings;
    if (!isSiteEnabled(settings, this.host)) {
      this.state = { kind: 'disabled' };
      return;
    }
    const win = this.doc.defaultView as Window & typeof globalThis;
    if (!HighlightPainter.supported(win)) {
      this.state = { kind: 'not-article', reason: 'This browser cannot paint highlights (no CSS Custom Highlight API).' };
      return;
    }
    // The cheap look first: most pages are not Arabic and are left alone here.
    if (!looksArabic(this.doc)) {
      this.state = { kind: 'not-article', reason: 'This page is not in Arabic.' };
      return;
    }
    const article = extractArticle(this.doc, this.doc.cloneNode(true) as Document);
    if (!article.isArabicArticle) {
      this.state = { kind: 'not-article', reason: article.reason ?? 'No Arabic article found on this page.' };
      return;
    }
    const result = await sendToBackground({ type: 'analyze', blocks: article.blocks.map((b) => b.text) });
    if (run !== this.run) return; // switched off or restarted meanwhile
    this.painter ??= new HighlightPainter(this.doc);
    this.painter.paint(article.blocks, result.mentions, settings.types);
    this.paintMs = performance.now() - started;
    this.state = { kind: 'article', article, entities: result.entities };
    this.hover ??= new HoverController(this.doc, this.painter, {
      show: (p, rect) => void this.showCard(p, rect),
      hide: () => this.card.hide(),
      inCard: (t) => this.card.contains(t),
    });
    this.hover.start();
  }

  private lookup(id: string): Promise<GlossaryEntry | null> {
    let p = this.entries.get(id);
    if (!p) {
      p = sendToBackground({ type: 'lookup', id }).then(
        (r) => r.entry,
        () => null,
      );
      this.entries.set(id, p);
    }
    return p;
  }

  private async showCard(p: PaintedMention, rect: DOMRect): Promise<void> {
    const s = this.state;
    const count = s.kind === 'article' ? (s.entities.find((e) => e.key === p.mention.key)?.mentions ?? 1) : 1;
    const mention = p.mention;
    const base = {
      mention,
      count,
      transliteration: transliterate(mention.entity?.ar ?? mention.text),
      onClose: () => this.hover?.close(),
    };
    const rtl = (this.doc.dir || getComputedStyle(this.doc.documentElement).direction) === 'rtl';
    const entryPromise = mention.entity ? this.lookup(mention.entity.id) : Promise.resolve(null);
    await this.card.show({ ...base, entry: null, loading: !!mention.entity }, rect, rtl);
    const entry = await entryPromise;
    this.card.update({ ...base, entry, loading: false });
  }
}
