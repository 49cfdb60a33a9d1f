/**
 * One page's Dalil. Leaves non-Arabic pages alone at once; on an Arabic article it sends the text
 * blocks to the background, paints the mentions it returns, and keeps them right as the page and
 * the reader's settings change:
 * - new or changed paragraphs are read in batches, with the names already found as context, so
 *   a later "لافروف" is still Sergey Lavrov and the counts cover the whole article;
 * - a single-page app's navigation starts afresh;
 * - a changed glossary (another tab added a name) re-reads the article at once;
 * - the switches (types, highlights on/off, "Not a name here", this site) apply at once.
 * The page's DOM and text are never modified; our only element is the card's shadow host.
 */
import { browser } from 'wxt/browser';
import type { SuppressScope } from '../../components/EntityCard';
import { normalizeKey } from '../../lib/arabic/normalize';
import { extractArticle, looksArabic, type TextBlock } from '../../lib/article/extract';
import { NAMES_MODE_COMMAND, TOGGLE_HIGHLIGHTS_COMMAND } from '../../lib/browser/commands';
import { sendToBackground } from '../../lib/browser/messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/browser/settings-store';
import type { EntityRef, GlossaryEntry } from '../../lib/glossary/types';
import { contextNames, diffBlocks, firstRoles, withoutContext } from '../../lib/highlight/changes';
import { HighlightPainter, type PaintedMention } from '../../lib/highlight/paint';
import { resolveLang, type UiLang } from '../../lib/i18n/index';
import { GLOSSARY_REVISION_KEY, type PageArticleResponse, type PageRequest } from '../../lib/messages';
import type { BlockMention } from '../../lib/ner/blocks';
import type { Role } from '../../lib/ner/types';
import { DEFAULT_SETTINGS, isSiteEnabled, isSuppressed, type Settings, withSuppressed } from '../../lib/settings';
import { Reader } from './reader';
import { PageWatcher } from './watch';

type PageState =
  | { kind: 'idle' }
  | { kind: 'disabled' }
  | { kind: 'not-article'; reason: string }
  | { kind: 'article'; title: string | null };

/** The container of the article's paragraphs: changes in or around it are the ones we look at. */
function articleRoot(doc: Document, blocks: readonly TextBlock[]): Node | null {
  const first = blocks[0]?.nodes[0];
  const lastBlock = blocks[blocks.length - 1];
  const last = lastBlock?.nodes[lastBlock.nodes.length - 1];
  if (!first?.isConnected || !last?.isConnected) return null;
  const r = doc.createRange();
  r.setStartBefore(first);
  r.setEndAfter(last);
  return r.commonAncestorContainer;
}

export class DalilPage {
  private settings: Settings = DEFAULT_SETTINGS;
  private state: PageState = { kind: 'idle' };
  private painter: HighlightPainter | null = null;
  private readonly reader: Reader;
  private readonly watcher: PageWatcher;
  /** The article's paragraphs as painted, in order. */
  private known: TextBlock[] = [];
  /** Bumped whenever what is in flight must be dropped (navigation, switched off, a fresh read). */
  private run = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The next batch reads the page afresh (after a navigation) rather than only what changed. */
  private afresh = true;
  private readonly entries = new Map<string, Promise<GlossaryEntry | null>>();
  private readonly forms = new WeakMap<BlockMention, string>();
  private roles = new Map<string, Role>();
  private startedAt = 0;
  /** Milliseconds from start() to painted highlights, for the popup and the tests. */
  private paintMs: number | null = null;

  constructor(private readonly doc: Document) {
    this.reader = new Reader(doc, {
      painter: () => this.painter,
      lang: () => this.lang(),
      cardFirst: () => this.settings.cardFirst,
      entry: (id) => this.lookup(id),
      starred: (entity) => this.starred(entity),
      setStar: (id, starred) => sendToBackground({ type: 'star:set', id, starred }).then((r) => r.starred),
      articleRole: (key) => this.roles.get(key) ?? null,
      suppress: (p, scope) => void this.suppress(p, scope),
      openOptions: (fragment) => void this.openOptions(fragment),
    });
    this.watcher = new PageWatcher(doc, {
      changed: () => void this.enqueue(() => (this.afresh ? this.readAfresh() : this.readChanges())),
      navigated: () => this.navigated(),
      painted: (node) => this.painter?.knows(node) ?? false,
    });
  }

  private get host(): string {
    return this.doc.location.hostname;
  }

  private get win(): Window & typeof globalThis {
    return this.doc.defaultView as Window & typeof globalThis;
  }

  async start(): Promise<void> {
    this.startedAt = performance.now();
    browser.runtime.onMessage.addListener((msg: unknown) => this.onMessage(msg as PageRequest));
    this.settings = await loadSettings();
    onSettingsChanged((s) => void this.onSettings(s));
    browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && GLOSSARY_REVISION_KEY in changes) this.glossaryChanged();
    });
    await this.enqueue(() => this.readAfresh());
  }

  /** One read at a time, in order: a batch never overlaps another. */
  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((err: unknown) => console.warn('Dalil:', err));
    return this.queue;
  }

  private lang(): UiLang {
    return resolveLang(this.settings.uiLanguage, browser.i18n?.getUILanguage?.());
  }

  // ---- messages ------------------------------------------------------------------------------

  private onMessage(msg: PageRequest): Promise<unknown> | undefined {
    if (!msg || typeof msg !== 'object') return undefined;
    switch (msg.type) {
      case 'page:article':
        return Promise.resolve(this.describe());
      case 'page:scrollTo':
        return Promise.resolve({ ok: this.reader.scrollTo(String(msg.key), msg.index) });
      case 'page:command':
        return this.command(String(msg.command)).then(() => ({ ok: true }));
      default:
        return undefined;
    }
  }

  private async command(command: string): Promise<void> {
    if (command === NAMES_MODE_COMMAND) {
      if (this.state.kind === 'article' && this.settings.highlightsOn) this.reader.toggleNamesMode();
    } else if (command === TOGGLE_HIGHLIGHTS_COMMAND) {
      const fresh = await loadSettings();
      const next = { ...fresh, highlightsOn: !fresh.highlightsOn };
      await this.onSettings(next);
      await saveSettings(next);
    }
  }

  private describe(): PageArticleResponse {
    const host = this.host;
    const s = this.state;
    if (s.kind === 'disabled') return { state: 'disabled', host };
    if (s.kind === 'article')
      return { state: 'article', host, title: s.title, blocks: this.known.map((b) => b.text), paintMs: this.paintMs };
    if (s.kind === 'not-article') return { state: 'not-article', host, reason: s.reason };
    return { state: 'not-article', host, reason: 'Dalil is still reading this page.' };
  }

  // ---- settings --------------------------------------------------------------------------------

  private async onSettings(next: Settings): Promise<void> {
    const wasEnabled = isSiteEnabled(this.settings, this.host);
    this.settings = next;
    const enabled = isSiteEnabled(next, this.host);
    if (wasEnabled && !enabled) this.teardown({ kind: 'disabled' });
    else if (!wasEnabled && enabled) await this.enqueue(() => this.readAfresh());
    else this.applySwitches();
  }

  private formOf(m: BlockMention): string {
    let f = this.forms.get(m);
    if (f === undefined) {
      f = normalizeKey(m.text);
      this.forms.set(m, f);
    }
    return f;
  }

  /** Types, highlights on/off and "Not a name here", applied to what is painted. */
  private applySwitches(): void {
    const s = this.settings;
    const host = this.host;
    this.painter?.configure({
      types: s.types,
      visible: s.highlightsOn,
      keep: (m) => !isSuppressed(s, host, this.formOf(m)),
    });
    if (!s.highlightsOn) this.reader.close();
    else this.reader.refresh();
  }

  private async suppress(p: PaintedMention, scope: SuppressScope): Promise<void> {
    const form = this.formOf(p.mention);
    // At once here; then stored (on the latest settings, which another view may have changed).
    this.settings = withSuppressed(this.settings, scope === 'site' ? this.host : '*', form);
    this.applySwitches();
    const fresh = await loadSettings();
    await saveSettings(withSuppressed(fresh, scope === 'site' ? this.host : '*', form));
  }

  // ---- reading the page ------------------------------------------------------------------------

  private teardown(state: PageState): void {
    this.run++;
    this.watcher.stop();
    this.reader.stop();
    this.painter?.clear();
    this.known = [];
    this.roles = new Map();
    this.afresh = true;
    this.state = state;
  }

  private analyze(blocks: string[]) {
    return sendToBackground({ type: 'analyze', blocks });
  }

  /** Reads the whole page: finds the article, analyzes all of it, paints it (replacing what was there). */
  private async readAfresh(): Promise<void> {
    const run = ++this.run;
    this.afresh = false;
    if (!isSiteEnabled(this.settings, this.host)) {
      this.teardown({ kind: 'disabled' });
      return;
    }
    if (!HighlightPainter.supported(this.win)) {
      this.state = { kind: 'not-article', reason: 'This browser cannot paint highlights (no CSS Custom Highlight API).' };
      return;
    }
    // The cheap look first: most pages are not Arabic and are left alone here.
    if (!looksArabic(this.doc)) {
      this.clearPainted();
      this.state = { kind: 'not-article', reason: 'This page is not in Arabic.' };
      return;
    }
    // An Arabic page: its article may arrive or change later.
    this.watcher.start();
    const article = extractArticle(this.doc, this.doc.cloneNode(true) as Document);
    if (!article.isArabicArticle) {
      this.clearPainted();
      this.watcher.setScope(null);
      this.state = { kind: 'not-article', reason: article.reason ?? 'No Arabic article found on this page.' };
      return;
    }
    const result = await this.analyze(article.blocks.map((b) => b.text));
    if (run !== this.run) return; // navigated, switched off or restarted meanwhile
    this.painter ??= new HighlightPainter(this.doc);
    this.applySwitches();
    this.painter.paint(article.blocks, result.mentions);
    this.known = article.blocks;
    this.state = { kind: 'article', title: article.title };
    this.afterPaint();
    this.paintMs ??= performance.now() - this.startedAt;
    this.reader.start();
  }

  /** Reads only what changed since the last read: new and changed paragraphs, with the names already found as context. */
  private async readChanges(): Promise<void> {
    const painter = this.painter;
    if (this.state.kind !== 'article' || !painter) return this.readAfresh();
    const run = this.run;
    const article = extractArticle(this.doc, this.doc.cloneNode(true) as Document);
    painter.prune();
    if (!article.isArabicArticle) {
      this.afterPaint();
      return;
    }
    const diff = diffBlocks(this.known, article.blocks);
    painter.remove(diff.removed);
    this.known = diff.blocks;
    this.state = { kind: 'article', title: article.title };
    if (diff.added.length === 0) {
      this.afterPaint();
      return;
    }
    const context = contextNames(painter.all.map((p) => p.mention));
    const result = await this.analyze([...context, ...diff.added.map((b) => b.text)]);
    if (run !== this.run) return;
    painter.add(diff.added, withoutContext(result.mentions, context.length));
    this.afterPaint();
  }

  private afterPaint(): void {
    this.roles = firstRoles((this.painter?.all ?? []).map((p) => p.mention));
    this.watcher.setScope(articleRoot(this.doc, this.known));
    this.reader.refresh();
  }

  private clearPainted(): void {
    this.reader.close();
    this.painter?.clear();
    this.known = [];
    this.roles = new Map();
  }

  /** A single-page app moved to another address: forget this article, read the next when the page settles. */
  private navigated(): void {
    this.run++;
    this.clearPainted();
    this.state = { kind: 'idle' };
    this.afresh = true;
    this.watcher.setScope(null);
    this.watcher.poke();
  }

  /** The reader's glossary changed (an entry added, edited, imported): read the article again at once. */
  private glossaryChanged(): void {
    this.entries.clear();
    if (this.state.kind === 'article') void this.enqueue(() => this.readAfresh());
  }

  // ---- what the card asks ----------------------------------------------------------------------

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

  private async starred(entity: EntityRef): Promise<boolean | null> {
    try {
      const r = await sendToBackground({ type: 'glossary:search', query: entity.ar, starredOnly: true, limit: 50 });
      return r.entries.some((e) => e.id === entity.id);
    } catch {
      return null;
    }
  }

  /**
   * The options page in a new tab, opened by the background: content scripts have no
   * runtime.openOptionsPage, and Firefox refuses them window.open of an extension page. Should
   * the background not answer, window.open from the reader's click (enough in Chromium).
   */
  private async openOptions(fragment: string): Promise<void> {
    const opened = await sendToBackground({ type: 'options:open', hash: fragment }).then(
      (r) => r.ok,
      () => false,
    );
    if (!opened) this.win.open(`${browser.runtime.getURL('/options.html' as '/')}${fragment}`, '_blank', 'noopener');
  }
}
