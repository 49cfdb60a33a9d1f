import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { allEntries, applySeed, deleteEntry, getEntry, openGlossaryDb, putUserEntry } from '../../../lib/glossary/db';
import { GlossaryService } from '../../../lib/glossary/service';
import { entry } from '../../support/entries';

let n = 0;
const freshName = () => `dalil-test-${n++}`;

describe('the glossary database', () => {
  it('seeds, then merges a new seed without touching the reader’s entries', async () => {
    const db = await openGlossaryDb(freshName());
    await applySeed(db, [entry('a', 'place', 'A', 'ألف'), entry('b', 'place', 'B', 'باء')], 'v1');
    // The reader edits a seeded entry and adds one of their own.
    await putUserEntry(db, entry('a', 'place', 'A (mine)', 'ألف'));
    await putUserEntry(db, entry('mine', 'person', 'Someone', 'شخص ما'));
    const r = await applySeed(db, [entry('a', 'place', 'A v2', 'ألف'), entry('c', 'place', 'C', 'جيم')], 'v2');
    expect(r).toMatchObject({ seeded: true, added: 1, removed: 1, keptUserEntries: 1 });
    expect((await getEntry(db, 'a'))?.en).toBe('A (mine)');
    expect((await getEntry(db, 'mine'))?.source).toBe('user');
    expect(await getEntry(db, 'b')).toBeUndefined();
    expect((await getEntry(db, 'c'))?.en).toBe('C');
    // The same seed again changes nothing.
    expect((await applySeed(db, [], 'v2')).seeded).toBe(false);
    db.close();
  });

  it('upgrades a database written by schema v1, holding reader entries, with every one intact', async () => {
    const name = freshName();
    // Schema v1 exactly as it shipped: entries (keyPath id, index bySource) and meta.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const s = db.createObjectStore('entries', { keyPath: 'id' });
        s.createIndex('bySource', 'source');
        db.createObjectStore('meta');
      },
    });
    const mine = Array.from({ length: 50 }, (_, i) => ({
      ...entry(`user-${i}`, 'person', `Person ${i}`, `شخص ${i}`),
      source: 'user' as const,
    }));
    for (const e of mine) await v1.put('entries', e);
    await v1.put('entries', entry('seeded', 'place', 'Seeded', 'مكان'));
    await v1.put('meta', 'old', 'seedVersion');
    v1.close();

    const db = await openGlossaryDb(name);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'meta', 'starred']);
    const after = await allEntries(db);
    for (const e of mine) expect(after.find((x) => x.id === e.id)).toEqual(e);
    // A new seed after the upgrade still keeps them.
    await applySeed(db, [entry('new', 'place', 'New', 'جديد')], 'v-next');
    const final = await allEntries(db);
    expect(final.filter((e) => e.source === 'user')).toHaveLength(50);
    db.close();
  });
});

describe('deleting a bundled entry', () => {
  it('keeps it deleted through later seed updates', async () => {
    const db = await openGlossaryDb(freshName());
    await applySeed(db, [entry('a', 'place', 'A', 'ألف'), entry('b', 'place', 'B', 'باء')], 'v1');
    await deleteEntry(db, 'a');
    await applySeed(db, [entry('a', 'place', 'A v2', 'ألف'), entry('b', 'place', 'B v2', 'باء')], 'v2');
    expect(await getEntry(db, 'a')).toBeUndefined();
    expect((await getEntry(db, 'b'))?.en).toBe('B v2');
    db.close();
  });
});

describe('GlossaryService', () => {
  const seed = [
    entry('iso:RU', 'place', 'Russia', 'روسيا', { country: 'RU' }),
    entry('moscow', 'place', 'Moscow', 'موسكو', { country: 'RU' }),
  ];
  const source = (version: string) => ({ version: async () => version, entries: async () => seed });

  it('seeds on first start, indexes, and a second instance (a restarted worker) answers the same from IndexedDB', async () => {
    const name = freshName();
    const first = new GlossaryService(openGlossaryDb(name), source('s1'));
    expect((await first.ready).seed.seeded).toBe(true);
    const a = await first.analyze(['زار الوفد موسكو.', 'ثم غادر روسيا.']);
    expect(a.blockMentions.map((m) => [m.block, m.text])).toEqual([
      [0, 'موسكو'],
      [1, 'روسيا'],
    ]);
    let loaded = false;
    const second = new GlossaryService(openGlossaryDb(name), {
      version: async () => 's1',
      entries: async () => {
        loaded = true;
        return seed;
      },
    });
    const r = await second.ready;
    expect(r.seed.seeded).toBe(false);
    expect(loaded).toBe(false); // the seed is not even read when the database has it
    expect((await second.analyze(['موسكو'])).blockMentions).toHaveLength(1);
  });

  it('writes an import only when every chunk arrived, in one go', async () => {
    const svc = new GlossaryService(openGlossaryDb(freshName()), source('s1'));
    const a = entry('user:a', 'place', 'Alpha', 'قرية ألفا');
    const b = entry('user:b', 'place', 'Beta', 'قرية بيتا');
    expect(await svc.importChunk('i1', [a], false)).toEqual({ staged: 1, imported: null });
    // A worker restarted mid-import has forgotten the first chunk: the commit is refused.
    const fresh = new GlossaryService(openGlossaryDb(freshName()), source('s1'));
    await expect(fresh.importChunk('i1', [b], true, 2)).rejects.toThrow(/interrupted/);
    expect(await svc.importChunk('i1', [b], true, 2)).toEqual({ staged: 2, imported: 2 });
    expect((await svc.analyze(['زرنا قرية ألفا ثم قرية بيتا'])).blockMentions).toHaveLength(2);
    await expect(svc.importChunk('i2', [{ id: 'x', type: 'place', en: 'X', ar: 'X', desc: { en: 'x', ar: 'x' } }], true)).rejects.toThrow(
      /invalid/,
    );
  });

  it('reflects a reader’s new entry at once', async () => {
    const svc = new GlossaryService(openGlossaryDb(freshName()), source('s1'));
    expect((await svc.analyze(['وصل إلى بلدة كفرنبل'])).blockMentions).toHaveLength(0);
    await svc.save(entry('kafranbel', 'place', 'Kafranbel', 'كفرنبل'));
    expect((await svc.analyze(['وصل إلى بلدة كفرنبل'])).blockMentions.map((m) => m.text)).toEqual(['كفرنبل']);
    await svc.remove('kafranbel');
    expect((await svc.analyze(['وصل إلى بلدة كفرنبل'])).blockMentions).toHaveLength(0);
  });
});
