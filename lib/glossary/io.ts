/**
 * Glossary files in and out: JSON (our entry schema), CSV (one row per entry), and the study list
 * as an Anki deck. Plain TypeScript: it runs in the options page and in Node.
 *
 * JSON: a list of entries, or an object with an "entries" list (what the export writes); each
 * entry as in assets/glossary/FORMAT.md.
 *
 * CSV (UTF-8, first line the header; comma, semicolon or tab between cells):
 *
 *   id,type,en,ar,aliases,short,enAliases,desc_en,desc_ar,context_en,context_ar,country,lat,lon,wiki_en,wiki_ar
 *
 *   id         optional; made from the names when empty ("user:" + slug + hash)
 *   type       person | organization | place
 *   en, ar     the English and the Arabic name (required)
 *   aliases    other full Arabic spellings, separated by "|"
 *   short      Arabic short forms that alone name it (لافروف), separated by "|"
 *   enAliases  other English names, separated by "|"
 *   desc_en, desc_ar        one-line description in each language (required)
 *   context_en, context_ar  a few sentences of background (optional)
 *   country    ISO 3166-1 two-letter code; lat, lon  decimal degrees; wiki_en, wiki_ar  article titles
 *
 * A "|" inside a list item cannot be written in CSV: the export turns it into "/". Cells that a
 * spreadsheet would run as a formula (starting with = + - @ tab or CR; plain numbers excepted) are
 * written with a leading "'", which the import removes again.
 *
 * Reading is careful with what it is given: the bytes must be UTF-8 (or UTF-16 with its BOM),
 * every row is checked with the entry schema (`parseEntry`, which keeps only known keys, so
 * "__proto__" or "constructor" in a file reaches nothing), and big files are read and checked in
 * time slices so the page stays responsive, with progress reported as it goes.
 */
import Papa from 'papaparse';
import { transliterate } from '../arabic/transliterate';
import { parseEntry } from './schema';
import type { GlossaryEntry } from './types';

export const CSV_COLUMNS = [
  'id',
  'type',
  'en',
  'ar',
  'aliases',
  'short',
  'enAliases',
  'desc_en',
  'desc_ar',
  'context_en',
  'context_ar',
  'country',
  'lat',
  'lon',
  'wiki_en',
  'wiki_ar',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['type', 'en', 'ar', 'desc_en', 'desc_ar'];
/** Separates the items of a list inside one CSV cell. */
export const LIST_SEPARATOR = '|';

/** More than this in one file is refused (split it): the background stages an import in memory. */
export const MAX_IMPORT_ENTRIES = 200_000;
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Entries per glossary:import message. */
export const IMPORT_CHUNK_SIZE = 1000;

export type ImportFormat = 'json' | 'csv';

/** One problem with one row. `row`: CSV row as a spreadsheet numbers it (header = 1), or JSON list position (from 1). */
export interface ImportIssue {
  row: number;
  /** CSV column, or the entry's dotted field path in JSON; "(row)"/"(entry)" for the whole row. */
  field: string;
  why: string;
}

export interface ImportReport {
  format: ImportFormat;
  encoding: string;
  /** Rows (CSV, without the header and empty lines) or items (JSON) read. */
  rows: number;
  /** The valid entries, each with source "user". */
  entries: GlossaryEntry[];
  /** Every problem found; a row with any problem is left out of `entries`. */
  issues: ImportIssue[];
  /** How many rows have at least one problem. */
  invalidRows: number;
  /** Remarks about the whole file that do not stop it (an unknown column, ignored). */
  notes: string[];
}

export type ImportErrorCode =
  | 'too-big'
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'bad-json'
  | 'json-shape'
  | 'bad-csv'
  | 'csv-header'
  | 'too-many';

/** A file that cannot be read at all. `vars` fill a translated message; `message` is the English one. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  vars: Record<string, string | number>;
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; error: ImportError };

export interface ImportProgress {
  /** reading: bytes to text; parsing: text to rows; checking: rows to entries. */
  phase: 'reading' | 'parsing' | 'checking';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Used to tell JSON from CSV by its extension; the content decides otherwise. */
  fileName?: string;
  onProgress?: (p: ImportProgress) => void;
  maxEntries?: number;
  maxBytes?: number;
  /** Longest stretch of work between two yields to the page, in ms. */
  sliceMs?: number;
}

const fail = (code: ImportErrorCode, message: string, vars: Record<string, string | number> = {}): { ok: false; error: ImportError } => ({
  ok: false,
  error: { code, message, vars },
});

const now = () => performance.now();
const DEFAULT_SLICE_MS = 12;
/** Lets the page paint and handle input between two slices of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// ---------------------------------------------------------------------------------------------
// Working in slices

/** Long work in slices: `due()` says when the page should get its turn (`await pause()`). */
class Slicer {
  private start = now();
  constructor(private readonly sliceMs: number) {}
  due(): boolean {
    return now() - this.start > this.sliceMs;
  }
  async pause(): Promise<void> {
    await yieldToPage();
    this.start = now();
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes to text

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: ImportError };
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding and where the text starts (after its BOM), or why these bytes are not text we read. */
function sniffEncoding(bytes: Uint8Array): { ok: true; encoding: Encoding; start: number } | { ok: false; error: ImportError } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, encoding: 'utf-16le', start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, encoding: 'utf-16be', start: 2 };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // NUL bytes never occur in UTF-8 text: UTF-16 without its BOM (Latin text leaves every other byte 0), or not text at all.
  const head = bytes.subarray(start, start + 4096);
  if (!head.includes(0)) return { ok: true, encoding: 'utf-8', start };
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) odd++;
      else even++;
    }
  });
  const pairs = head.length / 2;
  if (odd > pairs * 0.2 && even === 0) return { ok: true, encoding: 'utf-16le', start };
  if (even > pairs * 0.2 && odd === 0) return { ok: true, encoding: 'utf-16be', start };
  return fail('binary', 'This is not a text file. Choose a .json or .csv file.');
}

/**
 * UTF-8 (with or without BOM) or UTF-16 (with BOM, or plainly visible); anything else is refused
 * by name. Decoded a megabyte at a time, so a big file does not hold the page.
 */
export async function decodeText(bytes: Uint8Array, options: Pick<ImportOptions, 'onProgress' | 'sliceMs'> = {}): Promise<DecodeResult> {
  const sniffed = sniffEncoding(bytes);
  if (!sniffed.ok) return sniffed;
  const { encoding, start } = sniffed;
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const slicer = new Slicer(options.sliceMs ?? DEFAULT_SLICE_MS);
  const parts: string[] = [];
  const step = 1 << 20;
  try {
    for (let at = start; at < bytes.length; at += step) {
      parts.push(decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + step)), { stream: true }));
      if (slicer.due()) {
        options.onProgress?.({ phase: 'reading', done: at, total: bytes.length });
        await slicer.pause();
      }
    }
    parts.push(decoder.decode());
  } catch {
    if (encoding !== 'utf-8') {
      return fail('not-utf8', 'The file says it is UTF-16 but is not valid UTF-16. Save it as UTF-8 and import it again.', { line: 1 });
    }
    // Where it goes wrong, for the message: the first replacement character of a lenient decode.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start));
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? 1 : lineAndColumn(lenient, at).line;
    return fail(
      'not-utf8',
      `The file is not UTF-8 text (the first bad byte is on line ${line}). It may be in Windows-1256 or another older encoding: save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.`,
      { line },
    );
  }
  options.onProgress?.({ phase: 'reading', done: bytes.length, total: bytes.length });
  return { ok: true, text: parts.join(''), encoding };
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// Reading a file

/** Reads a glossary file (bytes, or text already decoded) into valid entries and a report of every problem. */
export async function readGlossaryFile(input: Uint8Array | ArrayBuffer | string, options: ImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.length > maxBytes) {
      const mb = Math.ceil(bytes.length / (1024 * 1024));
      const max = Math.round(maxBytes / (1024 * 1024));
      return fail('too-big', `The file is ${mb} MB; Dalil reads files of at most ${max} MB. Split it into smaller files.`, { mb, max });
    }
    const decoded = await decodeText(bytes, options);
    if (!decoded.ok) return decoded;
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (!text.trim()) return fail('empty', 'The file is empty.');
  const format = formatOf(options.fileName, text);
  const rows = format === 'json' ? await readJsonRows(text, options) : await readCsvRows(text, options);
  if (!rows.ok) return rows;
  const report = await checkRows(rows.rows, format, options);
  return { ok: true, report: { ...report, encoding, notes: rows.notes } };
}

function formatOf(fileName: string | undefined, text: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** A row before validation: what it says, and what was already found wrong with it. */
interface RawRow {
  row: number;
  value: Record<string, unknown> | unknown;
  issues: ImportIssue[];
}

type RowsResult = { ok: true; rows: RawRow[]; notes: string[] } | { ok: false; error: ImportError };

function tooMany(count: number, max: number): { ok: false; error: ImportError } {
  return fail(
    'too-many',
    `The file holds ${count.toLocaleString('en')} entries; Dalil imports at most ${max.toLocaleString('en')} at once. Split it into smaller files.`,
    { count, max },
  );
}

/** Where a JSON.parse error is in the text it parsed: V8 says "at position N", Firefox "at line L column C". */
function jsonErrorIndex(message: string, parsed: string): number {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    let lineStart = 0;
    for (let l = 1; l < Number(lc[1]); l++) lineStart = parsed.indexOf('\n', lineStart) + 1;
    return lineStart + Number(lc[2]) - 1;
  }
  const pos = /position (\d+)/.exec(message);
  // "Unexpected end of JSON input": the end.
  return pos ? Number(pos[1]) : parsed.length;
}

/** A JSON.parse error as the reader needs it: what, and where in the whole file. */
function badJson(err: unknown, text: string, parsed: string, toFileIndex: (i: number) => number): { ok: false; error: ImportError } {
  const detail = String((err as Error)?.message ?? err);
  const { line, column } = lineAndColumn(text, toFileIndex(jsonErrorIndex(detail, parsed)));
  const clean =
    detail
      .replace(/^JSON\.parse:\s*/, '')
      .replace(/\s*(at position \d+.*|at line \d+ column \d+.*|in JSON.*)$/, '')
      .slice(0, 200) || 'unexpected content';
  return fail('bad-json', `The file is not valid JSON: ${clean} (line ${line}, column ${column}).`, { detail: clean, line, column });
}

/** The list of entries in a JSON text: its items' spans, and the span of the list itself. */
interface JsonList {
  open: number;
  close: number;
  items: Array<[number, number]>;
}

/**
 * Finds the list of entries (the top-level array, or the "entries" array of the top-level object)
 * without parsing the whole text at once, so each item can be parsed on its own in slices. Returns
 * null when the text has another shape; JSON.parse then reads it whole and says what is wrong.
 */
async function findJsonList(text: string, slicer: Slicer, onProgress: ImportOptions['onProgress']): Promise<JsonList | null> {
  const first = text.search(/\S/);
  const top = text[first];
  if (top !== '[' && top !== '{') return null;
  let depth = 0;
  let lastString: [number, number] = [0, 0];
  let open: JsonList | null = null;
  let found: JsonList | null = null;
  let itemStart = 0;
  let nextCheck = 0;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const from = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      if (depth === 1) lastString = [from + 1, i];
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      const isList = c === 91 && (top === '[' ? depth === 1 : depth === 2 && text.slice(lastString[0], lastString[1]) === 'entries');
      if (isList) {
        open = { open: i, close: -1, items: [] };
        itemStart = i + 1;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (open && c === 93 && depth === (top === '[' ? 1 : 2)) {
        open.items.push([itemStart, i]);
        open.close = i;
        found = open;
        open = null;
      }
      depth--;
    } else if (c === 44 /* , */ && open && depth === (top === '[' ? 1 : 2)) {
      open.items.push([itemStart, i]);
      itemStart = i + 1;
    }
    if (i >= nextCheck) {
      nextCheck = i + 0x10000;
      if (slicer.due()) {
        onProgress?.({ phase: 'parsing', done: i, total: text.length });
        await slicer.pause();
      }
    }
  }
  // "[]" and "[ ]" hold no item.
  const [only] = found?.items ?? [];
  if (found && found.items.length === 1 && only && !text.slice(only[0], only[1]).trim()) found.items = [];
  return found;
}

async function readJsonRows(text: string, options: ImportOptions): Promise<RowsResult> {
  const slicer = new Slicer(options.sliceMs ?? DEFAULT_SLICE_MS);
  const max = options.maxEntries ?? MAX_IMPORT_ENTRIES;
  const list = await findJsonList(text, slicer, options.onProgress);
  let values: unknown[];
  if (list) {
    // The rest of the file must be valid JSON too: parsed with the list emptied.
    const skeleton = text.slice(0, list.open + 1) + text.slice(list.close);
    try {
      JSON.parse(skeleton);
    } catch (err) {
      return badJson(err, text, skeleton, (i) => (i > list.open ? i + (list.close - list.open - 1) : i));
    }
    if (list.items.length > max) return tooMany(list.items.length, max);
    values = [];
    for (const [from, to] of list.items) {
      const item = text.slice(from, to);
      try {
        values.push(JSON.parse(item));
      } catch (err) {
        return badJson(err, text, item, (i) => from + i);
      }
      if ((values.length & 0xff) === 0 && slicer.due()) {
        options.onProgress?.({ phase: 'parsing', done: from, total: text.length });
        await slicer.pause();
      }
    }
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return badJson(err, text, text, (i) => i);
    }
    const found = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)
        ? (data as { entries: unknown[] }).entries
        : null;
    if (!found) return fail('json-shape', 'The JSON must be a list of entries, or an object with an "entries" list.');
    if (found.length > max) return tooMany(found.length, max);
    values = found;
  }
  options.onProgress?.({ phase: 'parsing', done: text.length, total: text.length });
  return { ok: true, rows: values.map((value, i) => ({ row: i + 1, value, issues: [] })), notes: [] };
}

/** The delimiter of the header line: comma unless semicolons or tabs clearly lead (spreadsheets in some locales). */
function headerDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ',';
}

async function readCsvRows(text: string, options: ImportOptions): Promise<RowsResult> {
  const max = options.maxEntries ?? MAX_IMPORT_ENTRIES;
  const rows: RawRow[] = [];
  const notes: string[] = [];
  let columns: Array<CsvColumn | null> | null = null;
  let fatal: { ok: false; error: ImportError } | null = null;
  let records = 0;
  let dataRows = 0;

  const onRecord = (cells: string[], rowNo: number, malformed: boolean) => {
    if (!columns) {
      const header = readHeader(cells);
      if (!header.ok) {
        fatal = header;
        return;
      }
      columns = header.columns;
      notes.push(...header.notes);
      return;
    }
    if (cells.every((c) => c.trim() === '')) return;
    dataRows++;
    if (dataRows > max) return;
    const issues: ImportIssue[] = [];
    if (malformed) issues.push({ row: rowNo, field: '(row)', why: 'has a badly quoted cell' });
    const extra = cells.slice(columns.length);
    if (cells.length < columns.length || extra.some((c) => c.trim() !== '')) {
      issues.push({ row: rowNo, field: '(row)', why: `has ${cells.length} cells; the header has ${columns.length}` });
    }
    rows.push({ row: rowNo, value: csvCandidate(cells, columns, rowNo, issues), issues });
  };

  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(text, {
      header: false,
      delimiter: headerDelimiter(text),
      chunkSize: 256 * 1024,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        const bad = new Map<number, string>();
        for (const e of results.errors) if (typeof e.row === 'number') bad.set(e.row, e.code);
        results.data.forEach((cells, i) => {
          if (fatal) return;
          const rowNo = records + 1;
          records++;
          const code = bad.get(i);
          if (code === 'MissingQuotes') {
            fatal = fail('bad-csv', `The CSV is malformed: a quoted cell that starts on row ${rowNo} is never closed.`, { line: rowNo });
            return;
          }
          onRecord(cells, rowNo, code === 'InvalidQuotes');
        });
        if (fatal) {
          parser.abort();
          return;
        }
        options.onProgress?.({ phase: 'parsing', done: Math.min(results.meta.cursor, text.length), total: text.length });
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => resolve(),
    });
  });
  if (fatal) return fatal;
  if (!columns) return fail('empty', 'The file is empty.');
  if (dataRows > max) return tooMany(dataRows, max);
  return { ok: true, rows, notes };
}

function readHeader(cells: string[]): { ok: true; columns: Array<CsvColumn | null>; notes: string[] } | { ok: false; error: ImportError } {
  const known = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns: Array<CsvColumn | null> = [];
  const notes: string[] = [];
  const seen = new Set<CsvColumn>();
  for (const raw of cells) {
    const name = raw.replace(/^\uFEFF/, '').trim();
    const column = known.get(name.toLowerCase()) ?? null;
    if (column && seen.has(column)) {
      return fail('csv-header', `The header names the column "${column}" twice.`, { missing: column, expected: CSV_COLUMNS.join(',') });
    }
    if (column) seen.add(column);
    else if (name) notes.push(`The column "${name.slice(0, 40)}" is not one Dalil knows; it was ignored.`);
    columns.push(column);
  }
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    return fail(
      'csv-header',
      `The first line must be the header, with at least the columns ${REQUIRED_CSV_COLUMNS.join(', ')}; missing: ${missing.join(', ')}. The full header is: ${CSV_COLUMNS.join(',')}`,
      { missing: missing.join(', '), expected: CSV_COLUMNS.join(',') },
    );
  }
  return { ok: true, columns, notes };
}

/** A cell written with a leading "'" against formula injection gets its text back. */
function unescapeCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function splitList(cell: string): string[] | undefined {
  const items = cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** The entry a CSV row describes. Only known keys are ever set, on a fresh object. */
function csvCandidate(cells: string[], columns: Array<CsvColumn | null>, rowNo: number, issues: ImportIssue[]): Record<string, unknown> {
  const cell: Partial<Record<CsvColumn, string>> = {};
  columns.forEach((c, i) => {
    if (c) cell[c] = unescapeCell(cells[i] ?? '').trim();
  });
  const get = (c: CsvColumn) => cell[c] ?? '';
  const out: Record<string, unknown> = {
    type: get('type').toLowerCase(),
    en: get('en'),
    ar: get('ar'),
    desc: { en: get('desc_en'), ar: get('desc_ar') },
  };
  if (get('id')) out.id = get('id');
  for (const list of ['aliases', 'short', 'enAliases'] as const) {
    const items = splitList(get(list));
    if (items) out[list] = items;
  }
  if (get('context_en') || get('context_ar')) out.context = { en: get('context_en'), ar: get('context_ar') };
  if (get('country')) out.country = get('country').toUpperCase();
  const lat = get('lat');
  const lon = get('lon');
  if (lat || lon) {
    const nums = [lat, lon].map((s) => (/^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN));
    (['lat', 'lon'] as const).forEach((name, i) => {
      const raw = i === 0 ? lat : lon;
      if (!raw) issues.push({ row: rowNo, field: name, why: 'is empty: give both latitude and longitude, or neither' });
      else if (Number.isNaN(nums[i])) issues.push({ row: rowNo, field: name, why: 'is not a number (use decimal degrees, e.g. 35.9)' });
    });
    out.coords = nums;
  }
  if (get('wiki_en') || get('wiki_ar')) {
    const wiki: Record<string, string> = {};
    if (get('wiki_en')) wiki.en = get('wiki_en');
    if (get('wiki_ar')) wiki.ar = get('wiki_ar');
    out.wiki = wiki;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checking rows

/** A schema path in a CSV's terms: desc.en → desc_en, coords.0 → lat, aliases.3 → aliases (item 4). */
function csvField(path: string): { field: string; item?: number } {
  const [head, sub] = path.split('.');
  if (head === 'coords') return { field: sub === '1' ? 'lon' : 'lat' };
  if ((head === 'desc' || head === 'context' || head === 'wiki') && (sub === 'en' || sub === 'ar')) return { field: `${head}_${sub}` };
  if ((head === 'aliases' || head === 'short' || head === 'enAliases') && sub !== undefined && /^\d+$/.test(sub)) {
    return { field: head, item: Number(sub) + 1 };
  }
  return { field: path };
}

/** A schema message a reader can act on (and never an echo of a huge hostile value). */
export function readableWhy(message: string): string {
  if (/received undefined$/.test(message)) return 'is missing';
  const type = /^Invalid type: Expected (\w+)/.exec(message)?.[1];
  if (type) {
    const names: Record<string, string> = { string: 'text', number: 'a number', Array: 'a list', Object: 'an object' };
    return `must be ${names[type] ?? type}`;
  }
  const bound = /^Invalid value: Expected (<=|>=)(-?[\d.]+)/.exec(message);
  if (bound) return `must be ${bound[1] === '<=' ? 'at most' : 'at least'} ${bound[2]}`;
  const length = /^Invalid length: Expected <=(\d+)/.exec(message);
  if (length) return `is too long (at most ${length[1]})`;
  return message.length > 160 ? `${message.slice(0, 157)}…` : message;
}

async function checkRows(rows: RawRow[], format: ImportFormat, options: ImportOptions): Promise<Omit<ImportReport, 'encoding' | 'notes'>> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const entries: GlossaryEntry[] = [];
  const issues: ImportIssue[] = [];
  const firstRowOfId = new Map<string, number>();
  let invalidRows = 0;
  let sliceStart = now();
  options.onProgress?.({ phase: 'checking', done: 0, total: rows.length });
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i] as RawRow;
    const rowIssues = [...raw.issues];
    const checked = checkOne(raw, format, rowIssues);
    if (checked) {
      const first = firstRowOfId.get(checked.id);
      if (first !== undefined) rowIssues.push({ row: raw.row, field: 'id', why: `repeats the id of row ${first}` });
      else firstRowOfId.set(checked.id, raw.row);
    }
    if (rowIssues.length === 0 && checked) entries.push(checked);
    else {
      invalidRows++;
      issues.push(...rowIssues);
    }
    if ((i & 63) === 63 && now() - sliceStart > sliceMs) {
      options.onProgress?.({ phase: 'checking', done: i + 1, total: rows.length });
      await yieldToPage();
      sliceStart = now();
    }
  }
  options.onProgress?.({ phase: 'checking', done: rows.length, total: rows.length });
  return { format, rows: rows.length, entries, issues, invalidRows };
}

function checkOne(raw: RawRow, format: ImportFormat, issues: ImportIssue[]): GlossaryEntry | null {
  const value = raw.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    issues.push({ row: raw.row, field: '(entry)', why: 'is not an object with the fields of an entry' });
    return null;
  }
  const record = value as Record<string, unknown>;
  const needsId = record.id === undefined || record.id === null || (typeof record.id === 'string' && record.id.trim() === '');
  // A spread copies an own "__proto__" key as a plain property: it never reaches a prototype.
  const candidate = needsId ? { ...record, id: contentId(record) } : record;
  const parsed = parseEntry(candidate, 'user');
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const why = readableWhy(issue.message);
      const { field, item } = format === 'csv' ? csvField(issue.field) : { field: issue.field, item: undefined };
      // One reason per field is enough ("is empty" says it all; "has no Arabic letters" adds nothing).
      if (issues.some((x) => x.field === field)) continue;
      issues.push({ row: raw.row, field, why: item ? `item ${item} ${why}` : why });
    }
    return null;
  }
  // Imported entries are the reader's, whatever the file says.
  return { ...parsed.entry, source: 'user' };
}

// ---------------------------------------------------------------------------------------------
// Ids

function slugify(s: string): string {
  return s
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

function nameSlug(en: unknown, ar: unknown): string {
  return (typeof en === 'string' && slugify(en)) || (typeof ar === 'string' && slugify(transliterate(ar))) || 'entry';
}

/** FNV-1a: a short, stable fingerprint (not for security). */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** An id made from an entry's names: importing the same file twice updates, never duplicates. */
function contentId(record: Record<string, unknown>): string {
  const key = [record.type, record.en, record.ar].map((x) => (typeof x === 'string' ? x.trim() : '')).join('\u0000');
  return `user:${nameSlug(record.en, record.ar)}-${fingerprint(key)}`;
}

/** Random letters and digits; crypto.getRandomValues where there is one (crypto.randomUUID may be missing). */
export function randomToken(length = 10, random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(length);
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c?.getRandomValues && random === Math.random) c.getRandomValues(bytes);
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** The id of an entry the reader adds by hand: "user:" + a slug of its name + a random part. */
export function newEntryId(en: string, ar: string, random?: () => number): string {
  return `user:${nameSlug(en, ar)}-${randomToken(8, random)}`;
}

/** Splits a list into the chunks of a glossary:import. */
export function importChunks<T>(items: readonly T[], size = IMPORT_CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing files

/** Our JSON: what `readGlossaryFile` reads back. */
export function glossaryToJson(entries: readonly GlossaryEntry[], exportedAt: Date = new Date()): string {
  return `${JSON.stringify({ format: 'dalil-glossary', version: 1, exportedAt: exportedAt.toISOString(), entries }, null, 2)}\n`;
}

/** A cell a spreadsheet will show as text, never run as a formula. Plain numbers (-12.5) stay numbers. */
export function safeCell(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}

function listCell(items: readonly string[] | undefined): string {
  return (items ?? []).map((s) => s.split(LIST_SEPARATOR).join('/')).join(LIST_SEPARATOR);
}

function csvCells(e: GlossaryEntry): Record<CsvColumn, string> {
  return {
    id: e.id,
    type: e.type,
    en: e.en,
    ar: e.ar,
    aliases: listCell(e.aliases),
    short: listCell(e.short),
    enAliases: listCell(e.enAliases),
    desc_en: e.desc.en,
    desc_ar: e.desc.ar,
    context_en: e.context?.en ?? '',
    context_ar: e.context?.ar ?? '',
    country: e.country ?? '',
    lat: e.coords ? String(e.coords[0]) : '',
    lon: e.coords ? String(e.coords[1]) : '',
    wiki_en: e.wiki?.en ?? '',
    wiki_ar: e.wiki?.ar ?? '',
  };
}

/** CSV with the header above, UTF-8 with a BOM (so spreadsheets show the Arabic), CRLF line ends. */
export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const data = entries.map((e) => {
    const cells = csvCells(e);
    return CSV_COLUMNS.map((c) => safeCell(cells[c]));
  });
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

/** The study list for Anki: front the Arabic name, back "English name — description"; no header, UTF-8. */
export function studyListToAnkiCsv(entries: readonly GlossaryEntry[]): string {
  const data = entries.map((e) => [safeCell(e.ar), safeCell(`${e.en} — ${e.desc.en}`)]);
  return data.length ? `${Papa.unparse(data, { newline: '\n' })}\n` : '';
}
