/**
 * Finding a real browser on this system and starting it with Dalil loaded (puppeteer-core: no
 * browser download). Shared by the demo and the end-to-end tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserKind, string[]> = {
  chromium: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
};

export const INSTALL_HINT: Record<BrowserKind, string> = {
  chromium: 'install Chromium: sudo apt-get install -y chromium (or set DALIL_CHROMIUM=/path/to/chrome)',
  firefox: 'install Firefox ESR: sudo apt-get install -y firefox-esr (or set DALIL_FIREFOX=/path/to/firefox)',
};

export function findBrowser(kind: BrowserKind): string | null {
  const env = kind === 'chromium' ? process.env.DALIL_CHROMIUM : process.env.DALIL_FIREFOX;
  if (env) return existsSync(env) ? env : null;
  return CANDIDATES[kind].find((p) => existsSync(p)) ?? null;
}

/** Fixed so tests and the demo can open moz-extension://UUID/popup.html (Firefox picks a random one otherwise). */
export const FIREFOX_ADDON_ID = 'dalil@dalil.invalid';
export const FIREFOX_UUID = '6d616c69-6c00-4da1-8000-000000000001';

export interface LaunchedBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless: boolean;
  /** Built extension folder (absolute). */
  extensionDir: string;
  /** Window size for headed runs and screenshots. */
  width?: number;
  height?: number;
}

export async function launchWithDalil(kind: BrowserKind, options: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(kind);
  if (!executablePath) throw new Error(`No ${kind} found: ${INSTALL_HINT[kind]}`);
  const userDataDir = mkdtempSync(join(tmpdir(), `dalil-${kind}-`));
  const width = options.width ?? 1280;
  const height = options.height ?? 900;
  let browser: Browser;
  let extensionOrigin: string;
  if (kind === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless: options.headless,
      userDataDir,
      pipe: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      defaultViewport: { width, height },
      args: [
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--lang=en-US',
        `--window-size=${width},${height}`,
      ],
    });
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
      timeout: 20000,
    });
    extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: options.headless,
      userDataDir,
      defaultViewport: { width, height },
      args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
        'intl.locale.requested': 'en-US',
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    await browser.installExtension(options.extensionDir);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }
  return {
    kind,
    browser,
    extensionOrigin,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
