import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CSV_COLUMNS,
  decodeText,
  glossaryToCsv,
  glossaryToJson,
  type ImportErrorCode,
  type ImportProgress,
  type ImportResult,
  importChunks,
  MAX_IMPORT_ENTRIES,
  newEntryId,
  readableWhy,
  readGlossaryFile,
  safeCell,
  studyListToAnkiCsv,
} from '../../../lib/glossary/io';
import { parseEntry } from '../../../lib/glossary/schema';
import type { GlossaryEntry } from '../../../lib/glossary/types';
import { entry } from '../../support/entries';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const HEADER = CSV_COLUMNS.join(',');

function report(r: ImportResult) {
  if (!r.ok) throw new Error(`expected a report, got ${r.error.code}: ${r.error.message}`);
  return r.report;
}

function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff], 0);
    o = 2;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o + 2 * i] = order === 'le' ? c & 0xff : c >> 8;
    out[o + 2 * i + 1] = order === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

const LAVROV: GlossaryEntry = {
  id: 'user:lavrov',
  type: 'person',
  en: 'Sergey Lavrov',
  ar: 'سيرغي لافروف',
  aliases: ['سيرجي لافروف'],
  short: ['لافروف'],
  enAliases: ['Sergei Lavrov'],
  desc: { en: "Russia's foreign minister.", ar: 'وزير خارجية روسيا.' },
  source: 'user',
};

describe('readGlossaryFile: files that are read', () => {
  const cases: Array<{ name: string; input: Uint8Array | string; fileName?: string; ids: string[]; encoding?: string }> = [
    {
      name: 'a JSON list of entries',
      input: JSON.stringify([LAVROV, entry('user:kafranbel', 'place', 'Kafranbel', 'كفرنبل')]),
      fileName: 'g.json',
      ids: ['user:lavrov', 'user:kafranbel'],
    },
    {
      name: 'a JSON object with an entries list (our export)',
      input: glossaryToJson([LAVROV]),
      fileName: 'export.json',
      ids: ['user:lavrov'],
    },
    {
      name: 'JSON recognized by its content when the name says nothing',
      input: `  [${JSON.stringify(LAVROV)}]`,
      fileName: 'glossary',
      ids: ['user:lavrov'],
    },
    { name: 'the CSV fixture (quoted commas, lists, an empty id)', input: fixture('valid.csv'), fileName: 'valid.csv', ids: [] },
    {
      name: 'CSV separated by semicolons, header in another case and order, CRLF',
      input: 'AR;TYPE;En;Desc_En;Desc_Ar;ID\r\nكفرنبل;Place;Kafranbel;A town in Idlib, Syria.;بلدة في إدلب.;user:kafranbel\r\n',
      fileName: 'g.csv',
      ids: ['user:kafranbel'],
    },
    {
      name: 'CSV with a UTF-8 BOM',
      input: utf8(`\uFEFF${HEADER}\nuser:kafranbel,place,Kafranbel,كفرنبل,,,,A town.,بلدة.,,,SY,35.61,36.56,,\n`),
      fileName: 'g.csv',
      ids: ['user:kafranbel'],
    },
    {
      name: 'UTF-16 LE with a BOM (the fixture, as Excel writes "Unicode text")',
      input: fixture('utf16-bom.csv'),
      fileName: 'utf16.csv',
      ids: [],
      encoding: 'utf-16le',
    },
    {
      name: 'UTF-16 BE with a BOM',
      input: utf16(`${HEADER}\nuser:kafranbel,place,Kafranbel,كفرنبل,,,,A town.,بلدة.,,,,,,,\n`, 'be', true),
      fileName: 'g.csv',
      ids: ['user:kafranbel'],
      encoding: 'utf-16be',
    },
    {
      name: 'UTF-16 LE without a BOM',
      input: utf16(`${HEADER}\nuser:kafranbel,place,Kafranbel,كفرنبل,,,,A town.,بلدة.,,,,,,,\n`, 'le', false),
      fileName: 'g.csv',
      ids: ['user:kafranbel'],
      encoding: 'utf-16le',
    },
  ];
  it.each(cases)('$name', async ({ input, fileName, ids, encoding }) => {
    const r = report(await readGlossaryFile(input, { fileName }));
    expect(r.issues).toEqual([]);
    expect(r.invalidRows).toBe(0);
    if (ids.length) expect(r.entries.map((e) => e.id)).toEqual(ids);
    for (const e of r.entries) {
      expect(e.source).toBe('user');
      expect(parseEntry(e).ok).toBe(true);
    }
    if (encoding) expect(r.encoding).toBe(encoding);
  });

  it('reads JSON whose strings hold brackets, commas and escaped quotes, and an escaped "entries" key', async () => {
    const tricky = { ...LAVROV, desc: { en: 'A [b], "c" {d}: \\ \u2028 e', ar: 'وزير، [خارجية]' } };
    for (const input of [JSON.stringify([tricky, entry('user:b', 'place', 'B', 'ب')]), `{"entr\\u0069es": ${JSON.stringify([tricky])}}`]) {
      const r = report(await readGlossaryFile(input, { fileName: 'g.json' }));
      expect(r.entries[0]).toEqual(tricky);
    }
    expect(report(await readGlossaryFile('{"entries": [ ]}', { fileName: 'g.json' })).rows).toBe(0);
  });

  it('reads every field of a CSV row', async () => {
    const r = report(await readGlossaryFile(fixture('valid.csv'), { fileName: 'valid.csv' }));
    expect(r.format).toBe('csv');
    expect(r.rows).toBe(3);
    const [maaloula, saydnaya] = r.entries;
    expect(maaloula).toEqual({
      id: 'user:maaloula',
      type: 'place',
      en: 'Maaloula',
      ar: 'معلولا',
      aliases: ['معلولة'],
      enAliases: ["Ma'loula", 'Maalula'],
      desc: {
        en: 'A mountain town north of Damascus, Syria, where Western Aramaic is still spoken.',
        ar: 'بلدة جبلية شمال دمشق في سوريا ما زالت الآرامية الغربية محكية فيها.',
      },
      country: 'SY',
      coords: [33.8447, 36.5461],
      wiki: { en: 'Maaloula', ar: 'معلولا' },
      source: 'user',
    });
    // An empty id is made from the names, the same each time (a second import updates, never duplicates).
    expect(saydnaya?.id).toMatch(/^user:saydnaya-[a-z0-9]{7}$/);
    const again = report(await readGlossaryFile(fixture('valid.csv'), { fileName: 'valid.csv' }));
    expect(again.entries[1]?.id).toBe(saydnaya?.id);
  });

  it('reads the UTF-16 fixture to the same entries as the UTF-8 one', async () => {
    const a = report(await readGlossaryFile(fixture('valid.csv'), { fileName: 'a.csv' }));
    const b = report(await readGlossaryFile(fixture('utf16-bom.csv'), { fileName: 'b.csv' }));
    expect(b.entries).toEqual(a.entries);
  });

  it('makes an id from a transliteration when there is no Latin name to slug', async () => {
    const input = `${HEADER}\n,place,كفرنبل,كفرنبل,,,,A town.,بلدة.,,,,,,,\n`;
    const r = report(await readGlossaryFile(input, { fileName: 'g.csv' }));
    expect(r.entries[0]?.id).toMatch(/^user:[a-z][a-z0-9-]*-[a-z0-9]{7}$/);
  });

  it('notes an unknown column and ignores it', async () => {
    const r = report(await readGlossaryFile(`type,en,ar,desc_en,desc_ar,colour\nplace,Kafranbel,كفرنبل,A town.,بلدة.,red\n`));
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).not.toHaveProperty('colour');
    expect(r.notes).toEqual(['The column "colour" is not one Dalil knows; it was ignored.']);
  });
});

describe('readGlossaryFile: files that cannot be read say why', () => {
  const cases: Array<{ name: string; input: Uint8Array | string; fileName?: string; code: ImportErrorCode; says: RegExp }> = [
    { name: 'an empty file', input: utf8('  \n\n'), fileName: 'g.csv', code: 'empty', says: /empty/ },
    {
      name: 'JSON with a syntax error, with its line and column',
      input: '[\n  {"id": "a",\n   "en" "x"}\n]',
      fileName: 'g.json',
      code: 'bad-json',
      says: /not valid JSON: .+ \(line 3, column 9\)/,
    },
    { name: 'JSON cut short', input: '[{"id": "a"', fileName: 'g.json', code: 'bad-json', says: /not valid JSON.*line 1/ },
    { name: 'JSON of the wrong shape', input: '{"people": []}', fileName: 'g.json', code: 'json-shape', says: /list of entries/ },
    {
      name: 'JSON with an error inside the third entry of the list, with its line',
      input: '{"format": "dalil-glossary",\n "entries": [\n  {"id": "a"},\n  {"id": "b"},\n  {"id": "c",}\n ]}',
      fileName: 'g.json',
      code: 'bad-json',
      says: /not valid JSON: .+ \(line 5, column 14\)/,
    },
    {
      name: 'JSON with an error outside the list',
      input: '{"format" "x",\n "entries": [{"id": "a"}]}',
      fileName: 'g.json',
      code: 'bad-json',
      says: /\(line 1, column 11\)/,
    },
    { name: 'JSON with a trailing comma in the list', input: '[{"id": "a"},\n]', fileName: 'g.json', code: 'bad-json', says: /line 2/ },
    { name: 'JSON that is a bare string', input: '"hello"', fileName: 'g.json', code: 'json-shape', says: /list of entries/ },
    {
      name: 'CSV without the required columns',
      input: 'name,arabic\nKafranbel,كفرنبل\n',
      fileName: 'g.csv',
      code: 'csv-header',
      says: /missing: type, en, ar, desc_en, desc_ar/,
    },
    {
      name: 'CSV without a header (an Anki file)',
      input: studyListToAnkiCsv([LAVROV]),
      fileName: 'anki.csv',
      code: 'csv-header',
      says: /first line must be the header/,
    },
    {
      name: 'CSV naming a column twice',
      input: 'type,en,ar,desc_en,desc_ar,EN\n',
      fileName: 'g.csv',
      code: 'csv-header',
      says: /"en" twice/,
    },
    {
      name: 'CSV with a quote never closed, with its row',
      input: `${HEADER}\nuser:a,place,A,أ,,,,A.,أ.,,,,,,,\nuser:b,place,"B,ب,,,,B.,ب.,,,,,,,\nuser:c,place,C,ج,,,,C.,ج.,,,,,,,\n`,
      fileName: 'g.csv',
      code: 'bad-csv',
      says: /starts on row 3 is never closed/,
    },
    {
      name: 'Windows-1256 bytes (the fixture)',
      input: fixture('windows-1256.csv'),
      fileName: 'w.csv',
      code: 'not-utf8',
      says: /not UTF-8 .*line 2.*Windows-1256/,
    },
    {
      name: 'a PNG renamed to .csv',
      input: new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0,
      ]),
      fileName: 'g.csv',
      code: 'binary',
      says: /not a text file/,
    },
  ];
  it.each(cases)('$name', async ({ input, fileName, code, says }) => {
    const r = await readGlossaryFile(input, { fileName });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(says);
  });

  it('refuses a file over the size cap before decoding it', async () => {
    const r = await readGlossaryFile(new Uint8Array(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'too-big', vars: { mb: 3, max: 2 } });
  });

  it(`refuses more than ${MAX_IMPORT_ENTRIES.toLocaleString('en')} entries with a clear message`, async () => {
    const json = `[${Array(MAX_IMPORT_ENTRIES + 1)
      .fill('{}')
      .join(',')}]`;
    const r = await readGlossaryFile(json, { fileName: 'big.json' });
    expect(r.ok ? null : r.error.message).toBe(
      'The file holds 200,001 entries; Dalil imports at most 200,000 at once. Split it into smaller files.',
    );
    const csv = `type,en,ar,desc_en,desc_ar\n${'place,A,أ,A.,أ.\n'.repeat(6)}`;
    const small = await readGlossaryFile(csv, { fileName: 'g.csv', maxEntries: 5 });
    expect(small.ok ? null : small.error).toMatchObject({ code: 'too-many', vars: { count: 6, max: 5 } });
  });
});

describe('readGlossaryFile: rows with problems are reported by row, field and why', () => {
  const row = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) =>
    CSV_COLUMNS.map((c) => {
      const v = cells[c] ?? { type: 'place', en: 'Kafranbel', ar: 'كفرنبل', desc_en: 'A town.', desc_ar: 'بلدة.' }[c as string] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    }).join(',');
  const cases: Array<{ name: string; cells: Parameters<typeof row>[0]; issues: Array<{ field: string; why: string | RegExp }> }> = [
    {
      name: 'a type that is not one of ours',
      cells: { type: 'city' },
      issues: [{ field: 'type', why: 'must be person, organization or place' }],
    },
    { name: 'no Arabic name', cells: { ar: '' }, issues: [{ field: 'ar', why: 'is empty' }] },
    { name: 'an Arabic name in Latin letters', cells: { ar: 'Kafranbel' }, issues: [{ field: 'ar', why: 'has no Arabic letters' }] },
    { name: 'no English description', cells: { desc_en: '' }, issues: [{ field: 'desc_en', why: 'is empty' }] },
    { name: 'a latitude out of range', cells: { lat: '135.6', lon: '36.5' }, issues: [{ field: 'lat', why: 'must be at most 90' }] },
    {
      name: 'a longitude that is not a number',
      cells: { lat: '35.6', lon: '36,5E' },
      issues: [{ field: 'lon', why: /is not a number/ }],
    },
    { name: 'a latitude alone', cells: { lat: '35.6' }, issues: [{ field: 'lon', why: /give both latitude and longitude/ }] },
    {
      name: 'a bad country code',
      cells: { country: 'Syria' },
      issues: [{ field: 'country', why: 'must be a two-letter ISO country code' }],
    },
    {
      name: 'a bad alias, by its place in the list',
      cells: { aliases: 'كفر نبل|Kafr Nabl' },
      issues: [{ field: 'aliases', why: 'item 2 has no Arabic letters' }],
    },
    {
      name: 'an id with spaces and markup',
      cells: { id: 'user:<b> x' },
      issues: [{ field: 'id', why: 'may only hold letters, digits and : . _ -' }],
    },
    {
      name: 'a huge name (rejected, and never echoed back)',
      cells: { en: 'A'.repeat(50_000) },
      issues: [{ field: 'en', why: 'is longer than 200 characters' }],
    },
    {
      name: 'a huge description',
      cells: { desc_ar: 'ب'.repeat(100_000) },
      issues: [{ field: 'desc_ar', why: 'is longer than 2000 characters' }],
    },
  ];
  it.each(cases)('$name', async ({ cells, issues }) => {
    const input = `${HEADER}\n${row({ id: 'user:ok' })}\n${row(cells)}\n`;
    const r = report(await readGlossaryFile(input, { fileName: 'g.csv' }));
    expect(r.entries.map((e) => e.id)).toEqual(['user:ok']);
    expect(r.invalidRows).toBe(1);
    expect(r.issues).toHaveLength(issues.length);
    issues.forEach((want, i) => {
      const got = r.issues[i];
      expect(got?.row).toBe(3);
      expect(got?.field).toBe(want.field);
      expect(got?.why).toMatch(want.why);
      expect(got?.why.length).toBeLessThan(200);
    });
  });

  it('reports the fixture with one bad row: row 3, type', async () => {
    const r = report(await readGlossaryFile(fixture('one-invalid.csv'), { fileName: 'one-invalid.csv' }));
    expect(r.issues).toEqual([{ row: 3, field: 'type', why: 'must be person, organization or place' }]);
    expect(r.entries.map((e) => e.en)).toEqual(['Rankous', 'Qara']);
  });

  it('reports a row with too many or too few cells, and a badly quoted cell', async () => {
    const input = `type,en,ar,desc_en,desc_ar\nplace,A,أ,A.,أ.,extra\nplace,B,ب\nplace,C,ج,C.,ج.,,\nplace,"D"x",د,D.,د.\n`;
    const r = report(await readGlossaryFile(input, { fileName: 'g.csv' }));
    expect(r.entries.map((e) => e.en)).toEqual(['C']);
    expect(r.issues.filter((i) => i.field === '(row)')).toEqual([
      { row: 2, field: '(row)', why: 'has 6 cells; the header has 5' },
      { row: 3, field: '(row)', why: 'has 3 cells; the header has 5' },
      { row: 5, field: '(row)', why: 'has a badly quoted cell' },
    ]);
  });

  it('reports a repeated id on the later row and keeps the first', async () => {
    const input = JSON.stringify([LAVROV, { ...LAVROV, en: 'Sergei Lavrov' }, entry('user:b', 'place', 'B', 'ب')]);
    const r = report(await readGlossaryFile(input, { fileName: 'g.json' }));
    expect(r.issues).toEqual([{ row: 2, field: 'id', why: 'repeats the id of row 1' }]);
    expect(r.entries.map((e) => e.en)).toEqual(['Sergey Lavrov', 'B']);
  });

  it('reports JSON items by position and dotted field, with readable reasons', async () => {
    const input = JSON.stringify([
      'not an entry',
      { id: 'user:x', type: 'person', en: 'X', ar: 'إكس', desc: { en: 5 } },
      { id: 'user:y', type: 'place', en: 'Y', ar: 'واي', desc: { en: 'Y.', ar: 'واي.' }, coords: [10] },
    ]);
    const r = report(await readGlossaryFile(input, { fileName: 'g.json' }));
    expect(r.entries).toEqual([]);
    expect(r.issues).toEqual([
      { row: 1, field: '(entry)', why: 'is not an object with the fields of an entry' },
      { row: 2, field: 'desc.en', why: 'must be text' },
      { row: 2, field: 'desc.ar', why: 'is missing' },
      { row: 3, field: 'coords.1', why: 'is missing' },
    ]);
  });
});

describe('readGlossaryFile: hostile files', () => {
  it('keeps markup and script as plain text in every field', async () => {
    const r = report(await readGlossaryFile(fixture('hostile.json'), { fileName: 'hostile.json' }));
    expect(r.issues).toEqual([]);
    const [e] = r.entries;
    expect(e?.en).toBe('<img src=x onerror="window.__dalilPwned=1">Markup Union');
    expect(e?.ar).toBe('<script>window.__dalilPwned=1</script>اتحاد الوسوم');
    expect(e?.desc).toEqual({
      en: '<a href="javascript:alert(1)">click</a> & "quotes"',
      ar: '<iframe src="https://example.invalid"></iframe>وصف',
    });
    expect(e?.context?.en).toBe("{{constructor.constructor('alert(1)')()}}");
  });

  it('lets __proto__ and constructor keys reach nothing', async () => {
    const r = report(await readGlossaryFile(fixture('hostile.json'), { fileName: 'hostile.json' }));
    const e = r.entries[0] as GlossaryEntry;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(e.desc)).toBe(Object.prototype);
    expect(Object.keys(e).sort()).toEqual(['aliases', 'ar', 'context', 'desc', 'en', 'id', 'source', 'type', 'wiki']);
    expect(Object.keys(e.desc).sort()).toEqual(['ar', 'en']);
    expect((e as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((e as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('lets __proto__ and constructor keys in an entry without an id reach nothing', async () => {
    const input =
      '[{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "type": "place", "en": "A", "ar": "أ", "desc": {"en": "A.", "ar": "أ."}}]';
    const r = report(await readGlossaryFile(input, { fileName: 'g.json' }));
    expect(r.entries[0]?.id).toMatch(/^user:a-/);
    expect(Object.keys(r.entries[0] as object).sort()).toEqual(['ar', 'desc', 'en', 'id', 'source', 'type']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores __proto__ and constructor as CSV columns', async () => {
    const input = 'type,en,ar,desc_en,desc_ar,__proto__,constructor\nplace,A,أ,A.,أ.,{"polluted":1},x\n';
    const r = report(await readGlossaryFile(input, { fileName: 'g.csv' }));
    expect(Object.keys(r.entries[0] as object).sort()).toEqual(['ar', 'desc', 'en', 'id', 'source', 'type']);
    expect(Object.getPrototypeOf(r.entries[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.notes).toHaveLength(2);
  });

  it('makes every entry the reader’s, whatever the file says', async () => {
    const r = report(await readGlossaryFile(JSON.stringify([{ ...LAVROV, source: 'seed' }]), { fileName: 'g.json' }));
    expect(r.entries[0]?.source).toBe('user');
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and keeps Arabic intact', async () => {
    const r = await decodeText(utf8('\uFEFFكفرنبل'));
    expect(r).toEqual({ ok: true, text: 'كفرنبل', encoding: 'utf-8' });
  });
  it('refuses UTF-16 that is cut in the middle of a character', async () => {
    const r = await decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8]));
    expect(r.ok ? null : r.error.code).toBe('not-utf8');
  });
});

describe('big files', () => {
  function bigEntries(bytes: number): GlossaryEntry[] {
    const out: GlossaryEntry[] = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const e: GlossaryEntry = {
        id: `user:town-${i}`,
        type: i % 3 === 0 ? 'person' : i % 3 === 1 ? 'organization' : 'place',
        en: `Town ${i}`,
        ar: `بلدة ${i}`,
        aliases: [`قرية ${i}`, `مدينة ${i}`],
        desc: { en: `A town, number ${i}, somewhere.`, ar: `بلدة رقمها ${i} في مكان ما.` },
        context: { en: 'x'.repeat(200), ar: 'س'.repeat(150) },
        coords: [(i % 180) - 89.5, (i % 360) - 179.5],
        source: 'user',
      };
      out.push(e);
      size += JSON.stringify(e).length + 2;
    }
    return out;
  }

  async function readWatched(input: Uint8Array, fileName: string) {
    const progress: ImportProgress[] = [];
    let ticks = 0;
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      ticks++;
      const t = performance.now();
      longestGap = Math.max(longestGap, t - last);
      last = t;
    }, 1);
    const t0 = performance.now();
    const r = await readGlossaryFile(input, { fileName, onProgress: (p) => progress.push(p) });
    const ms = performance.now() - t0;
    clearInterval(timer);
    return { r, progress, ticks, ms, longestGap };
  }

  const entries = bigEntries(20 * 1024 * 1024);

  it.each([
    ['JSON', 'big.json', () => glossaryToJson(entries)],
    ['CSV', 'big.csv', () => glossaryToCsv(entries)],
  ] as const)('reads a 20 MB %s file in slices, reporting progress, and gets every entry back', async (_kind, fileName, write) => {
    const bytes = utf8(write());
    expect(bytes.length).toBeGreaterThan(20 * 1024 * 1024);
    const { r, progress, ticks, ms, longestGap } = await readWatched(bytes, fileName);
    const got = report(r);
    expect(got.issues).toEqual([]);
    expect(got.entries).toHaveLength(entries.length);
    expect(got.entries.at(-1)).toEqual(entries.at(-1));
    // The page gets its turn while the file is read: timers ran, progress came in many steps.
    expect(ticks).toBeGreaterThan(5);
    const checking = progress.filter((p) => p.phase === 'checking');
    expect(checking.length).toBeGreaterThan(3);
    expect(checking.map((p) => p.done)).toEqual([...checking.map((p) => p.done)].sort((a, b) => a - b));
    expect(checking.at(-1)).toEqual({ phase: 'checking', done: entries.length, total: entries.length });
    if (fileName.endsWith('.csv')) expect(progress.filter((p) => p.phase === 'parsing').length).toBeGreaterThan(10);
    console.info(
      `io: ${fileName} ${(bytes.length / 1048576).toFixed(1)} MB, ${entries.length} entries read in ${Math.round(ms)} ms, longest stretch without yielding ${Math.round(longestGap)} ms`,
    );
  });
});

describe('export', () => {
  const tricky: GlossaryEntry[] = [
    LAVROV,
    {
      id: 'user:formula',
      type: 'organization',
      en: '=HYPERLINK("http://evil.invalid","click")',
      ar: '+منظمة',
      aliases: ['@منظمة'],
      enAliases: ['-Org', 'A|B'],
      desc: { en: '-1+1 "quoted", with commas\nand a new line', ar: 'وصف' },
      context: { en: '', ar: 'سياق' },
      country: 'SY',
      coords: [-33.9, -70.65],
      wiki: { ar: 'منظمة' },
      source: 'user',
    },
  ];

  it('writes CSV with the documented header, a BOM, and spreadsheet formulas defused', () => {
    const csv = glossaryToCsv(tricky);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.invalid"",""click"")"`);
    expect(csv).toContain(",'+منظمة,'@منظمة,");
    expect(csv).toContain(',-33.9,-70.65,');
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });

  it('round-trips CSV: export then import gives the same entries back (a | in a list item becomes /)', async () => {
    const r = report(await readGlossaryFile(utf8(glossaryToCsv(tricky)), { fileName: 'x.csv' }));
    expect(r.issues).toEqual([]);
    const want = structuredClone(tricky);
    (want[1] as GlossaryEntry).enAliases = ['-Org', 'A/B'];
    expect(r.entries).toEqual(want);
  });

  it('takes epithets of two words only, and says which one is not', () => {
    const base = entry('un', 'organization', 'United Nations', 'الأمم المتحدة');
    expect(parseEntry({ ...base, epithets: ['المنظمة الدولية'] }).ok).toBe(true);
    const bad = parseEntry({ ...base, epithets: ['المنظمة الدولية', 'المنظمة الدولية الكبرى'] });
    expect(bad.ok ? [] : bad.issues).toEqual([{ field: 'epithets.1', message: 'must be two words' }]);
  });

  it('round-trips JSON with every field', async () => {
    const full: GlossaryEntry = {
      ...LAVROV,
      offices: [{ en: 'Foreign Minister', ar: 'وزير الخارجية', from: 2004, to: null }],
      placeKind: 'capital',
      prominence: 12,
      epithets: ['الدبلوماسي المخضرم'],
      partOf: 'russian-government',
    };
    const r = report(await readGlossaryFile(utf8(glossaryToJson([full, tricky[1] as GlossaryEntry], new Date(0))), { fileName: 'x.json' }));
    expect(r.entries).toEqual([full, tricky[1]]);
    expect(JSON.parse(glossaryToJson([], new Date(0)))).toEqual({
      format: 'dalil-glossary',
      version: 1,
      exportedAt: '1970-01-01T00:00:00.000Z',
      entries: [],
    });
  });

  it('writes the study list for Anki: Arabic front, "English — description" back, no header', () => {
    expect(studyListToAnkiCsv(tricky)).toBe(
      `سيرغي لافروف,Sergey Lavrov — Russia's foreign minister.\n'+منظمة,"'=HYPERLINK(""http://evil.invalid"",""click"") — -1+1 ""quoted"", with commas\nand a new line"\n`,
    );
    expect(studyListToAnkiCsv([])).toBe('');
  });

  it('defuses formula cells but leaves numbers alone', () => {
    expect(['=1+1', '+1', '-x', '@SUM(A1)', '\tx', '-12.5', '+3', '42', 'x=1'].map(safeCell)).toEqual([
      "'=1+1",
      '+1',
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      '-12.5',
      '+3',
      '42',
      'x=1',
    ]);
  });
});

describe('ids and chunks', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes a valid, unique id for a new entry even without crypto', () => {
    vi.stubGlobal('crypto', undefined);
    const a = newEntryId('Kafranbel', 'كفرنبل');
    const b = newEntryId('Kafranbel', 'كفرنبل');
    expect(a).toMatch(/^user:kafranbel-[a-z0-9]{8}$/);
    expect(a).not.toBe(b);
    expect(parseEntry({ ...entry(a, 'place', 'Kafranbel', 'كفرنبل') }).ok).toBe(true);
    expect(newEntryId('', 'كفرنبل', () => 0)).toMatch(/^user:[a-z-]+-aaaaaaaa$/);
    expect(newEntryId('', '', () => 0)).toBe('user:entry-aaaaaaaa');
  });

  it('splits an import into chunks of at most 1000', () => {
    const chunks = importChunks(Array.from({ length: 2500 }, (_, i) => i));
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 500]);
    expect(importChunks([])).toEqual([]);
  });

  it('turns schema messages into reasons a reader can act on', () => {
    expect(readableWhy('Invalid type: Expected string but received undefined')).toBe('is missing');
    expect(readableWhy('Invalid type: Expected number but received "a"')).toBe('must be a number');
    expect(readableWhy('Invalid length: Expected <=120 but received 500')).toBe('is too long (at most 120)');
    expect(readableWhy(`Invalid value: ${'x'.repeat(1000)}`).length).toBeLessThanOrEqual(160);
  });
});
