/**
 * Keyboard commands (the manifest's "commands"): the browser tells the background, which passes
 * the command to the content script of the active tab; the page does the work (names mode,
 * highlights on or off). A tab without our content script (a browser page) just ignores it.
 */
import { browser } from 'wxt/browser';
import type { PageCommandRequest } from '../messages';

export const NAMES_MODE_COMMAND = 'dalil-names-mode';
export const TOGGLE_HIGHLIGHTS_COMMAND = 'dalil-toggle-highlights';

export function registerCommandForwarding(): void {
  browser.commands?.onCommand?.addListener(async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request: PageCommandRequest = { type: 'page:command', command };
    await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
}
