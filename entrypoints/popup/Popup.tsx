/**
 * The toolbar popup: the active tab's article at a glance, and the switch for this site.
 * It asks the background for the digest; the background asks the tab's content script for the
 * article text, so the popup needs no "tabs" permission. It talks to the tab's content script
 * itself for the article's length and to show a name in the page.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleDigest } from '../../components/ArticleDigest';
import { PlaceMap } from '../../components/PlaceMap';
import { sendToBackground, sendToTab } from '../../lib/browser/messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/browser/settings-store';
import { dirOf, resolveLang, translator, type UiLang } from '../../lib/i18n';
import { COMMON } from '../../lib/i18n/common';
import { POPUP, type PopupT } from '../../lib/i18n/popup';
import type { MapPlace } from '../../lib/map/frame';
import type { DigestResponse, PageArticleResponse } from '../../lib/messages';
import { countBlockWords, readingMinutes } from '../../lib/reading';
import { siteKey, withSite } from '../../lib/settings';
import type { DigestItem } from '../../lib/summary/digest';
import type { TranslatorProvider } from '../../lib/translate';
import { copyText } from './clipboard';
import { digestAsText, readingTimeLabel } from './format';
import { placesOnMap } from './places';
import { useTranslation } from './use-translation';

type ArticleView = Extract<DigestResponse, { state: 'article' }>;
type View = { state: 'loading' } | DigestResponse | { state: 'error'; message: string };

const SENTENCE_CHOICES = [3, 5] as const;
type SentenceCount = (typeof SENTENCE_CHOICES)[number];
/** The reader's last choice of summary length, kept in the popup's own (extension) storage. */
const SENTENCES_KEY = 'dalil:popupSentences';
/** The popup is 400 px wide with 14 px of padding each side. */
const MAP_WIDTH = 372;

/** The tab the popup is about: the active one, or ?tab=ID (used when the popup is opened as a page). */
async function targetTabId(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function savedSentenceCount(): SentenceCount {
  try {
    return Number(localStorage.getItem(SENTENCES_KEY)) === 5 ? 5 : 3;
  } catch {
    return 3;
  }
}

/** What a newer background adds to the article response (word count, site name, address); read defensively. */
function articleExtras(view: ArticleView): { words: number | null; siteName: string | null; url: string | null } {
  const v = view as ArticleView & { words?: unknown; siteName?: unknown; url?: unknown };
  return {
    words: typeof v.words === 'number' && v.words >= 0 ? v.words : null,
    siteName: typeof v.siteName === 'string' && v.siteName.trim() ? v.siteName.trim() : null,
    url: typeof v.url === 'string' && v.url ? v.url : null,
  };
}

/** Whether a reply to page:scrollTo says the name was not found (any other reply counts as shown). */
function notShown(reply: unknown): boolean {
  const r = reply as { ok?: unknown; found?: unknown } | null;
  return typeof r === 'object' && r !== null && (r.ok === false || r.found === false);
}

export interface PopupProps {
  /** The browser's on-device translator, or a test's; null where there is none. */
  translatorProvider: TranslatorProvider | null;
}

export function Popup({ translatorProvider }: PopupProps) {
  const [lang, setLang] = useState<UiLang | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ state: 'loading' });
  const [sentences, setSentences] = useState<SentenceCount>(savedSentenceCount);
  const [busy, setBusy] = useState(false);
  const [words, setWords] = useState<number | null>(null);
  const [places, setPlaces] = useState<MapPlace[]>([]);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [pageNote, setPageNote] = useState<string | null>(null);

  const t: PopupT = useMemo(() => translator({ ...COMMON, ...POPUP }, lang ?? 'en'), [lang]);

  // The interface language: the reader's setting, else the browser's; follows changes live.
  useEffect(() => {
    const uiLang = () => browser.i18n.getUILanguage();
    loadSettings().then(
      (s) => setLang(resolveLang(s.uiLanguage, uiLang())),
      () => setLang(resolveLang('auto', uiLang())),
    );
    return onSettingsChanged((s) => setLang(resolveLang(s.uiLanguage, uiLang())));
  }, []);
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);

  const refresh = useCallback(async (count: SentenceCount, quiet = false) => {
    if (quiet) setBusy(true);
    try {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) {
        setView({ state: 'unavailable', reason: 'No tab to read.' });
        return;
      }
      setView(await sendToBackground({ type: 'digest', tabId: id, sentences: count }));
    } catch (err) {
      setView({ state: 'error', message: String((err as Error).message ?? err) });
    } finally {
      setBusy(false);
    }
  }, []);

  // The first digest; another sentence count asks again quietly (chooseSentences).
  useEffect(() => {
    void refresh(sentences);
  }, [refresh]);

  const article = view.state === 'article' ? view : null;
  const articleKey = article ? `${article.host}|${article.title}` : null;

  // The reading time: from the response when the background gives a word count, else from the page's text.
  useEffect(() => {
    setWords(null);
    if (!article || tabId === null) return;
    const own = articleExtras(article).words;
    if (own !== null) return setWords(own);
    let live = true;
    sendToTab<PageArticleResponse>(tabId, { type: 'page:article' }).then(
      (r) => live && r.state === 'article' && setWords(countBlockWords(r.blocks)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [articleKey, tabId]);

  // Where the places are: coordinates from the glossary, asked for per place.
  const placeKey = article ? article.digest.places.map((p) => `${p.key}:${p.mentions}`).join(',') : '';
  useEffect(() => {
    if (!article) return setPlaces([]);
    let live = true;
    placesOnMap(article.digest.places, (id) => sendToBackground({ type: 'lookup', id }).then((r) => r.entry)).then(
      (p) => live && setPlaces(p),
      () => live && setPlaces([]),
    );
    return () => {
      live = false;
    };
  }, [placeKey]);

  const translation = useTranslation(translatorProvider, article?.digest.sentences ?? []);

  const setEnabled = async (host: string, enabled: boolean) => {
    await saveSettings(withSite(await loadSettings(), host, enabled));
    setView({ state: 'loading' });
    // The content script reacts to the change itself; give it a moment to re-read the page.
    setTimeout(() => void refresh(sentences), enabled ? 400 : 50);
  };

  const chooseSentences = (n: SentenceCount) => {
    if (n === sentences) return;
    setSentences(n);
    try {
      localStorage.setItem(SENTENCES_KEY, String(n));
    } catch {
      // storage refused: the choice lasts while the popup is open
    }
    void refresh(n, true);
  };

  const showInPage = async (item: DigestItem) => {
    if (tabId === null) return;
    let shown = false;
    try {
      shown = !notShown(await sendToTab<unknown>(tabId, { type: 'page:scrollTo', key: item.key }));
    } catch {
      // no content script answering: said below
    }
    setPageNote(shown ? null : t('notInPage'));
    if (!shown) setTimeout(() => setPageNote(null), 4000);
  };

  if (!lang) return <main class="popup" />;

  const source = article ? (articleExtras(article).siteName ?? siteKey(article.host)) : '';
  const minutes = words === null ? 0 : readingMinutes(words);
  const readingTime = readingTimeLabel(t, lang, minutes);

  const copy = async () => {
    if (!article) return;
    const text = digestAsText(
      { title: article.title, source, url: articleExtras(article).url, readingTime, digest: article.digest, english: translation.english },
      t,
      lang,
    );
    setCopyState((await copyText(text)) ? 'copied' : 'failed');
    setTimeout(() => setCopyState('idle'), 2500);
  };

  return (
    <main class="popup" dir={dirOf(lang)} lang={lang}>
      <header class="top">
        <span class="brand">
          {lang === 'ar' ? (
            <>
              دليل <span lang="en">Dalil</span>
            </>
          ) : (
            <>
              Dalil <span lang="ar">دليل</span>
            </>
          )}
        </span>
        {'host' in view && (
          <label class="switch" title={t('siteSwitchTitle')}>
            <input
              type="checkbox"
              data-testid="site-switch"
              checked={view.enabled}
              onChange={(e) => void setEnabled(view.host, (e.target as HTMLInputElement).checked)}
            />
            <span>{t('siteSwitch', { host: siteKey(view.host) })}</span>
          </label>
        )}
      </header>
      {view.state === 'loading' && (
        <p class="muted loading" aria-live="polite">
          {t('loading')}
        </p>
      )}
      {view.state === 'error' && (
        <p class="notice" role="alert">
          {t('error', { message: view.message })}
        </p>
      )}
      {view.state === 'unavailable' && (
        <p class="notice" data-testid="state-unavailable">
          {t('unavailable')}
        </p>
      )}
      {view.state === 'disabled' && (
        <p class="notice" data-testid="state-disabled">
          {t('disabled')}
        </p>
      )}
      {view.state === 'not-article' && (
        <div class="notice" data-testid="state-not-article">
          <strong>{t('notArticle')}</strong>
          <p class="muted">{t('notArticleHint')}</p>
          {lang === 'en' && <p class="muted small">{view.reason}</p>}
        </div>
      )}
      {article && (
        <article data-testid="state-article">
          <header class="article-head">
            {article.title && (
              <h1 class="title" dir="auto" lang="ar" data-testid="title">
                {article.title}
              </h1>
            )}
            <div class="meta">
              <span class="source" data-testid="source" title={t('source')}>
                {source}
              </span>
              {readingTime && (
                <span class="reading-time" data-testid="reading-time" title={t('wordCount', { n: words ?? 0 })}>
                  {readingTime}
                </span>
              )}
              <button type="button" class={`copy ${copyState}`} data-testid="copy" title={t('copyTitle')} onClick={() => void copy()}>
                {copyState === 'copied' ? `✓ ${t('copied')}` : copyState === 'failed' ? t('copyFailed') : t('copy')}
              </button>
            </div>
          </header>
          <ArticleDigest
            digest={article.digest}
            lang={lang}
            t={t}
            busy={busy}
            english={translation.english}
            onShow={(item) => void showInPage(item)}
            summaryTools={
              <div class="tools">
                <fieldset class="seg" aria-label={t('sentenceCount')} title={t('sentenceCount')}>
                  {SENTENCE_CHOICES.map((n) => (
                    <button
                      key={n}
                      type="button"
                      aria-pressed={sentences === n}
                      data-testid={`sentences-${n}`}
                      disabled={busy}
                      onClick={() => chooseSentences(n)}
                    >
                      {n}
                    </button>
                  ))}
                </fieldset>
                {translation.offered && (
                  <button
                    type="button"
                    class="translate"
                    data-testid="translate"
                    aria-pressed={translation.shown}
                    disabled={translation.working}
                    title={translation.needsDownload ? `${t('translateTitle')} ${t('translateDownload')}` : t('translateTitle')}
                    onClick={translation.toggle}
                  >
                    {translation.working
                      ? translation.progress !== null
                        ? t('downloading', { pct: Math.round(translation.progress * 100) })
                        : t('translating')
                      : translation.shown
                        ? t('hideEnglish')
                        : t('translate')}
                  </button>
                )}
              </div>
            }
            summaryNote={
              translation.error ? (
                <p class="note" role="alert" data-testid="translate-error">
                  {translation.error.kind === 'stalled'
                    ? t('translateStalled')
                    : t('translateFailed', { message: translation.error.message })}
                </p>
              ) : translation.shown && !translation.working ? (
                <p class="note muted">{t('translatedBy')}</p>
              ) : null
            }
            map={
              places.length > 0 && (
                <PlaceMap places={places} lang={lang} width={MAP_WIDTH} title={t('map')} offMapLabel={(names) => t('offMap', { names })} />
              )
            }
          />
          <p class="status" role="status" aria-live="polite">
            {pageNote}
          </p>
        </article>
      )}
    </main>
  );
}
