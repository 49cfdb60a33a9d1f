/**
 * `npm run demo`: the built extension on the demo page (the seed article laid out as an Arabic
 * news page, served on 127.0.0.1), in Chromium or, with --browser firefox, Firefox.
 *   With a display: a real window to use; the demo runs until you close the browser.
 *   Without one (or with --headless): screenshots into demo-output/ and a printout of what
 *   Dalil found. Options: --browser chromium|firefox, --headless, --out DIR.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { DigestResponse } from '../lib/messages';
import { type BrowserKind, findBrowser, INSTALL_HINT, launchWithDalil } from './lib/browsers';
import { cardText, openPopup, rangeCentre, waitForHighlights } from './lib/extension-pages';
import { ROOT } from './lib/glossary-sources';
import { startStaticServer } from './lib/static-server';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '') : undefined;
};
const kind = (flag('browser') ?? 'chromium') as BrowserKind;
if (kind !== 'chromium' && kind !== 'firefox') {
  console.error(`demo: --browser must be chromium or firefox, not "${kind}"`);
  process.exit(2);
}
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(flag('out') ?? join(ROOT, 'demo-output'));
const extensionDir = join(ROOT, kind === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2');

if (!findBrowser(kind)) {
  console.error(`demo: no ${kind} on this system — ${INSTALL_HINT[kind]}`);
  process.exit(1);
}

async function hoverName(page: Page, type: string, text: string): Promise<void> {
  const { x, y } = await rangeCentre(page, type, text);
  await page.mouse.move(x + 60, y + 120);
  await page.mouse.move(x, y, { steps: 4 });
  await page.waitForFunction(
    () => {
      const host = document.querySelector('dalil-card') as HTMLElement | null;
      return !!host && host.style.display !== 'none' && (host.shadowRoot?.textContent ?? '').length > 40;
    },
    { timeout: 10000 },
  );
  await new Promise((r) => setTimeout(r, 400));
}

/** Sets the interface language from an extension page (storage is shared by every part of Dalil). */
async function setUiLanguage(extPage: Page, lang: 'auto' | 'en' | 'ar'): Promise<void> {
  await extPage.evaluate(async (lang) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const got = await api.storage.local.get('dalil:settings');
    const current = (got['dalil:settings'] ?? {}) as Record<string, unknown>;
    await api.storage.local.set({ 'dalil:settings': { ...current, uiLanguage: lang } });
  }, lang);
}

async function main(): Promise<void> {
  const server = await startStaticServer();
  const demoUrl = `${server.url}/demo`;
  const b = await launchWithDalil(kind, { headless, extensionDir, width: 1280, height: 860 });
  const page = ((await b.browser.pages())[0] ?? (await b.browser.newPage())) as Page;
  const t0 = Date.now();
  await page.goto(demoUrl, { waitUntil: 'load' });
  await waitForHighlights(page);
  console.log(`Dalil demo in ${kind}: ${demoUrl} (highlights painted ${Date.now() - t0} ms after navigation started)`);

  if (!headless) {
    console.log(
      'A browser window is open with Dalil loaded. Rest the pointer on a highlighted name; click the Dalil toolbar icon for the digest.',
    );
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((done) => {
      b.browser.on('disconnected', () => done());
      process.on('SIGINT', () => done());
    });
    await server.close();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shot = async (p: Page, name: string) => {
    const file = join(outDir, `${kind}-${name}.png`);
    await p.screenshot({ path: file });
    shots.push(file);
  };
  await shot(page, 'page');
  await hoverName(page, 'person', 'سيرغي لافروف');
  console.log(`\nCard on لافروف: ${(await cardText(page))?.replace(/\s+/g, ' ').trim()}`);
  await shot(page, 'card-lavrov');
  await page.keyboard.press('Escape');

  const popup = await openPopup(b, page);
  try {
    await popup.setViewport({ width: 420, height: 760 });
  } catch {
    // Firefox ESR 140 throws here though the size applies.
  }
  await popup.waitForSelector('[data-testid="state-article"]', { timeout: 20000 });
  await shot(popup, 'popup');
  const digest = (await popup.evaluate(async () => {
    const id = Number(new URLSearchParams(location.search).get('tab'));
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage({ type: 'digest', tabId: id });
  })) as DigestResponse;
  if (digest.state === 'article') {
    const d = digest.digest;
    const line = (label: string, items: typeof d.people) =>
      console.log(`${label}: ${items.map((i) => `${i.en ?? '?'} (${i.ar}) ×${i.mentions}${i.role ? ` — ${i.role.en}` : ''}`).join('; ')}`);
    console.log(`\nTitle: ${digest.title}`);
    line('People', d.people);
    line('Organizations', d.organizations);
    line('Places', d.places);
    console.log('\nSummary:');
    for (const s of d.sentences) console.log(`  • ${s}`);
    if (digest.paintMs !== null)
      console.log(
        `\nFrom document idle to painted highlights: ${Math.round(digest.paintMs)} ms (first page after install, while the glossary is being stored)`,
      );
  }
  // A second visit: the glossary is installed and the worker is warm — the everyday case.
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.bringToFront();
    await page.goto(demoUrl, { waitUntil: 'load' });
    await waitForHighlights(page);
    const again = (await popup.evaluate(async () => {
      const id = Number(new URLSearchParams(location.search).get('tab'));
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({ type: 'digest', tabId: id });
    })) as DigestResponse;
    if (again.state === 'article' && again.paintMs !== null) warm.push(again.paintMs);
  }
  if (warm.length)
    console.log(`From document idle to painted highlights on later visits: ${warm.map((m) => `${Math.round(m)} ms`).join(', ')}`);

  // The dark site, with the system in dark mode.
  const dark = (await b.browser.newPage()) as Page;
  try {
    await dark.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  } catch {
    // Not every browser lets a test emulate the colour scheme; the dark site alone still shows the dark card.
  }
  await dark.goto(`${demoUrl}?theme=dark`, { waitUntil: 'load' });
  await waitForHighlights(dark);
  await hoverName(dark, 'person', 'سيرغي لافروف');
  await shot(dark, 'card-dark');
  await dark.close();

  // The Arabic interface: the popup and the card.
  await setUiLanguage(popup, 'ar');
  await popup.reload().catch(() => undefined);
  await popup.waitForSelector('[data-testid="state-article"]', { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 800));
  await shot(popup, 'popup-ar');
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await hoverName(page, 'person', 'سيرغي لافروف');
  await shot(page, 'card-ar');
  await setUiLanguage(popup, 'auto');

  console.log(`\nScreenshots in ${outDir}:`);
  for (const s of shots) console.log(`  ${s}`);
  await b.close();
  await server.close();
}

main().catch((err) => {
  console.error(`demo: ${(err as Error).message}`);
  process.exit(1);
});
