/**
 * The glossary service: the background's brain. Owns the database, keeps the in-memory index in
 * step with it, and answers analysis and lookup requests. Nothing lives only in memory: a fresh
 * service (a restarted MV3 worker) rebuilds the index from IndexedDB before answering.
 */
import { analyzeBlocks, type BlocksAnalysis } from '../ner/blocks';
import { Gazetteer } from '../ner/gazetteer';
import { Recognizer } from '../ner/recognize';
import { buildDigest, type Digest } from '../summary/digest';
import { allEntries, applySeed, deleteEntry, type GlossaryDB, getEntry, putUserEntry, type SeedResult } from './db';
import { type EntryIssue, parseEntry } from './schema';
import { type SearchQuery, searchEntries } from './search';
import type { GlossaryEntry } from './types';

/** Imports staged in memory until their commit (a restarted worker forgets them: nothing written). */
const MAX_STAGED_ENTRIES = 500_000;

export interface SeedSource {
  /** A cheap way to learn the bundled seed's version (without loading it). */
  version(): Promise<string>;
  /** The bundled seed itself; loaded only when the database needs it. */
  entries(): Promise<GlossaryEntry[]>;
}

export interface StartupReport {
  seed: SeedResult;
  entries: number;
  indexMs: number;
  totalMs: number;
}

export class GlossaryService {
  private gazetteer = new Gazetteer();
  private recognizer = new Recognizer(this.gazetteer);
  readonly ready: Promise<StartupReport>;

  constructor(
    private readonly db: Promise<GlossaryDB>,
    seed: SeedSource,
    now: () => number = () => performance.now(),
  ) {
    this.ready = (async () => {
      const t0 = now();
      const database = await db;
      const version = await seed.version();
      const current = await database.get('meta', 'seedVersion');
      const seedResult =
        current === version
          ? { seeded: false, added: 0, updated: 0, removed: 0, keptUserEntries: 0 }
          : await applySeed(database, await seed.entries(), version);
      const entries = await allEntries(database);
      const t1 = now();
      this.gazetteer = new Gazetteer(entries);
      this.recognizer = new Recognizer(this.gazetteer);
      const t2 = now();
      return { seed: seedResult, entries: entries.length, indexMs: t2 - t1, totalMs: t2 - t0 };
    })();
  }

  async analyze(blocks: readonly string[]): Promise<BlocksAnalysis> {
    await this.ready;
    return analyzeBlocks(this.recognizer, blocks);
  }

  async digest(
    blocks: readonly string[],
    sentences = 3,
    title: string | null = null,
  ): Promise<{ analysis: BlocksAnalysis; digest: Digest }> {
    const analysis = await this.analyze(blocks);
    const digest = buildDigest(analysis.text, analysis, sentences, title);
    // Places carry what the map needs, so the popup does not look each one up.
    for (const item of digest.places) {
      const e = item.id ? this.gazetteer.get(item.id) : undefined;
      if (e?.coords) item.coords = e.coords;
      if (e?.placeKind) item.placeKind = e.placeKind;
      if (e?.country) item.country = e.country;
    }
    return { analysis, digest };
  }

  async lookup(id: string): Promise<GlossaryEntry | null> {
    await this.ready;
    return this.gazetteer.get(id) ?? (await getEntry(await this.db, id)) ?? null;
  }

  /** Saves a reader's entry and updates the index at once. */
  async save(entry: GlossaryEntry): Promise<GlossaryEntry> {
    await this.ready;
    const saved = await putUserEntry(await this.db, entry);
    this.gazetteer.add(saved);
    return saved;
  }

  async remove(id: string): Promise<void> {
    await this.ready;
    await deleteEntry(await this.db, id);
    this.gazetteer.remove(id);
  }

  /** Forgets a staged import (the reader cancelled). */
  abortImport(importId: string): void {
    this.staged.delete(importId);
  }

  /** Validates and saves a reader's entry from untrusted input (a form, a card). */
  async saveUntrusted(input: unknown): Promise<{ ok: true; entry: GlossaryEntry } | { ok: false; issues: EntryIssue[] }> {
    const parsed = parseEntry(input, 'user');
    if (!parsed.ok) return parsed;
    return { ok: true, entry: await this.save(parsed.entry) };
  }

  async search(q: SearchQuery & { starredOnly?: boolean }): Promise<{ total: number; entries: GlossaryEntry[]; starred: string[] }> {
    await this.ready;
    const stars = await this.starredIds();
    const result = searchEntries(this.gazetteer.all(), { ...q, onlyIds: q.starredOnly ? stars : undefined });
    return { ...result, starred: result.entries.filter((e) => stars.has(e.id)).map((e) => e.id) };
  }

  private readonly staged = new Map<string, { entries: GlossaryEntry[]; touched: number }>();

  /**
   * Stages a chunk of an import; on `commit` writes every staged entry in one transaction (all or
   * nothing) and updates the index. Every entry is validated again here: the sender is not trusted.
   */
  async importChunk(
    importId: string,
    chunk: readonly unknown[],
    commit: boolean,
    expected?: number,
  ): Promise<{ staged: number; imported: number | null }> {
    await this.ready;
    // Imports abandoned for ten minutes are forgotten.
    const now = Date.now();
    for (const [id, s] of this.staged) if (now - s.touched > 10 * 60_000) this.staged.delete(id);
    const list = this.staged.get(importId)?.entries ?? [];
    for (const [i, item] of chunk.entries()) {
      const parsed = parseEntry(item, 'user');
      if (!parsed.ok) {
        this.staged.delete(importId);
        throw new Error(`entry ${list.length + i + 1} is invalid: ${parsed.issues.map((x) => `${x.field} ${x.message}`).join('; ')}`);
      }
      list.push({ ...parsed.entry, source: 'user', updatedAt: Date.now() });
    }
    if (list.length > MAX_STAGED_ENTRIES) {
      this.staged.delete(importId);
      throw new Error(`an import may hold at most ${MAX_STAGED_ENTRIES} entries`);
    }
    if (!commit) {
      this.staged.set(importId, { entries: list, touched: now });
      return { staged: list.length, imported: null };
    }
    this.staged.delete(importId);
    if (expected !== undefined && expected !== list.length) {
      throw new Error(
        `the import was interrupted (${list.length} of ${expected} entries arrived); nothing was written — please import again`,
      );
    }
    const db = await this.db;
    const tx = db.transaction('entries', 'readwrite');
    await Promise.all([...list.map((e) => tx.store.put(e)), tx.done]);
    for (const e of list) this.gazetteer.add(e);
    return { staged: list.length, imported: list.length };
  }

  async exportEntries(scope: 'user' | 'all' | 'starred'): Promise<GlossaryEntry[]> {
    await this.ready;
    const all = [...this.gazetteer.all()];
    if (scope === 'all') return all;
    if (scope === 'user') return all.filter((e) => e.source === 'user');
    const stars = await this.starredIds();
    return all.filter((e) => stars.has(e.id));
  }

  async starredIds(): Promise<Set<string>> {
    const db = await this.db;
    return new Set((await db.getAll('starred')).map((s) => s.id));
  }

  async setStar(id: string, starred: boolean): Promise<boolean> {
    const db = await this.db;
    if (starred) await db.put('starred', { id, addedAt: Date.now() });
    else await db.delete('starred', id);
    return starred;
  }
}
