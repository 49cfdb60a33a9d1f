/**
 * What the end-to-end tests share: which browsers exist (a missing one is skipped with a loud
 * notice, or fails with DALIL_E2E=required), starting one with Dalil, and reading what a reader
 * would see: the highlights in the page's registry, the card in its shadow root, the popup.
 */
import { join } from 'node:path';
import { type BrowserKind, findBrowser, INSTALL_HINT, type LaunchedBrowser, launchWithDalil } from '../../../scripts/lib/browsers';
import { ROOT } from '../../../scripts/lib/glossary-sources';

export const EXTENSION_DIRS: Record<BrowserKind, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};

export const REQUIRED = process.env.DALIL_E2E === 'required';

/** Whether to run a browser's suite; prints a loud notice when it cannot. */
export function browserAvailable(kind: BrowserKind): boolean {
  if (findBrowser(kind)) return true;
  const line = `\n!!!!! END-TO-END TESTS FOR ${kind.toUpperCase()} ${REQUIRED ? 'FAIL' : 'ARE SKIPPED'}: no ${kind} found — ${INSTALL_HINT[kind]}\n`;
  console.warn(line);
  if (REQUIRED) throw new Error(line.trim());
  return false;
}

export function launch(kind: BrowserKind): Promise<LaunchedBrowser> {
  return launchWithDalil(kind, { headless: true, extensionDir: EXTENSION_DIRS[kind] });
}

export {
  cardText,
  gotoExtensionPage,
  type HighlightTexts,
  highlightTexts,
  openPopup,
  rangeCentre,
  sleep,
  waitForHighlights,
} from '../../../scripts/lib/extension-pages';
