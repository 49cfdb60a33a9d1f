/**
 * The reader's side of the page: the card and how it is reached.
 * - Hover: rest the pointer on a name (hover.ts has the timing); Escape closes.
 * - Pinned: the card's previous/next buttons step through the entity's mentions; the card stays
 *   with the chosen name (scrolling does not close it) until Escape, × or a click elsewhere.
 * - Keyboard names mode (the command, or Alt+Shift+N in the page): Tab/Shift+Tab and the arrows
 *   move through the highlighted names in reading order, the page scrolls to each, the active
 *   one is marked (dalil-active) and the card follows; Enter moves into the card; Escape leaves.
 * Screen readers hear the card through its live region.
 */
import type { CardTheme, EntityCardProps, SuppressScope } from '../../components/EntityCard';
import { cardAnnouncement } from '../../components/EntityCard';
import { transliterate } from '../../lib/arabic/transliterate';
import type { EntityRef, GlossaryEntry } from '../../lib/glossary/types';
import { isNamesModeShortcut, type NamesAction, namesKeyAction, startIndex, stepIndex } from '../../lib/highlight/names-mode';
import type { HighlightPainter, PaintedMention } from '../../lib/highlight/paint';
import { CARD } from '../../lib/i18n/card';
import { translator, type UiLang } from '../../lib/i18n/index';
import type { Role } from '../../lib/ner/types';
import { type Anchor, CardHost } from './card-host';
import { HoverController } from './hover';
import { looksDark } from './page-theme';
import { ArabicSpeech } from './speech';

export const FLASH_MS = 1200;

export interface ReaderDeps {
  painter(): HighlightPainter | null;
  lang(): UiLang;
  cardFirst(): 'en' | 'ar';
  entry(id: string): Promise<GlossaryEntry | null>;
  /** Whether an entity is on the study list; null when it cannot be told. */
  starred(entity: EntityRef): Promise<boolean | null>;
  setStar(id: string, starred: boolean): Promise<boolean>;
  /** The first role the article gives an entity. */
  articleRole(key: string): Role | null;
  suppress(p: PaintedMention, scope: SuppressScope): void;
  /** Opens the options page at a fragment (#add?… or #edit=…). */
  openOptions(fragment: string): void;
}

type Mode = 'none' | 'hover' | 'pinned';

/** A name's first line box: what the card is placed against while it follows the name. */
function anchorOf(p: PaintedMention): Anchor {
  return {
    getBoundingClientRect: () => (p.range.getClientRects()[0] as DOMRect | undefined) ?? p.range.getBoundingClientRect(),
  };
}

export class Reader {
  private readonly card: CardHost;
  private readonly hover: HoverController;
  private readonly speech: ArabicSpeech;
  private mode: Mode = 'none';
  private namesMode = false;
  private current: PaintedMention | null = null;
  private props: EntityCardProps | null = null;
  private readonly stars = new Map<string, boolean>();
  private flashTimer: number | undefined;
  private frame = 0;
  private started = false;

  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  /** Scrolling moves the page under a hover card (close it) and takes a pinned card along. */
  private readonly onScroll = () => {
    if (this.mode === 'hover') this.close();
    else if (this.mode === 'pinned') this.placeSoon();
  };
  /** A resized window (or a browser that reports one spuriously) only moves the card. */
  private readonly onResize = () => {
    if (this.mode !== 'none') this.placeSoon();
  };
  private readonly onPointerDown = (e: PointerEvent) => {
    if (this.mode === 'pinned' && !this.card.contains(e.target)) this.close();
  };

  constructor(
    private readonly doc: Document,
    private readonly deps: ReaderDeps,
  ) {
    this.card = new CardHost(doc);
    this.speech = new ArabicSpeech(this.win as Window & typeof globalThis);
    this.speech.onChange(() => this.rerender());
    this.hover = new HoverController(doc, deps.painter, {
      show: (p, rect) => this.open(p, { getBoundingClientRect: () => rect }, 'hover'),
      hide: () => {
        if (this.mode === 'hover') this.close();
      },
      inCard: (t) => this.card.contains(t),
      suspended: () => this.mode === 'pinned',
    });
  }

  private get win(): Window {
    return this.doc.defaultView as Window;
  }

  private placeSoon(): void {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      void this.card.place();
    });
  }

  get inNamesMode(): boolean {
    return this.namesMode;
  }

  get cardHost(): CardHost {
    return this.card;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.hover.start();
    this.doc.addEventListener('keydown', this.onKey, true);
    this.doc.addEventListener('pointerdown', this.onPointerDown, true);
    this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    this.win.addEventListener('resize', this.onResize, { passive: true });
  }

  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.close();
    this.hover.stop();
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('pointerdown', this.onPointerDown, true);
    this.win.removeEventListener('scroll', this.onScroll, true);
    this.win.removeEventListener('resize', this.onResize);
  }

  /** Hides the card, leaves names mode, clears the active mark. */
  close(): void {
    this.win.clearTimeout(this.flashTimer);
    const wasFocused = this.card.hasFocus();
    this.mode = 'none';
    this.namesMode = false;
    this.current = null;
    this.props = null;
    this.hover.forget();
    this.deps.painter()?.setActive(null);
    this.card.hide();
    if (wasFocused) this.card.blur();
  }

  /** The painted mentions changed (repaint, new text, a switch): keep the card on its name if it is still there. */
  refresh(): void {
    const painter = this.deps.painter();
    if (!this.current) return;
    const same = painter?.sameAs(this.current) ?? null;
    if (!same) {
      this.close();
      return;
    }
    this.current = same;
    painter?.setActive(same);
    if (this.mode === 'pinned') this.card.update(this.cardProps(same, this.props));
  }

  // ---- names mode --------------------------------------------------------------------------

  toggleNamesMode(): void {
    if (this.namesMode) this.close();
    else this.enterNamesMode();
  }

  enterNamesMode(): void {
    const painter = this.deps.painter();
    const shown = painter?.mentions ?? [];
    if (!painter || shown.length === 0) return;
    const spans = shown.map((p) => {
      const r = p.range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const i = startIndex(spans, this.win.innerHeight);
    this.namesMode = true;
    this.announce(translator(CARD, this.deps.lang())('namesModeOn'));
    this.go(shown[i] as PaintedMention, true);
  }

  private namesStep(action: Exclude<NamesAction, 'leave' | 'open'>): void {
    const shown = this.deps.painter()?.mentions ?? [];
    if (shown.length === 0) {
      this.close();
      return;
    }
    const from = this.current && this.current.index >= 0 ? this.current.index : 0;
    const to = stepIndex(from, action, shown.length);
    if (to === from && this.current && (action === 'next' || action === 'prev')) {
      this.announce(translator(CARD, this.deps.lang())(action === 'next' ? 'lastName' : 'firstName'));
      return;
    }
    this.go(shown[to] as PaintedMention, true);
  }

  private key(e: KeyboardEvent): void {
    if (e.defaultPrevented && !this.namesMode) return;
    const inCard = this.card.contains(e.target) || e.composedPath().some((t) => this.card.contains(t));
    if (this.namesMode) {
      if (inCard) {
        // Inside the card its own controls take the keys; Escape goes back to the names.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          this.card.blur();
        }
        return;
      }
      const action = namesKeyAction(e, this.pageDir());
      if (isNamesModeShortcut(e)) {
        this.stopKey(e);
        this.close();
        return;
      }
      if (!action) return;
      this.stopKey(e);
      if (action === 'leave') this.close();
      else if (action === 'open') this.card.focus();
      else this.namesStep(action);
      return;
    }
    if (e.key === 'Escape' && this.mode !== 'none') {
      if (inCard) e.stopPropagation();
      this.close();
      return;
    }
    if (isNamesModeShortcut(e) && !isEditable(e.target)) {
      this.stopKey(e);
      this.enterNamesMode();
    }
  }

  private stopKey(e: KeyboardEvent): void {
    e.preventDefault();
    e.stopPropagation();
  }

  private pageDir(): 'rtl' | 'ltr' {
    const dir = this.doc.dir || this.win.getComputedStyle(this.doc.documentElement).direction;
    return dir === 'rtl' ? 'rtl' : 'ltr';
  }

  // ---- moving to a mention ------------------------------------------------------------------

  /** Scrolls a mention into the middle of the screen unless it is already comfortably in view. */
  private reveal(p: PaintedMention): void {
    const vh = this.win.innerHeight;
    const inView = () => {
      const r = p.range.getBoundingClientRect();
      return r.top >= vh * 0.1 && r.bottom <= vh * 0.8;
    };
    if (inView()) return;
    p.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (inView()) return;
    // A paragraph taller than the screen: centre the name itself.
    const r = p.range.getBoundingClientRect();
    this.win.scrollBy({ top: r.top + r.height / 2 - vh / 2, behavior: 'instant' });
  }

  /** Moves the pinned card (and the active mark) to a mention, scrolling to it. */
  private go(p: PaintedMention, keyboard: boolean): void {
    this.reveal(p);
    this.namesMode = keyboard || this.namesMode;
    void this.open(p, anchorOf(p), 'pinned');
  }

  /** Scrolls to a mention and marks it for a moment (the popup's "show me"). */
  flash(p: PaintedMention): void {
    const painter = this.deps.painter();
    if (!painter) return;
    this.reveal(p);
    painter.setActive(p);
    this.win.clearTimeout(this.flashTimer);
    this.flashTimer = this.win.setTimeout(() => {
      if (painter.activeMention === p) painter.setActive(this.current);
    }, FLASH_MS);
  }

  /** The previous or next mention of the card's entity. */
  private stepEntity(delta: -1 | 1): void {
    const cur = this.current;
    const painter = this.deps.painter();
    if (!cur || !painter) return;
    const list = painter.mentionsOf(cur.mention.key);
    const i = list.indexOf(cur);
    const target = list[i + delta];
    if (!target) return;
    this.go(target, false);
  }

  // ---- the card -----------------------------------------------------------------------------

  private async open(p: PaintedMention, anchor: Anchor, mode: Exclude<Mode, 'none'>): Promise<void> {
    const painter = this.deps.painter();
    if (!painter) return;
    this.win.clearTimeout(this.flashTimer);
    this.mode = mode;
    this.current = p;
    painter.setActive(p);
    if (mode === 'pinned') this.hover.forget();
    const props = this.cardProps(p, null);
    this.props = props;
    const rtl = this.pageDir() === 'rtl';
    await this.card.show(props, anchor, rtl);
    if (this.namesMode || mode === 'hover') this.announce(cardAnnouncement(props));
    const entity = p.mention.entity;
    if (!entity) return;
    const [entry, starred] = await Promise.all([this.deps.entry(entity.id), this.starredState(entity)]);
    if (this.current !== p) return;
    const full = this.cardProps(p, { ...props, entry, loading: false, starred });
    this.props = full;
    this.card.update(full);
  }

  private async starredState(entity: EntityRef): Promise<boolean | null> {
    const known = this.stars.get(entity.id);
    if (known !== undefined) return known;
    const s = await this.deps.starred(entity).catch(() => null);
    if (s !== null) this.stars.set(entity.id, s);
    return s;
  }

  private rerender(): void {
    if (this.current && this.props) {
      this.props = this.cardProps(this.current, this.props);
      this.card.update(this.props);
    }
  }

  private announce(text: string): void {
    this.card.announce(text);
  }

  /** The card's props for a mention; `prev` keeps what was already loaded for the same entity. */
  private cardProps(p: PaintedMention, prev: EntityCardProps | null): EntityCardProps {
    const painter = this.deps.painter();
    const m = p.mention;
    const siblings = painter?.mentionsOf(m.key) ?? [p];
    const sameEntity = prev && prev.mention.entity?.id === m.entity?.id && prev.mention.text === m.text;
    const id = m.entity?.id;
    // Dark when the page around the name is dark or the system asks for dark: one rule set in card.css.
    const systemDark = this.doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const theme: CardTheme = systemDark || looksDark(p.range.startContainer.parentElement, this.doc) ? 'dark' : 'light';
    return {
      mention: m,
      entry: sameEntity ? prev.entry : null,
      loading: sameEntity ? prev.loading : !!id,
      starred: id ? (this.stars.get(id) ?? (sameEntity ? prev.starred : null) ?? null) : null,
      count: Math.max(1, siblings.length),
      position: siblings.indexOf(p) + 1,
      transliteration: m.entity ? transliterate(m.entity.ar) : transliterate(m.text, m.origin),
      articleRole: this.deps.articleRole(m.key),
      lang: this.deps.lang(),
      first: this.deps.cardFirst(),
      theme,
      onClose: () => this.close(),
      onStep: (delta) => this.stepEntity(delta),
      onSpeak: this.speech.available ? () => this.speech.speak(m.entity?.ar ?? m.text) : undefined,
      onStar: id ? (starred) => void this.star(id, starred) : undefined,
      onAdd: id ? undefined : () => this.deps.openOptions(addFragment(p, this.deps.articleRole(m.key))),
      onEdit: id ? () => this.deps.openOptions(`#edit=${encodeURIComponent(id)}`) : undefined,
      onSuppress: (scope) => {
        const name = m.text;
        this.close();
        this.deps.suppress(p, scope);
        this.card.announce(translator(CARD, this.deps.lang())('hidden', { name }));
      },
    };
  }

  private async star(id: string, starred: boolean): Promise<void> {
    // Shown at once; the background's answer has the last word.
    this.stars.set(id, starred);
    this.rerender();
    const now = await this.deps.setStar(id, starred).catch(() => !starred);
    this.stars.set(id, now);
    this.rerender();
  }

  /** Scrolls to the n-th shown mention of an entity and flashes it (the popup asks). */
  scrollTo(key: string, index = 0): boolean {
    const list = this.deps.painter()?.mentionsOf(key) ?? [];
    const p = list[Math.min(Math.max(0, index), list.length - 1)];
    if (!p) return false;
    this.flash(p);
    return true;
  }
}

function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/i.test(el.tagName);
}

/** The options page's "add" form, filled in from what the page says of an unknown name. */
function addFragment(p: PaintedMention, role: Role | null): string {
  const m = p.mention;
  const q = new URLSearchParams({ ar: m.text, type: m.type, translit: transliterate(m.text, m.origin) });
  const r = m.role ?? role;
  if (r) q.set('role', r.en || r.ar);
  return `#add?${q.toString()}`;
}
