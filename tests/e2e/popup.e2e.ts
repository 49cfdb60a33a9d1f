/**
 * The popup end to end, in real Chromium and Firefox ESR with the built extension, on the demo
 * article: the digest with its reading time and an offline map of the places; a name in the
 * popup shows its first mention in the page; the digest copies as text; the interface in
 * Arabic, right to left; English for the key sentences only where the browser can translate.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transliterate } from '../../lib/arabic/transliterate';
import type { BrowserKind, LaunchedBrowser } from '../../scripts/lib/browsers';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server';
import { browserAvailable, gotoExtensionPage, launch, openPopup, sleep, waitForHighlights } from './support/harness';

const KINDS: BrowserKind[] = ['chromium', 'firefox'];
const SETTINGS_KEY = 'dalil:settings';

/** The tab id the popup is about (openPopup opens it as popup.html?tab=ID; Firefox's page.url() may lag behind). */
async function tabIdOf(popup: Page): Promise<number> {
  return Number(await popup.evaluate(() => new URLSearchParams(location.search).get('tab')));
}

/** Waits for the popup to show the article; on a timeout, says what it shows instead. */
async function waitForArticle(popup: Page): Promise<void> {
  try {
    await popup.waitForSelector('[data-testid="state-article"]', { timeout: 20000 });
  } catch (err) {
    const shown = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '(no main)').catch(() => '(unreadable)');
    throw new Error(`the popup shows no article: "${shown.slice(0, 300)}" (${(err as Error).message})`);
  }
}

/** Re-opens the popup page for the same tab with `init` run before the popup's own script. */
async function reopenWith(b: LaunchedBrowser, popup: Page, init: () => void, tag: string): Promise<void> {
  await popup.evaluateOnNewDocument(init);
  await gotoExtensionPage(popup, `${b.extensionOrigin}/popup.html?tab=${await tabIdOf(popup)}&case=${tag}`);
  await waitForArticle(popup);
}

/** Sets the interface language in the extension's settings, from an extension page. */
function setUiLanguage(page: Page, lang: 'auto' | 'en' | 'ar'): Promise<void> {
  return page.evaluate(
    async (key, lang) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const got = await api.storage.local.get(key);
      await api.storage.local.set({ [key]: { ...((got[key] as object) ?? {}), uiLanguage: lang } });
    },
    SETTINGS_KEY,
    lang,
  );
}

for (const kind of KINDS) {
  describe.runIf(browserAvailable(kind))(`The popup in ${kind}`, () => {
    let b: LaunchedBrowser;
    let server: StaticServer;
    let page: Page;

    beforeAll(async () => {
      server = await startStaticServer();
      b = await launch(kind);
      [page] = (await b.browser.pages()) as [Page];
      page ??= await b.browser.newPage();
      // A short window, so that the first mentions are out of view once the page is scrolled down.
      await page.setViewport({ width: 900, height: 420 }).catch(() => undefined);
      await page.goto(`${server.url}/demo`, { waitUntil: 'load' });
      await waitForHighlights(page);
    });

    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('shows the article with its source, reading time and a map of its places', async () => {
      const popup = await openPopup(b, page);
      try {
        await waitForArticle(popup);
        await popup.waitForSelector('[data-testid="place-map"] svg', { timeout: 20000 });
        const view = await popup.evaluate(() => {
          const svg = document.querySelector('[data-testid="place-map"] svg') as SVGSVGElement;
          return {
            width: (document.querySelector('.popup') as HTMLElement).getBoundingClientRect().width,
            source: document.querySelector('[data-testid="source"]')?.textContent ?? '',
            readingTime: document.querySelector('[data-testid="reading-time"]')?.textContent ?? '',
            land: svg.querySelector('path.land')?.getAttribute('d')?.length ?? 0,
            mapWidth: svg.getBoundingClientRect().width,
            dots: [...svg.querySelectorAll('circle.dot')].map((c) => c.getAttribute('data-key')),
            dotNames: [...svg.querySelectorAll('circle.dot title')].map((t) => t.textContent),
            labels: [...svg.querySelectorAll('text.label')].map((t) => t.textContent),
            offMap: document.querySelector('[data-testid="off-map"]')?.textContent ?? '',
          };
        });
        expect(view.width).toBe(400);
        expect(view.source).toBe('127.0.0.1');
        // The seed article has about 440 words: two minutes at Arabic news reading speed.
        expect(view.readingTime).toMatch(/^[23] min read$/);
        expect(view.land).toBeGreaterThan(1000);
        expect(view.mapWidth).toBeLessThanOrEqual(372);
        // Moscow, Tbilisi, Georgia, South Ossetia, Abkhazia, the Caucasus, the Black Sea …
        expect(view.dots.length).toBeGreaterThanOrEqual(5);
        expect(view.dotNames).toEqual(expect.arrayContaining(['Moscow', 'Tbilisi', 'Georgia', 'South Ossetia', 'Abkhazia']));
        expect(view.labels).toContain('Moscow');
        // Nicaragua, named once, is not worth a world map: it is named under it.
        expect(view.dotNames).not.toContain('Nicaragua');
        expect(view.offMap).toContain('Nicaragua');
      } finally {
        await popup.close();
      }
    });

    it('gives a longer summary on request', async () => {
      const popup = await openPopup(b, page);
      try {
        await waitForArticle(popup);
        const count = () => popup.evaluate(() => document.querySelectorAll('[data-testid="summary"] .sentences > li').length);
        expect(await count()).toBe(3);
        await popup.click('[data-testid="sentences-5"]');
        await popup.waitForFunction(() => document.querySelectorAll('[data-testid="summary"] .sentences > li').length === 5, {
          timeout: 10000,
        });
        expect(await popup.$eval('[data-testid="sentences-5"]', (e) => e.getAttribute('aria-pressed'))).toBe('true');
        // Back to three, so that the other tests see the default.
        await popup.click('[data-testid="sentences-3"]');
        await popup.waitForFunction(() => document.querySelectorAll('[data-testid="summary"] .sentences > li').length === 3, {
          timeout: 10000,
        });
      } finally {
        await popup.close();
      }
    });

    it('scrolls the page to Sergey Lavrov when his name is clicked in the popup', async () => {
      const popup = await openPopup(b, page);
      try {
        await waitForArticle(popup);
        // Does this build's content script answer page:scrollTo? (It is another part's work.)
        const probe = await popup.evaluate(
          (tabId) => {
            const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
            return api.tabs.sendMessage(tabId, { type: 'page:scrollTo', key: 'no-such-entity' }).catch(() => undefined);
          },
          await tabIdOf(popup),
        );
        if (probe === undefined) {
          console.warn(`! ${kind}: the content script does not answer page:scrollTo yet: the scroll assertion is skipped`);
          return;
        }
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const lavrovInView = () =>
          page.evaluate(() => {
            for (const r of CSS.highlights.get('dalil-person') ?? []) {
              const range = r as Range;
              if (!range.toString().includes('لافروف')) continue;
              const rect = range.getBoundingClientRect();
              return rect.top >= 0 && rect.bottom <= window.innerHeight;
            }
            return null;
          });
        expect(await lavrovInView()).toBe(false);
        const button = await popup.waitForSelector('[data-testid="people"] button[data-key="sergey-lavrov"]');
        expect(await button?.evaluate((e) => e.textContent)).toContain('Sergey Lavrov');
        // Keyboard: the names are buttons; Enter on a focused one shows it.
        await button?.focus();
        await popup.keyboard.press('Enter');
        await page.waitForFunction(
          () => {
            for (const r of CSS.highlights.get('dalil-person') ?? []) {
              const range = r as Range;
              if (!range.toString().includes('لافروف')) continue;
              const rect = range.getBoundingClientRect();
              return rect.top >= 0 && rect.bottom <= window.innerHeight;
            }
            return false;
          },
          { timeout: 10000, polling: 100 },
        );
        expect(await popup.$eval('.status', (e) => e.textContent)).toBe('');
      } finally {
        await popup.close();
      }
    });

    it('copies the digest as text', async () => {
      const popup = await openPopup(b, page);
      try {
        await waitForArticle(popup);
        await popup.bringToFront();
        if (kind === 'chromium') {
          await b.browser
            .defaultBrowserContext()
            .overridePermissions(b.extensionOrigin, ['clipboard-read', 'clipboard-sanitized-write'])
            .catch(() => undefined);
        }
        await popup.click('[data-testid="copy"]');
        await popup.waitForFunction(() => document.querySelector('[data-testid="copy"]')?.textContent?.includes('Copied'), {
          timeout: 15000,
        });
        if (kind === 'chromium') {
          const text = await popup.evaluate(() => navigator.clipboard.readText());
          expect(text).toContain('Key sentences');
          expect(text).toContain('Sergey Lavrov · سيرغي لافروف (Russian Foreign Minister)');
          expect(text).toContain('Moscow · موسكو');
          expect(text).toMatch(/127\.0\.0\.1 · \d min read/);
        }
        // Firefox gives a page no way to read the clipboard back: there the "Copied" state is what we see.
      } finally {
        await popup.close();
      }
    });

    it('speaks Arabic, right to left, when the reader chooses it', async () => {
      const popup = await openPopup(b, page);
      try {
        await waitForArticle(popup);
        await setUiLanguage(popup, 'ar');
        // The open popup follows the setting at once.
        await popup.waitForFunction(() => document.querySelector('main.popup')?.getAttribute('dir') === 'rtl', { timeout: 15000 });
        await popup.waitForSelector('[data-testid="reading-time"]', { timeout: 10000 });
        const view = await popup.evaluate(() => ({
          dir: document.documentElement.dir,
          lang: document.querySelector('main.popup')?.getAttribute('lang'),
          headings: [...document.querySelectorAll('h2')].map((h) => h.textContent?.trim()),
          readingTime: document.querySelector('[data-testid="reading-time"]')?.textContent ?? '',
          firstPerson: document.querySelector('[data-testid="people"] .names')?.firstElementChild?.textContent,
          copy: document.querySelector('[data-testid="copy"]')?.textContent,
          layout: getComputedStyle(document.querySelector('.top') as HTMLElement).direction,
        }));
        expect(view.dir).toBe('rtl');
        expect(view.lang).toBe('ar');
        expect(view.layout).toBe('rtl');
        expect(view.headings).toEqual(expect.arrayContaining(['أهم الجمل', 'الأشخاص', 'المنظمات', 'الأماكن']));
        expect(view.readingTime).toMatch(/^قراءة (دقيقتين|3 دقائق)$/);
        expect(view.firstPerson).toBe('سيرغي لافروف');
        expect(view.copy).toBe('نسخ');
        await setUiLanguage(popup, 'en');
        await popup.waitForFunction(() => document.querySelector('main.popup')?.getAttribute('dir') === 'ltr', { timeout: 15000 });
      } finally {
        await setUiLanguage(popup, 'auto').catch(() => undefined);
        await popup.close();
      }
    });

    it('offers no English where the browser has no translator', async () => {
      const popup = await openPopup(b, page);
      try {
        // Firefox has none. Chromium 150+ exposes the Translator API (and says "downloadable"):
        // take it away before the popup runs, as in a browser without it.
        if (kind === 'chromium')
          await reopenWith(
            b,
            popup,
            () => {
              const g = globalThis as unknown as Record<string, unknown>;
              delete g.Translator;
              delete g.ai;
            },
            'absent',
          );
        await waitForArticle(popup);
        await sleep(500); // availability is asked asynchronously: give a wrong button time to appear
        expect(await popup.$('[data-testid="translate"]')).toBeNull();
        expect(await popup.$$('[data-testid="sentence-en"]')).toHaveLength(0);
      } finally {
        await popup.close();
      }
    });

    it.runIf(kind === 'chromium')('shows English for the key sentences with an on-device translator', async () => {
      const popup = await openPopup(b, page);
      try {
        await reopenWith(
          b,
          popup,
          () => {
            // A stand-in for Chrome's Translator: "translates" by describing the sentence.
            const fake = {
              availability: async () => 'available',
              create: async (o: { sourceLanguage: string; targetLanguage: string }) => ({
                translate: async (text: string) => `English (${o.sourceLanguage}→${o.targetLanguage}) of ${text.split(/\s+/).length} words`,
                destroy() {},
              }),
            };
            Object.defineProperty(globalThis, 'Translator', { value: fake, configurable: true, writable: true });
          },
          'fake',
        );
        const button = await popup.waitForSelector('[data-testid="translate"]', { timeout: 10000 });
        expect(await popup.$$('[data-testid="sentence-en"]')).toHaveLength(0);
        await button?.click();
        await popup.waitForFunction(() => document.querySelectorAll('[data-testid="sentence-en"]').length === 3, { timeout: 10000 });
        const english = await popup.$$eval('[data-testid="sentence-en"]', (ps) => ps.map((p) => [p.textContent, p.getAttribute('lang')]));
        for (const [text, lang] of english) {
          expect(text).toMatch(/^English \(ar→en\) of \d+ words$/);
          expect(lang).toBe('en');
        }
        // A longer summary gets its new sentences translated too.
        await popup.click('[data-testid="sentences-5"]');
        await popup.waitForFunction(
          () =>
            [...document.querySelectorAll('[data-testid="sentence-en"]')].filter((p) => p.textContent?.startsWith('English')).length === 5,
          { timeout: 10000 },
        );
        await popup.click('[data-testid="sentences-3"]');
        await popup.click('[data-testid="translate"]');
        await popup.waitForFunction(() => document.querySelectorAll('[data-testid="sentence-en"]').length === 0, { timeout: 15000 });
      } finally {
        await popup.close();
      }
    });

    it.runIf(kind === 'chromium')('says so, and stops offering, when the translator cannot be made', async () => {
      const popup = await openPopup(b, page);
      try {
        await reopenWith(
          b,
          popup,
          () => {
            const fake = {
              availability: async () => 'downloadable',
              create: async () => {
                throw new Error('NetworkError: the language pack could not be downloaded');
              },
            };
            Object.defineProperty(globalThis, 'Translator', { value: fake, configurable: true, writable: true });
          },
          'refusing',
        );
        const button = await popup.waitForSelector('[data-testid="translate"]', { timeout: 10000 });
        await button?.click();
        await popup.waitForSelector('[data-testid="translate-error"]', { timeout: 10000 });
        expect(await popup.$eval('[data-testid="translate-error"]', (e) => e.textContent)).toContain('could not be downloaded');
        expect(await popup.$('[data-testid="translate"]')).toBeNull();
      } finally {
        await popup.close();
      }
    });

    // Last: it leaves the demo article for another page.
    it('says how a name the glossary does not know sounds, beside the Arabic', async () => {
      await page.goto(`${server.url}/fixture/reading.html`, { waitUntil: 'load' });
      await waitForHighlights(page);
      const popup = await openPopup(b, page);
      try {
        await waitForArticle(popup);
        const name = 'مهند المبيضين';
        const item = await popup.waitForFunction(
          (ar) =>
            [...document.querySelectorAll('[data-testid="people"] .names')]
              .filter((n) => n.querySelector('.ar')?.textContent === ar)
              .map((n) => ({
                latin: n.querySelector('.latin')?.firstChild?.textContent ?? '',
                title: n.querySelector('.latin')?.getAttribute('title'),
                said: n.querySelector('.latin .sr-only')?.textContent ?? '',
                shownWidth: (n.querySelector('.latin .sr-only') as HTMLElement | null)?.getBoundingClientRect().width,
              }))[0],
          { timeout: 10000 },
          name,
        );
        const { latin, title, said, shownWidth } = (await item.jsonValue()) as {
          latin: string;
          title: string;
          said: string;
          shownWidth: number;
        };
        // An Arabic given name (مهند): Arabic rules, the same reading as the card's.
        expect(latin).toBe(transliterate(name, 'arabic'));
        for (const word of latin.split(' ')) expect(word).toMatch(/[aeiou]/i);
        expect(title).toContain('Not in your glossary');
        // A screen reader says so too; the eye sees only the name.
        expect(said).toContain('Not in your glossary');
        expect(shownWidth).toBeLessThanOrEqual(1);
        // A glossary name has its English name, and no reading of ours.
        const lavrov = await popup.$eval('[data-testid="people"] button[data-key="sergey-lavrov"]', (e) => ({
          en: e.querySelector('.en')?.textContent,
          latin: e.querySelector('.latin'),
        }));
        expect(lavrov).toEqual({ en: 'Sergey Lavrov', latin: null });
      } finally {
        await popup.close();
      }
    });
  });
}
