/**
 * The glossary in IndexedDB (via idb). Opened only by the background, in the extension's origin.
 *
 * Schema history (each upgrade step runs in order, so a database of any past version arrives at
 * the current one with every reader entry intact):
 *   v1  entries (keyPath id, index by source), meta (key/value: seed version)
 *   v2  starred (keyPath id): the reader's study list; entries gain an index on type
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { GlossaryEntry } from './types';

export const DB_NAME = 'dalil';
export const DB_VERSION = 2;

export interface StarredEntry {
  id: string;
  addedAt: number;
}

export interface DalilDB extends DBSchema {
  entries: { key: string; value: GlossaryEntry; indexes: { bySource: string; byType: string } };
  meta: { key: string; value: unknown };
  starred: { key: string; value: StarredEntry };
}

export type GlossaryDB = IDBPDatabase<DalilDB>;

export function openGlossaryDb(name = DB_NAME): Promise<GlossaryDB> {
  return openDB<DalilDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('bySource', 'source');
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        tx.objectStore('entries').createIndex('byType', 'type');
        db.createObjectStore('starred', { keyPath: 'id' });
      }
    },
    blocked() {
      // Another context holds an older version open; it closes on versionchange below.
    },
  });
}

export interface SeedResult {
  seeded: boolean;
  added: number;
  updated: number;
  removed: number;
  keptUserEntries: number;
}

/**
 * Brings the bundled seed into the database. Seed entries are added or replaced; seed entries
 * that left the seed are removed; entries the reader wrote or edited (source "user") are never
 * touched, even when the seed has an entry with the same id.
 */
export async function applySeed(db: GlossaryDB, seed: readonly GlossaryEntry[], seedVersion: string): Promise<SeedResult> {
  const current = await db.get('meta', 'seedVersion');
  if (current === seedVersion) return { seeded: false, added: 0, updated: 0, removed: 0, keptUserEntries: 0 };
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const store = tx.objectStore('entries');
  const existing = new Map((await store.getAll()).map((e) => [e.id, e]));
  // Seed entries the reader deleted stay deleted.
  const deleted = new Set(((await tx.objectStore('meta').get(DELETED_SEED_KEY)) as string[] | undefined) ?? []);
  const seedIds = new Set<string>();
  let added = 0;
  let updated = 0;
  let kept = 0;
  const writes: Promise<unknown>[] = [];
  for (const e of seed) {
    seedIds.add(e.id);
    if (deleted.has(e.id)) continue;
    const prev = existing.get(e.id);
    if (prev?.source === 'user') {
      kept++;
      continue;
    }
    if (prev) updated++;
    else added++;
    writes.push(store.put({ ...e, source: 'seed' }));
  }
  let removed = 0;
  for (const [id, e] of existing) {
    if (e.source === 'seed' && !seedIds.has(id)) {
      writes.push(store.delete(id));
      removed++;
    }
  }
  writes.push(tx.objectStore('meta').put(seedVersion, 'seedVersion'));
  await Promise.all(writes);
  await tx.done;
  return { seeded: true, added, updated, removed, keptUserEntries: kept };
}

export async function allEntries(db: GlossaryDB): Promise<GlossaryEntry[]> {
  return db.getAll('entries');
}

export async function getEntry(db: GlossaryDB, id: string): Promise<GlossaryEntry | undefined> {
  return db.get('entries', id);
}

/** Saves the reader's entry (new or an edit of a seeded one): it becomes the reader's. */
export async function putUserEntry(db: GlossaryDB, entry: GlossaryEntry): Promise<GlossaryEntry> {
  const saved: GlossaryEntry = { ...entry, source: 'user', updatedAt: Date.now() };
  await db.put('entries', saved);
  return saved;
}

/** meta key: ids of seed entries the reader deleted (a seed update must not bring them back). */
export const DELETED_SEED_KEY = 'deletedSeedIds';

export async function deleteEntry(db: GlossaryDB, id: string): Promise<void> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const prev = await tx.objectStore('entries').get(id);
  await tx.objectStore('entries').delete(id);
  if (prev?.source === 'seed' || (prev?.source === 'user' && !id.startsWith('user:'))) {
    const list = ((await tx.objectStore('meta').get(DELETED_SEED_KEY)) as string[] | undefined) ?? [];
    if (!list.includes(id)) await tx.objectStore('meta').put([...list, id], DELETED_SEED_KEY);
  }
  await tx.done;
}
