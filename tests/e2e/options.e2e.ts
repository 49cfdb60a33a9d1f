/**
 * The options page end to end, in real Chromium and real Firefox ESR with the built extension:
 * searching the glossary in Arabic and English, adding and editing an entry (which the recognizer
 * then knows), the Add form pre-filled from its URL, importing a CSV (and one with a bad row, which
 * imports nothing until the reader asks for the valid rows), a hostile file staying text, deleting,
 * the study list and its Anki export, exporting CSV, and the interface in Arabic (RTL).
 */
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind, LaunchedBrowser } from '../../scripts/lib/browsers';
import { ROOT } from '../../scripts/lib/glossary-sources';
import { browserAvailable, gotoExtensionPage, launch } from './support/harness';

const KINDS: BrowserKind[] = ['chromium', 'firefox'];
const FIXTURES = join(ROOT, 'tests/fixtures/import');

/** Sets a field's value as typing would (Preact listens to input events). */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.$eval(
    selector,
    (el, v) => {
      const input = el as HTMLInputElement;
      input.focus();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

async function choose(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const select = el as HTMLSelectElement;
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** The rows of the glossary table as a reader sees them. */
function rows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the reader sees
    [...document.querySelectorAll('[data-testid="glossary-table"] tbody tr')].map((tr) => (tr as HTMLElement).innerText),
  );
}

async function waitForText(page: Page, selector: string, text: string, timeout = 10000): Promise<void> {
  await page.waitForFunction(
    (s, t) => [...document.querySelectorAll(s)].some((el) => (el.textContent ?? '').includes(t)),
    { timeout, polling: 100 },
    selector,
    text,
  );
}

async function search(page: Page, query: string, expectFirst: string): Promise<string[]> {
  await fill(page, '[data-testid="search"]', query);
  await waitForText(page, '[data-testid="glossary-table"] tbody tr:first-child', expectFirst);
  return rows(page);
}

/** Asks the background directly, as the page's own messages do. */
function message<T>(page: Page, msg: unknown): Promise<T> {
  return page.evaluate((m) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage(m);
  }, msg) as Promise<T>;
}

async function tab(page: Page, id: 'glossary' | 'study' | 'transfer' | 'settings'): Promise<void> {
  await page.click(`[data-testid="tab-${id}"]`);
  const ready = {
    glossary: '[data-testid="search"]',
    study: '[data-testid="export-anki"]',
    transfer: '[data-testid="import-file"]',
    settings: '[data-testid="settings"]',
  };
  await page.waitForSelector(ready[id]);
}

/** Downloads are caught in the page (the Blob and the file name) instead of being saved. */
async function catchDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __blobs: Blob[]; __names: string[] };
    if (w.__blobs) return;
    w.__blobs = [];
    w.__names = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) w.__blobs.push(obj);
      return create(obj);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) w.__names.push(this.download);
      else click.call(this);
    };
  });
}

function lastDownload(page: Page): Promise<{ name: string; text: string; count: number }> {
  return page.evaluate(async () => {
    const w = window as unknown as { __blobs: Blob[]; __names: string[] };
    const blob = w.__blobs.at(-1);
    const bytes = new Uint8Array(blob ? await blob.arrayBuffer() : new ArrayBuffer(0));
    return { name: w.__names.at(-1) ?? '', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), count: w.__names.length };
  });
}

async function upload(page: Page, file: string): Promise<void> {
  const input = (await page.waitForSelector('input[type="file"][data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(FIXTURES, file));
}

interface SearchReply {
  total: number;
  entries: Array<{ id: string; en: string; ar: string; source: string; type: string; desc: { en: string; ar: string } }>;
}

for (const kind of KINDS) {
  describe.runIf(browserAvailable(kind))(`Options page in ${kind}`, () => {
    let b: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      b = await launch(kind);
      page = ((await b.browser.pages())[0] ?? (await b.browser.newPage())) as Page;
      await gotoExtensionPage(page, `${b.extensionOrigin}/options.html`);
      await page.waitForSelector('[data-testid="search"]', { timeout: 20000 });
    });

    afterAll(async () => {
      await b?.close();
    });

    it('finds Sergey Lavrov by "لافروف" and by "lavrov", names in both scripts', async () => {
      const byArabic = await search(page, 'لافروف', 'Sergey Lavrov');
      expect(byArabic[0]).toContain('سيرغي لافروف');
      const byEnglish = await search(page, 'lavrov', 'Sergey Lavrov');
      expect(byEnglish[0]).toContain('Person');
      expect(byEnglish[0]).toContain('Bundled');
      expect(await page.$eval('[data-testid="glossary-table"] tbody tr td.name-ar', (td) => td.getAttribute('dir'))).toBe('rtl');
      // Filters: Lavrov is not a place, and not one of the reader's own.
      await choose(page, '[data-testid="filter-type"]', 'place');
      await waitForText(page, '[data-testid="count"]', 'No entry matches');
      await choose(page, '[data-testid="filter-type"]', 'all');
      await choose(page, '[data-testid="filter-source"]', 'user');
      await waitForText(page, '[data-testid="count"]', 'No entry matches');
      await choose(page, '[data-testid="filter-source"]', 'all');
      await waitForText(page, '[data-testid="glossary-table"] tbody tr:first-child', 'Sergey Lavrov');
    });

    it('adds a place (the form shows the issues first), and the recognizer knows it at once', async () => {
      // Not in the glossary: the empty result offers to add it, with the Arabic name filled in.
      await fill(page, '[data-testid="search"]', 'كفرومة');
      await waitForText(page, '[data-testid="count"]', 'No entry matches');
      await page.click('[data-testid="add-missing"]');
      await page.waitForSelector('[data-testid="entry-form"]');
      expect(await page.$eval('#f-ar', (el) => (el as HTMLInputElement).value)).toBe('كفرومة');
      await choose(page, '#f-type', 'place');
      await fill(page, '#f-en', 'Kafrouma');
      await page.click('[data-testid="save"]');
      // The descriptions are required: nothing is saved, each field says why.
      await page.waitForSelector('[data-testid="issue-descEn"]');
      expect(await page.$eval('[data-testid="issue-descEn"]', (p) => p.textContent)).toBe('is empty');
      expect(await page.$eval('#f-desc-en', (el) => el.getAttribute('aria-invalid'))).toBe('true');
      expect((await message<SearchReply>(page, { type: 'glossary:search', query: 'كفرومة' })).total).toBe(0);

      await fill(page, '#f-desc-en', 'A village in Idlib province, Syria.');
      await fill(page, '#f-desc-ar', 'قرية في محافظة إدلب السورية.');
      await fill(page, '#f-country', 'sy');
      await fill(page, '#f-lat', '35.6136');
      await fill(page, '#f-lon', '36.5619');
      await page.click('[data-testid="save"]');
      await waitForText(page, '[data-testid="status"]', 'Saved “Kafrouma”.');
      await waitForText(page, '[data-testid="glossary-table"] tbody tr:first-child', 'Kafrouma');
      expect((await rows(page))[0]).toMatch(/Kafrouma[\s\S]*كفرومة[\s\S]*Place[\s\S]*Mine/);

      const found = await message<SearchReply>(page, { type: 'glossary:search', query: 'كفرومة' });
      expect(found.total).toBe(1);
      expect(found.entries[0]).toMatchObject({ en: 'Kafrouma', ar: 'كفرومة', type: 'place', source: 'user' });
      expect(found.entries[0]?.id).toMatch(/^user:kafrouma-[a-z0-9]{8}$/);
      const analysis = await message<{ mentions: Array<{ text: string; entity: { en: string } | null }> }>(page, {
        type: 'analyze',
        blocks: ['خرجت مظاهرة في بلدة كفرومة بريف إدلب يوم الجمعة.'],
      });
      expect(analysis.mentions.map((m) => [m.text, m.entity?.en])).toContainEqual(['كفرومة', 'Kafrouma']);
    });

    it('edits the entry through its Edit button', async () => {
      await search(page, 'كفرومة', 'Kafrouma');
      await page.click('[data-testid="glossary-table"] tbody tr:first-child [data-testid="edit"]');
      await page.waitForSelector('[data-testid="entry-form"]');
      expect(await page.evaluate(() => location.hash)).toMatch(/^#edit=user%3Akafrouma-/);
      expect(await page.$eval('#f-ar', (el) => (el as HTMLInputElement).value)).toBe('كفرومة');
      expect(await page.$eval('#f-country', (el) => (el as HTMLInputElement).value)).toBe('SY');
      await fill(page, '#f-en', 'Kafr Rouma');
      await fill(page, '#f-aliases', 'كفر رومة\nكفرومة البلد');
      await page.click('[data-testid="save"]');
      await waitForText(page, '[data-testid="status"]', 'Saved “Kafr Rouma”.');
      const found = await message<SearchReply & { entries: Array<{ aliases?: string[] }> }>(page, {
        type: 'glossary:search',
        query: 'كفر رومة',
      });
      expect(found.total).toBe(1);
      expect(found.entries[0]).toMatchObject({ en: 'Kafr Rouma', aliases: ['كفر رومة', 'كفرومة البلد'] });
    });

    it('opens the Add form pre-filled from options.html#add?… (the card’s "Add to glossary")', async () => {
      const other = await b.browser.newPage();
      try {
        const hash = `#add?${new URLSearchParams({ ar: 'أبو محمد الجولاني', type: 'person', translit: 'Abu Muhammad al-Julani', role: 'Leader of the group' })}`;
        await gotoExtensionPage(other, `${b.extensionOrigin}/options.html${hash}`);
        await other.waitForSelector('[data-testid="entry-form"]', { timeout: 15000 });
        const values = await other.evaluate(() => ({
          ar: (document.querySelector('#f-ar') as HTMLInputElement).value,
          en: (document.querySelector('#f-en') as HTMLInputElement).value,
          type: (document.querySelector('#f-type') as HTMLSelectElement).value,
          descEn: (document.querySelector('#f-desc-en') as HTMLTextAreaElement).value,
          arDir: (document.querySelector('#f-ar') as HTMLInputElement).dir,
        }));
        expect(values).toEqual({
          ar: 'أبو محمد الجولاني',
          en: 'Abu Muhammad al-Julani',
          type: 'person',
          descEn: 'Leader of the group',
          arDir: 'rtl',
        });
      } finally {
        await other.close();
      }
    });

    it('imports a valid CSV file and shows its rows', async () => {
      await page.bringToFront();
      await tab(page, 'transfer');
      expect(await page.$eval('[data-testid="csv-header"]', (el) => el.textContent)).toBe(
        'id,type,en,ar,aliases,short,enAliases,desc_en,desc_ar,context_en,context_ar,country,lat,lon,wiki_en,wiki_ar',
      );
      await upload(page, 'valid.csv');
      await waitForText(page, '[data-testid="import-done"]', 'Imported 3 entries.', 20000);
      await tab(page, 'glossary');
      // The bundled glossary may know these towns too: the reader's own are asked for.
      await choose(page, '[data-testid="filter-source"]', 'user');
      const found = await search(page, 'معلولا', 'Maaloula');
      expect(found[0]).toContain('Mine');
      await search(page, 'Saydnaya', 'Saydnaya');
      await search(page, 'دير عطية', 'Deir Atiyah');
      await choose(page, '[data-testid="filter-source"]', 'all');
    });

    it('imports nothing from a file with a bad row until "Import only the valid entries"', async () => {
      await tab(page, 'transfer');
      await upload(page, 'one-invalid.csv');
      await page.waitForSelector('[data-testid="import-report"]', { timeout: 20000 });
      const report = await page.evaluate(() => ({
        summary: document.querySelector('.report-summary')?.textContent ?? '',
        rows: [...document.querySelectorAll('[data-testid="report-table"] tbody tr')].map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.textContent),
        ),
        button: document.querySelector('[data-testid="import-valid"]')?.textContent ?? '',
      }));
      expect(report.summary).toBe('one-invalid.csv — rows: 3, valid: 2, with problems: 1.');
      expect(report.rows).toEqual([['3', 'type', 'must be person, organization or place']]);
      expect(report.button).toBe('Import only the 2 valid entries');
      expect((await message<SearchReply>(page, { type: 'glossary:search', query: 'Rankous' })).total).toBe(0);

      await page.click('[data-testid="import-valid"]');
      await waitForText(page, '[data-testid="import-done"]', 'Imported 2 entries.', 20000);
      expect((await message<SearchReply>(page, { type: 'glossary:search', query: 'Rankous' })).total).toBe(1);
      expect((await message<SearchReply>(page, { type: 'glossary:search', query: 'Qara' })).entries.map((e) => e.en)).toContain('Qara');
      // The bad row (Nabk) was left out: the reader has no entry of that name (the bundled glossary may).
      const nabk = await message<SearchReply>(page, { type: 'glossary:search', query: 'Nabk' });
      expect(nabk.entries.filter((e) => e.source === 'user')).toEqual([]);
    });

    it('says a Windows-1256 file is not UTF-8, and keeps a hostile file’s markup as text', async () => {
      await upload(page, 'windows-1256.csv');
      await waitForText(page, '[data-testid="import-error"]', 'not UTF-8', 20000);
      expect(await page.$eval('[data-testid="import-error"]', (el) => el.textContent)).toContain('line 2');

      await upload(page, 'hostile.json');
      await waitForText(page, '[data-testid="import-done"]', 'Imported 1 entry.', 20000);
      await tab(page, 'glossary');
      const [row] = await search(page, 'Markup Union', 'Markup Union');
      expect(row).toContain('<img src=x onerror="window.__dalilPwned=1">Markup Union');
      expect(row).toContain('<script>window.__dalilPwned=1</script>اتحاد الوسوم');
      const live = await page.evaluate(() => ({
        elements: document.querySelectorAll(
          '[data-testid="glossary-table"] img, [data-testid="glossary-table"] script, [data-testid="glossary-table"] iframe',
        ).length,
        pwned: (window as unknown as { __dalilPwned?: number }).__dalilPwned ?? null,
        polluted: ({} as Record<string, unknown>).polluted ?? null,
      }));
      expect(live).toEqual({ elements: 0, pwned: null, polluted: null });
    });

    it('deletes an entry after asking', async () => {
      await search(page, 'Deir Atiyah', 'Deir Atiyah');
      await page.click('[data-testid="glossary-table"] tbody tr:first-child [data-testid="delete"]');
      await waitForText(page, '[data-testid="glossary-table"] tbody tr:first-child', 'Delete “Deir Atiyah”?');
      expect((await message<SearchReply>(page, { type: 'glossary:search', query: 'Deir Atiyah' })).total).toBe(1);
      await page.click('[data-testid="confirm-delete"]');
      await waitForText(page, '[data-testid="status"]', 'Deleted “Deir Atiyah”.');
      await waitForText(page, '[data-testid="count"]', 'No entry matches');
      expect((await message<SearchReply>(page, { type: 'glossary:search', query: 'Deir Atiyah' })).total).toBe(0);
    });

    it('stars Lavrov, lists him on the study list and exports it for Anki', async () => {
      await search(page, 'لافروف', 'Sergey Lavrov');
      await page.click('[data-testid="glossary-table"] tbody tr:first-child [data-testid="star"]');
      await page.waitForSelector('[data-testid="glossary-table"] tbody tr:first-child [data-testid="star"][aria-pressed="true"]');
      await tab(page, 'study');
      await waitForText(page, '[data-testid="glossary-table"] tbody tr', 'Sergey Lavrov');
      expect(await rows(page)).toHaveLength(1);
      await catchDownloads(page);
      await page.click('[data-testid="export-anki"]');
      await waitForText(page, '[data-testid="export-status"]', 'Saved dalil-study-list-anki-');
      const file = await lastDownload(page);
      expect(file.name).toMatch(/^dalil-study-list-anki-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(file.text).toBe("سيرغي لافروف,Sergey Lavrov — Russia's foreign minister since 2004.\n");
    });

    it('exports the reader’s own entries as CSV, formulas defused', async () => {
      await tab(page, 'transfer');
      await catchDownloads(page);
      await page.click('[data-testid="export-mine-csv"]');
      await waitForText(page, '[data-testid="export-status"]', 'Saved dalil-glossary-mine-');
      const file = await lastDownload(page);
      expect(file.name).toMatch(/^dalil-glossary-mine-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = file.text.split('\r\n');
      expect(lines[0]).toBe(
        '\uFEFFid,type,en,ar,aliases,short,enAliases,desc_en,desc_ar,context_en,context_ar,country,lat,lon,wiki_en,wiki_ar',
      );
      expect(file.text).toContain('user:maaloula,place,Maaloula,معلولا,');
      expect(file.text).toContain('Kafr Rouma');
      expect(file.text).not.toContain('Sergey Lavrov');
    });

    it('speaks Arabic, right to left, when the interface language is set to Arabic', async () => {
      await tab(page, 'settings');
      await choose(page, '[data-testid="ui-language"]', 'ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl', { timeout: 10000 });
      const view = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        tabs: [...document.querySelectorAll('.tabs .tab')].map((a) => a.textContent),
        direction: getComputedStyle(document.querySelector('.content') as Element).direction,
      }));
      expect(view).toEqual({
        lang: 'ar',
        title: 'دليل — المسرد والإعدادات',
        tabs: ['المسرد', 'قائمة المراجعة', 'الاستيراد والتصدير', 'الإعدادات'],
        direction: 'rtl',
      });
      const stored = await page.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return ((await api.storage.local.get('dalil:settings'))['dalil:settings'] as { uiLanguage?: string } | undefined)?.uiLanguage;
      });
      expect(stored).toBe('ar');
      await tab(page, 'glossary');
      await search(page, 'لافروف', 'Sergey Lavrov');
      expect(await page.$eval('label[for="search"]', (el) => el.textContent)).toBe('ابحث في المسرد');
      expect((await rows(page))[0]).toContain('شخص');
    });
  });
}
