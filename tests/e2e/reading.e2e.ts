/**
 * Reading with Dalil every day, end to end in real Chromium and Firefox ESR with the built
 * extension: keyboard names mode (through the command's message, and the keys in the page),
 * the per-type switch and the toggle-all command, text added after load, single-page-app
 * navigation, nothing painted where the reader types or in code, the card in the Arabic
 * interface and its previous/next, "Not a name here", a name the reader adds to the glossary
 * appearing without a reload, and the card's dark theme on a dark page.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { transliterate } from '../../lib/arabic/transliterate';
import type { BrowserKind, LaunchedBrowser } from '../../scripts/lib/browsers';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server';
import {
  browserAvailable,
  cardText,
  gotoExtensionPage,
  highlightTexts,
  launch,
  rangeCentre,
  sleep,
  waitForHighlights,
} from './support/harness';

const KINDS: BrowserKind[] = ['chromium', 'firefox'];
const SETTINGS_KEY = 'dalil:settings';

interface Painted {
  text: string;
  type: string;
  top: number;
  bottom: number;
}

/** Every highlighted name in reading (document) order, with its box on screen. */
function paintedInOrder(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const all: Array<{ range: Range; type: string }> = [];
    for (const type of ['person', 'organization', 'place']) {
      for (const r of CSS.highlights.get(`dalil-${type}`) ?? []) all.push({ range: r as Range, type });
    }
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return all.map(({ range, type }) => {
      const box = range.getBoundingClientRect();
      return { text: range.toString(), type, top: box.top, bottom: box.bottom };
    });
  });
}

/** The active (dalil-active) name: its text, its place among all highlighted names, and whether it is on screen. */
function activeName(page: Page): Promise<{ text: string; index: number; onScreen: boolean } | null> {
  return page.evaluate(() => {
    const active = [...(CSS.highlights.get('dalil-active') ?? [])][0] as Range | undefined;
    if (!active) return null;
    const all: Range[] = [];
    for (const type of ['person', 'organization', 'place']) for (const r of CSS.highlights.get(`dalil-${type}`) ?? []) all.push(r as Range);
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const index = all.findIndex((r) => r.startContainer === active.startContainer && r.startOffset === active.startOffset);
    const box = active.getBoundingClientRect();
    return { text: active.toString(), index, onScreen: box.top >= 0 && box.bottom <= innerHeight };
  });
}

/** Waits until the active name is the `index`-th highlighted name (reading order). */
async function waitForActive(page: Page, index: number, timeout = 5000): Promise<{ text: string; index: number; onScreen: boolean }> {
  const deadline = Date.now() + timeout;
  let last: Awaited<ReturnType<typeof activeName>> = null;
  while (Date.now() < deadline) {
    last = await activeName(page);
    if (last?.index === index) return last;
    await sleep(50);
  }
  throw new Error(`the active name is ${JSON.stringify(last)}, not the name at ${index}`);
}

/** The card's box and the active name's box, to check the card sits beside the name. */
function cardAndActiveBoxes(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('dalil-card') as HTMLElement | null;
    const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    const active = [...(CSS.highlights.get('dalil-active') ?? [])][0] as Range | undefined;
    if (!card || !active || host?.style.display === 'none') return null;
    const c = card.getBoundingClientRect();
    const a = active.getClientRects()[0] as DOMRect;
    return {
      card: { top: c.top, bottom: c.bottom, left: c.left, right: c.right },
      name: { top: a.top, bottom: a.bottom, left: a.left, right: a.right },
    };
  });
}

function cardVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('dalil-card') as HTMLElement | null;
    return !!host && host.style.display !== 'none' && !!host.shadowRoot?.querySelector('.card');
  });
}

/** Clicks a control inside the card with the real mouse (a reader's click, with user activation). */
async function clickInCard(page: Page, testid: string): Promise<void> {
  // The control may appear a frame later (a menu opening): wait for it, and for its box to settle.
  await page.waitForFunction(
    (id) => {
      const el = document.querySelector('dalil-card')?.shadowRoot?.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
      return !!el && el.getBoundingClientRect().width > 0;
    },
    { timeout: 10000, polling: 50 },
    testid,
  );
  await sleep(100);
  const at = await page.evaluate((id) => {
    const el = document.querySelector('dalil-card')?.shadowRoot?.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, testid);
  if (!at) throw new Error(`no ${testid} in the card`);
  await page.mouse.move(at.x, at.y);
  await page.mouse.click(at.x, at.y);
}

/**
 * The tab whose address starts with `prefix`, once it has opened. Asks each page for its
 * location: Firefox reports moz-extension tabs to puppeteer as about:blank.
 */
async function waitForTab(b: LaunchedBrowser, prefix: string, timeout = 20000): Promise<{ page: Page; url: string }> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const p of await b.browser.pages()) {
      const url = await p.evaluate(() => location.href).catch(() => '');
      if (url.startsWith(prefix)) return { page: p, url };
    }
    await sleep(100);
  }
  throw new Error(`no tab opened at ${prefix}`);
}

/** Rests the pointer on the first highlighted `text` until its card shows. */
async function hoverName(page: Page, type: string, text: string, expect: string): Promise<void> {
  const { x, y } = await rangeCentre(page, type, text);
  await page.mouse.move(x - 60, y + 220);
  await page.mouse.move(x, y, { steps: 4 });
  await page.waitForFunction(
    (s) => (document.querySelector('dalil-card')?.shadowRoot?.textContent ?? '').includes(s),
    { timeout: 10000, polling: 100 },
    expect,
  );
}

for (const kind of KINDS) {
  describe.runIf(browserAvailable(kind))(`Reading with Dalil in ${kind}`, () => {
    let b: LaunchedBrowser;
    let server: StaticServer;
    let page: Page;
    /** An extension page: it writes settings and sends messages, as the popup and options do. */
    let probe: Page;

    /** The test page's tab: the one other tab whose content script answers (URLs are hidden without the "tabs" permission). */
    async function tabIdOfPage(): Promise<number> {
      const found = await probe.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const me = await api.tabs.getCurrent();
        const others = (await api.tabs.query({})).filter((t) => t.id !== me?.id && t.id !== undefined);
        const answering: number[] = [];
        for (const t of others) {
          const reply = await api.tabs.sendMessage(t.id as number, { type: 'page:article' }).catch(() => undefined);
          if (reply) answering.push(t.id as number);
        }
        return { answering, others: others.length };
      });
      if (found.answering.length !== 1) throw new Error(`could not find the page tab (${JSON.stringify(found)})`);
      return found.answering[0] as number;
    }

    /** What the background does when the browser fires a command: pass it to the page. */
    async function sendCommand(command: string): Promise<void> {
      const tabId = await tabIdOfPage();
      await probe.evaluate(
        async (tabId, command) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          await api.tabs.sendMessage(tabId, { type: 'page:command', command });
        },
        tabId,
        command,
      );
      await page.bringToFront();
    }

    async function patchSettings(patch: Record<string, unknown>): Promise<void> {
      await probe.evaluate(
        async (key, patch) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const got = await api.storage.local.get(key);
          await api.storage.local.set({ [key]: { ...(got[key] ?? {}), ...patch } });
        },
        SETTINGS_KEY,
        patch,
      );
    }

    function storedSettings(): Promise<Record<string, unknown>> {
      return probe.evaluate(async (key) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return ((await api.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
      }, SETTINGS_KEY);
    }

    async function open(path: string): Promise<void> {
      await page.bringToFront();
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await waitForHighlights(page);
    }

    beforeAll(async () => {
      server = await startStaticServer();
      b = await launch(kind);
      page = ((await b.browser.pages())[0] ?? (await b.browser.newPage())) as Page;
      probe = await b.browser.newPage();
      await gotoExtensionPage(probe, `${b.extensionOrigin}/popup.html?probe=1`);
    });

    afterEach(async () => {
      // Back to the defaults: each test starts from a reader who changed nothing.
      await probe.evaluate(async (key) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.remove(key);
      }, SETTINGS_KEY);
      await page.keyboard.press('Escape').catch(() => undefined);
    });

    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('names mode from the command: the first name on screen is active and its card shows; Tab moves on and the card follows; Escape leaves', async () => {
      await open('/fixture/reading.html');
      const names = await paintedInOrder(page);
      expect(names.length).toBeGreaterThan(8);

      const publisherBody = await page.evaluate(() => document.body.innerHTML);
      await sendCommand('dalil-names-mode');
      await page.waitForFunction(() => CSS.highlights.has('dalil-active'), { timeout: 15000, polling: 50 });
      const first = await activeName(page);
      const vh = await page.evaluate(() => innerHeight);
      const firstOnScreen = names.findIndex((n) => n.bottom > 0 && n.top < vh);
      expect(first?.index).toBe(firstOnScreen);
      expect(first?.text).toBe(names[firstOnScreen]?.text);
      await page.waitForFunction(() => !!document.querySelector('dalil-card')?.shadowRoot?.querySelector('.card'), { timeout: 15000 });

      const before = await page.evaluate(() => document.querySelector('dalil-card')?.shadowRoot?.querySelector('.card')?.textContent ?? '');
      await page.keyboard.press('Tab');
      const second = await waitForActive(page, (first?.index ?? 0) + 1);
      expect(second.text).toBe(names[(first?.index ?? 0) + 1]?.text);
      // The card follows: new content, placed beside the new name and not over it.
      await page.waitForFunction(
        (old) => {
          const host = document.querySelector('dalil-card');
          return host?.shadowRoot?.querySelector('.card')?.textContent !== old;
        },
        { timeout: 15000, polling: 50 },
        before,
      );
      const boxes = await cardAndActiveBoxes(page);
      expect(boxes).not.toBeNull();
      if (boxes) {
        const overlaps =
          boxes.card.left < boxes.name.right &&
          boxes.card.right > boxes.name.left &&
          boxes.card.top < boxes.name.bottom &&
          boxes.card.bottom > boxes.name.top;
        expect(overlaps).toBe(false);
        expect(Math.min(Math.abs(boxes.card.top - boxes.name.bottom), Math.abs(boxes.name.top - boxes.card.bottom))).toBeLessThan(40);
      }

      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await waitForActive(page, first?.index ?? 0);

      // End: the last name, far below: the page scrolls to it.
      await page.keyboard.press('End');
      const last = await waitForActive(page, names.length - 1);
      expect(last.onScreen).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
      // The card came along, whole on screen.
      await sleep(100);
      const lastBoxes = await cardAndActiveBoxes(page);
      const view = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      expect(lastBoxes?.card.top).toBeGreaterThanOrEqual(0);
      expect(lastBoxes?.card.bottom).toBeLessThanOrEqual(view.h);
      expect(lastBoxes?.card.left).toBeGreaterThanOrEqual(0);
      expect(lastBoxes?.card.right).toBeLessThanOrEqual(view.w);

      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !CSS.highlights.has('dalil-active'), { timeout: 15000, polling: 50 });
      expect(await cardVisible(page)).toBe(false);
      // Tab is the page's own again, and the page is as the publisher made it.
      await page.keyboard.press('Tab');
      await sleep(200);
      expect(await page.evaluate(() => CSS.highlights.has('dalil-active'))).toBe(false);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(publisherBody);
    });

    it('names mode from the keys in the page (Alt+Shift+N): arrows move in reading order, Escape leaves', async () => {
      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyN');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await page.waitForFunction(() => CSS.highlights.has('dalil-active'), { timeout: 15000, polling: 50 });
      const start = await activeName(page);
      // An Arabic page reads right to left: ArrowLeft is forward.
      await page.keyboard.press('ArrowLeft');
      await waitForActive(page, (start?.index ?? 0) + 1);
      await page.keyboard.press('ArrowUp');
      await waitForActive(page, start?.index ?? 0);
      // The card is reachable: Enter moves focus into it, and its live region speaks.
      await page.waitForFunction(
        () => (document.querySelector('dalil-card')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '') !== '',
        {
          timeout: 10000,
          polling: 50,
        },
      );
      const live = await page.evaluate(
        () => document.querySelector('dalil-card')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '',
      );
      const cardEn = await page.evaluate(
        () => document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-en"]')?.textContent ?? '',
      );
      expect(live).toContain(cardEn);
      const dialog = await page.evaluate(() => {
        const card = document.querySelector('dalil-card')?.shadowRoot?.querySelector('.card');
        return { role: card?.getAttribute('role'), label: card?.getAttribute('aria-label') ?? '' };
      });
      expect(dialog.role).toBe('dialog');
      expect(dialog.label.length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !CSS.highlights.has('dalil-active'), { timeout: 15000, polling: 50 });
    });

    it('turns one type off at once (places), leaving the others; the toggle-all command turns them all off and on', async () => {
      await open('/fixture/reading.html');
      const before = await highlightTexts(page);
      expect(before.place.length).toBeGreaterThan(0);
      expect(before.person.length).toBeGreaterThan(0);
      await patchSettings({ types: { person: true, organization: true, place: false } });
      await page.waitForFunction(() => !CSS.highlights.has('dalil-place'), { timeout: 10000, polling: 50 });
      const after = await highlightTexts(page);
      expect(after.place).toEqual([]);
      expect(after.person).toEqual(before.person);
      expect(after.organization).toEqual(before.organization);

      await sendCommand('dalil-toggle-highlights');
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('dalil-')), { timeout: 10000, polling: 50 });
      expect((await storedSettings()).highlightsOn).toBe(false);
      await sendCommand('dalil-toggle-highlights');
      await page.waitForFunction(() => CSS.highlights.has('dalil-person'), { timeout: 10000, polling: 50 });
      expect((await storedSettings()).highlightsOn).toBe(true);
      // The type switch still holds.
      expect(await page.evaluate(() => CSS.highlights.has('dalil-place'))).toBe(false);
    });

    it('highlights text the page adds after load within seconds, and counts it with the rest of the article', async () => {
      await open('/fixture/dynamic.html');
      const before = await highlightTexts(page);
      expect(before.person).not.toContain('سيرغي لافروف');
      const t0 = Date.now();
      await page.click('#more');
      await page.waitForFunction(
        () => [...(CSS.highlights.get('dalil-person') ?? [])].some((r) => (r as Range).toString() === 'سيرغي لافروف'),
        {
          timeout: 15000,
          polling: 50,
        },
      );
      const ms = Date.now() - t0;
      // Reported, not asserted: speed is for benchmarks, and this machine is shared.
      console.info(`[${kind}] appended paragraph highlighted in ${ms} ms`);
      const after = await highlightTexts(page);
      expect(after.person.filter((t) => t.includes('لافروف')).sort()).toEqual(['سيرغي لافروف', 'لافروف']);
      // What was painted before is still painted.
      for (const t of before.place) expect(after.place).toContain(t);
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      expect(await cardText(page)).toContain('Mentioned 2 times');
    });

    it('starts afresh after a single-page-app navigation (pushState): old highlights gone, new ones painted', async () => {
      await open('/fixture/dynamic.html');
      const before = await highlightTexts(page);
      expect(before.place).toContain('القاهرة');
      await page.click('#next');
      await page.waitForFunction(
        () => [...(CSS.highlights.get('dalil-person') ?? [])].some((r) => (r as Range).toString() === 'أنطونيو غوتيريش'),
        {
          timeout: 15000,
          polling: 50,
        },
      );
      expect(page.url()).toContain('/fixture/dynamic-next');
      const after = await highlightTexts(page);
      const all = [...after.person, ...after.organization, ...after.place];
      expect(all).not.toContain('القاهرة');
      expect(all.every((t) => t.length > 0)).toBe(true); // no ranges left over from the old story
      expect(after.place).toContain('جنيف');
    });

    it('paints nothing inside an input, a text area, an editable region, code or pre', async () => {
      await open('/fixture/editable.html');
      const where = await page.evaluate(() => {
        const out: Array<{ text: string; inside: string | null }> = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('dalil-')) continue;
          for (const r of h) {
            const range = r as Range;
            const el = range.startContainer.parentElement;
            const bad = el?.closest('input, textarea, [contenteditable], code, pre');
            out.push({ text: range.toString(), inside: bad ? bad.tagName.toLowerCase() + (bad.id ? `#${bad.id}` : '') : null });
          }
        }
        return out;
      });
      expect(where.map((w) => w.text)).toContain('سيرغي لافروف');
      expect(where.filter((w) => w.inside !== null)).toEqual([]);
    });

    it('shows the card in the Arabic interface (right to left, Arabic labels), and its next button moves the active highlight', async () => {
      await patchSettings({ uiLanguage: 'ar' });
      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      const card = await page.evaluate(() => {
        const el = document.querySelector('dalil-card')?.shadowRoot?.querySelector('.card') as HTMLElement;
        return {
          dir: el.getAttribute('dir'),
          lang: el.getAttribute('lang'),
          direction: getComputedStyle(el).direction,
          text: el.textContent ?? '',
        };
      });
      expect(card.dir).toBe('rtl');
      expect(card.lang).toBe('ar');
      expect(card.direction).toBe('rtl');
      expect(card.text).toContain('شخص');
      expect(card.text).toContain('في هذا المقال');
      // The headline names him too: four mentions, and the one under the pointer is the second.
      expect(card.text).toContain('ذُكر 4 مرات في هذا المقال');
      expect(card.text).toContain('2 من 4');
      // Names and descriptions stay bilingual, English first by default.
      expect(card.text).toContain('Sergey Lavrov');

      const lavrovs = async () =>
        page.evaluate(() => {
          const rs = [...(CSS.highlights.get('dalil-person') ?? [])] as Range[];
          rs.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
          const active = [...(CSS.highlights.get('dalil-active') ?? [])][0] as Range | undefined;
          const own = rs.filter((r) => r.toString().includes('لافروف'));
          return own.findIndex((r) => !!active && r.startContainer === active.startContainer && r.startOffset === active.startOffset);
        });
      expect(await lavrovs()).toBe(1);
      const cardSays = (text: string) =>
        page.waitForFunction(
          (t) => (document.querySelector('dalil-card')?.shadowRoot?.textContent ?? '').includes(t),
          { timeout: 15000 },
          text,
        );
      await clickInCard(page, 'card-next');
      await cardSays('3 من 4');
      expect(await lavrovs()).toBe(2);
      await clickInCard(page, 'card-next');
      await cardSays('4 من 4');
      expect(await lavrovs()).toBe(3);
      // The last one is far down the page: it was scrolled to, and the card came along.
      expect((await activeName(page))?.onScreen).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
      expect(await cardVisible(page)).toBe(true);
      await clickInCard(page, 'card-prev');
      await cardSays('3 من 4');
      expect(await lavrovs()).toBe(2);
      // The background paragraph is one click away.
      expect(
        await page.evaluate(
          () =>
            (document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-context"]') as HTMLElement | null)?.hidden,
        ),
      ).toBe(true);
      await clickInCard(page, 'card-background');
      expect(
        await page.evaluate(
          () =>
            (document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-context"]') as HTMLElement | null)?.hidden,
        ),
      ).toBe(false);
      expect(await cardText(page)).toContain('longest-serving');
    });

    it('"Not a name here" (on this site) removes that name\'s highlights at once and remembers it', async () => {
      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      const before = await highlightTexts(page);
      expect(before.place.filter((t) => t === 'موسكو').length).toBeGreaterThan(1);
      await hoverName(page, 'place', 'موسكو', 'Moscow');
      await clickInCard(page, 'card-not-a-name');
      await clickInCard(page, 'card-suppress-site');
      await page.waitForFunction(() => ![...(CSS.highlights.get('dalil-place') ?? [])].some((r) => (r as Range).toString() === 'موسكو'), {
        timeout: 10000,
        polling: 50,
      });
      const after = await highlightTexts(page);
      expect(after.person).toEqual(before.person);
      expect(after.place.length).toBe(before.place.length - before.place.filter((t) => t === 'موسكو').length);
      await page.waitForFunction(() => document.querySelector('dalil-card')?.getAttribute('style')?.includes('display: none') ?? true, {
        timeout: 10000,
      });
      const stored = (await storedSettings()).suppressed as Record<string, string[]>;
      expect(stored['127.0.0.1']).toEqual(['موسكو']);
    });

    it('"Edit" opens the options page at the entry, in a new tab', async () => {
      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      await clickInCard(page, 'card-edit');
      const opened = await waitForTab(b, `${b.extensionOrigin}/options.html#`);
      expect(opened.url).toBe(`${b.extensionOrigin}/options.html#edit=sergey-lavrov`);
      // One tab, not two.
      await sleep(500);
      const urls = await Promise.all((await b.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '')));
      expect(urls.filter((u) => u.startsWith(`${b.extensionOrigin}/options.html`))).toHaveLength(1);
      await opened.page.close();
    });

    it('gives a name not in the glossary a card of its own, whose "Add to glossary" opens the form pre-filled', async () => {
      await open('/fixture/reading.html');
      const name = 'مهند المبيضين';
      await hoverName(page, 'person', name, 'Not in your glossary');
      const text = (await cardText(page)) ?? '';
      expect(text).toContain(name);
      expect(text).toContain('Person');
      expect(text).toContain('Jordanian government spokesperson');
      const translit = await page.evaluate(
        () => document.querySelector('dalil-card')?.shadowRoot?.querySelector('.translit')?.textContent ?? '',
      );
      expect(translit).toMatch(/^[\p{Script=Latin}\s'ʿʾ.-]+$/u); // how it sounds, in Latin letters
      // Read as an Arabic name (مهند is one): a vowel in every word, no word opening on two consonants.
      expect(translit).toBe(transliterate(name, 'arabic'));
      for (const word of translit.replace(/al-/g, '').split(' ')) expect(word).toMatch(/^[^aeiou]?[aeiou]/i);
      await clickInCard(page, 'card-add');
      const opened = await waitForTab(b, `${b.extensionOrigin}/options.html#add?`);
      const params = new URLSearchParams(opened.url.split('#add?')[1]);
      expect(params.get('ar')).toBe(name);
      expect(params.get('type')).toBe('person');
      expect(params.get('role')).toBe('Jordanian government spokesperson');
      expect(params.get('translit')).toBe(translit);
      await opened.page.close();
    });

    it('links to Wikipedia, keeps the study-list star, offers speech only with a local Arabic voice, and leads with Arabic when asked', async () => {
      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      // The glossary entry (with its links) arrives just after the card opens.
      await page.waitForFunction(() => !!document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-wiki-en"]'), {
        timeout: 15000,
      });
      const links = await page.evaluate(() =>
        [...(document.querySelector('dalil-card')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => ({
          href: a.href,
          rel: a.rel,
          target: a.target,
        })),
      );
      expect(links).toContainEqual({ href: 'https://en.wikipedia.org/wiki/Sergey_Lavrov', rel: 'noopener noreferrer', target: '_blank' });
      expect(links.every((l) => l.rel === 'noopener noreferrer' && l.target === '_blank')).toBe(true);

      // Speech: the button is there exactly when the system has an Arabic voice that runs locally.
      const voice = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const has = () => speechSynthesis.getVoices().some((v) => v.localService && v.lang.toLowerCase().startsWith('ar'));
            if (has()) resolve(true);
            else setTimeout(() => resolve(has()), 500);
          }),
      );
      const speak = await page.evaluate(
        () => !!document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-speak"]'),
      );
      expect(speak).toBe(voice);

      const starred = async () =>
        probe.evaluate(async () => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const r = await api.runtime.sendMessage({ type: 'glossary:search', query: 'سيرغي لافروف', starredOnly: true });
          return (r.entries as Array<{ id: string }>).some((e) => e.id === 'sergey-lavrov');
        });
      await page.waitForFunction(() => !!document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-star"]'), {
        timeout: 15000,
      });
      const pressed = () =>
        page.evaluate(() =>
          document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-star"]')?.getAttribute('aria-pressed'),
        );
      expect(await pressed()).toBe('false');
      await clickInCard(page, 'card-star');
      await page.waitForFunction(
        () =>
          document.querySelector('dalil-card')?.shadowRoot?.querySelector('[data-testid="card-star"]')?.getAttribute('aria-pressed') ===
          'true',
        { timeout: 15000 },
      );
      await expect.poll(starred, { timeout: 15000 }).toBe(true);
      await clickInCard(page, 'card-star');
      await expect.poll(starred, { timeout: 15000 }).toBe(false);
      expect(await pressed()).toBe('false');
      await page.keyboard.press('Escape');

      await patchSettings({ cardFirst: 'ar' });
      await sleep(200);
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      const order = await page.evaluate(() => {
        const root = document.querySelector('dalil-card')?.shadowRoot;
        const names = [...(root?.querySelector('.names')?.children ?? [])].map((e) => e.className);
        const desc = [...(root?.querySelector('.desc')?.children ?? [])].map((e) => e.getAttribute('lang'));
        return { names, desc };
      });
      expect(order.names.slice(0, 2)).toEqual(['name-ar', 'name-en']);
      expect(order.desc).toEqual(['ar', 'en']);
    });

    it('scrolls to a mention the popup asks for and flashes it for a moment', async () => {
      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      const tabId = await tabIdOfPage();
      await probe.evaluate(async (tabId) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.tabs.sendMessage(tabId, { type: 'page:scrollTo', key: 'sergey-lavrov', index: 3 });
      }, tabId);
      await page.bringToFront();
      const active = await activeName(page);
      const names = await paintedInOrder(page);
      const lastLavrov = names.map((n) => n.text).lastIndexOf('سيرغي لافروف');
      expect(active?.index).toBe(lastLavrov);
      expect(active?.onScreen).toBe(true);
      await page.waitForFunction(() => !CSS.highlights.has('dalil-active'), { timeout: 12000, polling: 50 });
    });

    it('reflects a name the reader adds to the glossary on an open page, without a reload', async () => {
      await open('/fixture/dynamic.html');
      const name = 'سليم الحداد';
      await page.evaluate((name) => {
        const p = document.createElement('p');
        p.textContent = `وكتب ${name} في تقريره أن المحادثات في القاهرة مستمرة حتى نهاية الأسبوع.`;
        document.getElementById('live')?.append(p);
      }, name);
      await sleep(1500);
      expect((await highlightTexts(page)).person).not.toContain(name);
      const saved = await probe.evaluate(async (name) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return api.runtime.sendMessage({
          type: 'glossary:save',
          entry: {
            id: 'e2e-salim-haddad',
            type: 'person',
            en: 'Salim Haddad',
            ar: name,
            desc: { en: 'A reporter (test entry).', ar: 'صحفي (مدخل اختباري).' },
          },
        });
      }, name);
      expect((saved as { ok: boolean }).ok).toBe(true);
      await page.waitForFunction(
        (name) => [...(CSS.highlights.get('dalil-person') ?? [])].some((r) => (r as Range).toString() === name),
        { timeout: 15000, polling: 50 },
        name,
      );
      await probe.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.runtime.sendMessage({ type: 'glossary:delete', id: 'e2e-salim-haddad' });
      });
    });

    it('uses the dark card on a dark page, and the light card on a light one', async () => {
      const theme = () =>
        page.evaluate(() => {
          const el = document.querySelector('dalil-card')?.shadowRoot?.querySelector('.card') as HTMLElement;
          const m = /rgba?\(([^)]+)\)/.exec(getComputedStyle(el).backgroundColor);
          const [r, g, b] = (m?.[1] ?? '').split(',').map((x) => Number.parseFloat(x)) as [number, number, number];
          return { dark: el.classList.contains('theme-dark'), brightness: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
        });
      await open('/fixture/dark.html');
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      const dark = await theme();
      expect(dark.dark).toBe(true);
      expect(dark.brightness).toBeLessThan(0.25);
      await page.keyboard.press('Escape');

      await open('/fixture/reading.html');
      await page.evaluate(() => scrollTo(0, 0));
      await hoverName(page, 'person', 'سيرغي لافروف', 'Sergey Lavrov');
      const light = await theme();
      expect(light.dark).toBe(false);
      expect(light.brightness).toBeGreaterThan(0.8);
    });
  });
}
