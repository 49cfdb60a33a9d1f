/**
 * The brain: owns the glossary (IndexedDB, extension origin), keeps the recognizer's index, and
 * answers typed messages. Everything it needs is rebuilt from IndexedDB when the worker restarts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerCommandForwarding } from '../lib/browser/commands';
import { openGlossaryDb } from '../lib/glossary/db';
import { GlossaryService } from '../lib/glossary/service';
import type { GlossaryEntry } from '../lib/glossary/types';
import {
  BACKGROUND_REQUEST_TYPES,
  type BackgroundRequest,
  type DigestRequest,
  type DigestResponse,
  GLOSSARY_REVISION_KEY,
  type PageArticleResponse,
} from '../lib/messages';

async function bundled<T>(path: string): Promise<T> {
  // A file inside the extension package: nothing leaves the machine.
  const res = await fetch(browser.runtime.getURL(path as '/'));
  if (!res.ok) throw new Error(`cannot read ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export default defineBackground(() => {
  registerCommandForwarding();
  const startedAt = Date.now();
  const service = new GlossaryService(openGlossaryDb(), {
    version: async () => (await bundled<{ version: string }>('/glossary.meta.json')).version,
    entries: async () => (await bundled<{ entries: GlossaryEntry[] }>('/glossary.json')).entries,
  });
  service.ready.then(
    (r) =>
      console.info(
        `Dalil: ${r.entries} glossary entries indexed in ${Math.round(r.indexMs)} ms (start-up ${Math.round(r.totalMs)} ms)`,
        r.seed,
      ),
    (err) => console.error('Dalil: glossary start-up failed', err),
  );

  async function digest(req: DigestRequest): Promise<DigestResponse> {
    let page: PageArticleResponse;
    try {
      page = (await browser.tabs.sendMessage(req.tabId, { type: 'page:article' })) as PageArticleResponse;
    } catch {
      return { state: 'unavailable', reason: 'Dalil does not run on this page.' };
    }
    if (!page) return { state: 'unavailable', reason: 'Dalil does not run on this page.' };
    if (page.state === 'disabled') return { state: 'disabled', host: page.host, enabled: false };
    if (page.state === 'not-article') return { state: 'not-article', host: page.host, reason: page.reason, enabled: true };
    const { digest: d } = await service.digest(page.blocks, req.sentences ?? 3, page.title);
    return { state: 'article', host: page.host, title: page.title, digest: d, enabled: true, paintMs: page.paintMs };
  }

  /** Open pages listen to this key and re-read their article with the changed glossary. */
  async function glossaryChanged(): Promise<void> {
    await browser.storage.local.set({ [GLOSSARY_REVISION_KEY]: Date.now() });
  }

  async function handle(msg: BackgroundRequest): Promise<unknown> {
    switch (msg.type) {
      case 'analyze': {
        const a = await service.analyze(msg.blocks);
        return { mentions: a.blockMentions, entities: a.entities };
      }
      case 'lookup':
        return { entry: await service.lookup(msg.id) };
      case 'digest':
        return digest(msg);
      case 'glossary:search':
        return service.search({
          query: String(msg.query ?? ''),
          entityType: msg.entityType,
          source: msg.source,
          starredOnly: msg.starredOnly,
          offset: msg.offset,
          limit: msg.limit,
        });
      case 'glossary:save': {
        const r = await service.saveUntrusted(msg.entry);
        if (r.ok) await glossaryChanged();
        return r;
      }
      case 'glossary:delete':
        await service.remove(String(msg.id));
        await glossaryChanged();
        return { ok: true };
      case 'glossary:import': {
        const r = await service.importChunk(
          String(msg.importId),
          Array.isArray(msg.entries) ? msg.entries : [],
          !!msg.commit,
          typeof msg.expected === 'number' ? msg.expected : undefined,
        );
        if (r.imported !== null) await glossaryChanged();
        return r;
      }
      case 'glossary:export':
        return { entries: await service.exportEntries(msg.scope) };
      case 'options:open': {
        const hash = typeof msg.hash === 'string' && /^#(add\?|edit=)/.test(msg.hash) ? msg.hash : '';
        await browser.tabs.create({ url: browser.runtime.getURL('/options.html' as '/') + hash });
        return { ok: true };
      }
      case 'star:set':
        return { starred: await service.setStar(String(msg.id), !!msg.starred) };
      case 'status': {
        const r = await service.ready;
        return { startedAt, entries: r.entries, indexMs: r.indexMs, totalMs: r.totalMs, seeded: r.seed.seeded };
      }
    }
  }

  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as BackgroundRequest | undefined;
    if (!m || typeof m !== 'object' || !BACKGROUND_REQUEST_TYPES.has(m.type)) return undefined;
    return handle(m).catch((err: unknown) => ({ error: String((err as Error)?.message ?? err) }));
  });
});
