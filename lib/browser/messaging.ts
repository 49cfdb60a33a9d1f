/**
 * Sending typed messages. An MV3 service worker may be stopped between two requests; the first
 * message then wakes it, but a message sent while it restarts can fail with "Receiving end does
 * not exist" or come back empty. We retry once after a short pause, as DESIGN.md asks.
 */
import { browser } from 'wxt/browser';
import { type BackgroundRequest, type BackgroundResponse, isErrorReply, type PageRequest } from '../messages';

const RETRY_DELAY_MS = 150;

function isTransient(err: unknown): boolean {
  const msg = String((err as Error)?.message ?? err);
  return /Receiving end does not exist|Could not establish connection|message port closed|context invalidated|no response/i.test(msg);
}

async function once<R>(send: () => Promise<unknown>): Promise<R> {
  const reply = await send();
  if (reply === undefined) throw new Error('no response');
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as R;
}

async function withRetry<R>(send: () => Promise<unknown>): Promise<R> {
  try {
    return await once<R>(send);
  } catch (err) {
    if (!isTransient(err)) throw err;
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    return once<R>(send);
  }
}

export function sendToBackground<Q extends BackgroundRequest>(request: Q): Promise<BackgroundResponse<Q>> {
  return withRetry(() => browser.runtime.sendMessage(request));
}

export function sendToTab<R>(tabId: number, request: PageRequest): Promise<R> {
  return once<R>(() => browser.tabs.sendMessage(tabId, request));
}
