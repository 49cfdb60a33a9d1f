/**
 * Reading what a reader of a page with Dalil sees, through puppeteer: the highlights in the
 * page's registry, the card in its shadow root, the popup for a tab. Used by the demo and the
 * end-to-end tests.
 */
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers';

export type HighlightTexts = Record<'person' | 'organization' | 'place', string[]>;

/** The text of every range in Dalil's highlights, by type (what the page's registry holds). */
export function highlightTexts(page: Page): Promise<HighlightTexts> {
  return page.evaluate(() => {
    const out = { person: [] as string[], organization: [] as string[], place: [] as string[] };
    for (const type of ['person', 'organization', 'place'] as const) {
      const h = CSS.highlights.get(`dalil-${type}`);
      if (h) for (const r of h) out[type].push((r as Range).toString());
    }
    return out;
  });
}

export async function waitForHighlights(page: Page, timeout = 20000): Promise<void> {
  await page.waitForFunction(() => ['dalil-place', 'dalil-person', 'dalil-organization'].some((n) => CSS.highlights.has(n)), {
    timeout,
    polling: 100,
  });
}

/** Centre of the first highlighted range with this text, in viewport coordinates (scrolled into view). */
export async function rangeCentre(page: Page, type: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (type, text) => {
      const h = CSS.highlights.get(`dalil-${type}`);
      for (const r of h ?? []) {
        const range = r as Range;
        if (range.toString() !== text) continue;
        (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`no highlighted ${type} "${text}"`);
    },
    type,
    text,
  );
}

/** The visible card's text, or null when no card is shown. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('dalil-card') as HTMLElement | null;
    if (!host || host.style.display === 'none' || !host.shadowRoot) return null;
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks a reader sees
    return (host.shadowRoot.querySelector('.card') as HTMLElement | null)?.innerText ?? null;
  });
}

/** Opens the popup for the tab showing `target` (as a page: ?tab=ID), and waits for it to render. */
export async function openPopup(b: LaunchedBrowser, target: Page): Promise<Page> {
  const popup = await b.browser.newPage();
  await gotoExtensionPage(popup, `${b.extensionOrigin}/popup.html?probe=1`);
  const targetUrl = target.url();
  const tabId = await popup.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const me = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    // Without the "tabs" permission tab URLs are hidden; ours is the one tab that is not the popup.
    const others = tabs.filter((t) => t.id !== me?.id && (!t.url || t.url === url));
    return others.length === 1 ? (others[0]?.id ?? null) : null;
  }, targetUrl);
  if (tabId === null) throw new Error('could not find the target tab');
  await gotoExtensionPage(popup, `${b.extensionOrigin}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid^="state-"], .notice', { timeout: 20000 });
  return popup;
}

/** Firefox may never resolve goto() for moz-extension pages: navigate, then poll for the document. */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 2500, waitUntil: 'domcontentloaded' }).catch(() => undefined);
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const ok = await page.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page did not load: ${url}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
