/**
 * The toolbar popup: the active tab's article at a glance, and the switch for this site.
 * It asks the background for the digest; the background asks the tab's content script for the
 * article text, so the popup needs no "tabs" permission.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleDigest } from '../../components/ArticleDigest';
import { sendToBackground } from '../../lib/browser/messaging';
import { loadSettings, saveSettings } from '../../lib/browser/settings-store';
import type { DigestResponse } from '../../lib/messages';
import { withSite } from '../../lib/settings';

type View = { state: 'loading' } | DigestResponse | { state: 'error'; message: string };

/** The tab the popup is about: the active one, or ?tab=ID (used when the popup is opened as a page). */
async function targetTabId(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const [view, setView] = useState<View>({ state: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const tabId = await targetTabId();
      if (tabId === null) {
        setView({ state: 'unavailable', reason: 'No tab to read.' });
        return;
      }
      setView(await sendToBackground({ type: 'digest', tabId }));
    } catch (err) {
      setView({ state: 'error', message: String((err as Error).message ?? err) });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const setEnabled = async (host: string, enabled: boolean) => {
    await saveSettings(withSite(await loadSettings(), host, enabled));
    setView({ state: 'loading' });
    // The content script reacts to the change itself; give it a moment to re-read the page.
    setTimeout(() => void refresh(), enabled ? 400 : 50);
  };

  return (
    <main class="popup">
      <header class="top">
        <span class="brand">
          Dalil <span lang="ar">دليل</span>
        </span>
        {'host' in view && (
          <label class="switch" title="Turn Dalil on or off for this site">
            <input
              type="checkbox"
              data-testid="site-switch"
              checked={view.enabled}
              onChange={(e) => void setEnabled(view.host, (e.target as HTMLInputElement).checked)}
            />
            <span>On for {view.host}</span>
          </label>
        )}
      </header>
      {view.state === 'loading' && <p class="muted">Reading the page…</p>}
      {view.state === 'error' && (
        <p class="notice" role="alert">
          Something went wrong: {view.message}
        </p>
      )}
      {view.state === 'unavailable' && <p class="notice">{view.reason}</p>}
      {view.state === 'disabled' && (
        <p class="notice" data-testid="state-disabled">
          Dalil is off for this site. Turn it on above to highlight names here.
        </p>
      )}
      {view.state === 'not-article' && (
        <div class="notice" data-testid="state-not-article">
          <strong>Not an Arabic article.</strong>
          <p class="muted">{view.reason}</p>
        </div>
      )}
      {view.state === 'article' && (
        <article data-testid="state-article">
          {view.title && (
            <h1 class="title" dir="auto" data-testid="title">
              {view.title}
            </h1>
          )}
          <ArticleDigest digest={view.digest} />
        </article>
      )}
    </main>
  );
}
