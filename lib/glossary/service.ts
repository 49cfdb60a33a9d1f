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
import type { GlossaryEntry } from './types';

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
    return { analysis, digest: buildDigest(analysis.text, analysis, sentences, title) };
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
}
