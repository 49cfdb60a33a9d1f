/**
 * Dalil on the command line, with the same lib/ code the extension runs.
 *   annotate [--format json|conll] [FILE]   names in a text (stdin when no FILE)
 *   summarize [--sentences N] [--jsonl] [FILE]
 *   detect FILE.html [--url URL]
 *   glossary-stats
 * Bad input gets a one-line error on stderr and exit code 1 (2 for usage errors).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { transliterate } from '../lib/arabic/transliterate';
import { extractArticle } from '../lib/article/extract';
import { readConll, tagConll } from '../lib/conll';
import { glossaryStats } from '../lib/glossary/stats';
import { createRecognizer } from '../lib/ner';
import type { Mention } from '../lib/ner/types';
import { buildDigest } from '../lib/summary/digest';
import { loadBundledGlossary } from './lib/glossary-sources';

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

function parseArgs(argv: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2) as [string, string | undefined];
      const takesValue = ['format', 'sentences', 'url'].includes(k);
      if (v !== undefined) flags.set(k, v);
      else if (takesValue) {
        const next = argv[++i];
        if (next === undefined) throw new CliError(`--${k} needs a value`, 2);
        flags.set(k, next);
      } else flags.set(k, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function readInput(file: string | undefined): string {
  let buf: Buffer;
  if (file) {
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new CliError(`${file}: not a file`);
      size = st.size;
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${file}: no such file`);
    }
    if (size > MAX_INPUT_BYTES) throw new CliError(`${file}: too large (${size} bytes; the limit is ${MAX_INPUT_BYTES})`);
    buf = readFileSync(file);
  } else {
    try {
      buf = readFileSync(0);
    } catch {
      throw new CliError('no input: give a FILE or pipe text to standard input');
    }
    if (buf.length > MAX_INPUT_BYTES) throw new CliError(`input too large (${buf.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  }
  if (buf.includes(0)) throw new CliError(`${file ?? 'input'}: binary data, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad > text.length / 100) throw new CliError(`${file ?? 'input'}: not UTF-8 text`);
  if (!text.trim()) throw new CliError(`${file ?? 'input'}: empty input`);
  return text;
}

let recognizerCache: ReturnType<typeof createRecognizer> | null = null;
function recognizer() {
  recognizerCache ??= createRecognizer(loadBundledGlossary());
  return recognizerCache.recognizer;
}

function mentionJson(m: Mention) {
  const json = { start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, role: m.role };
  // A person found by rule: how the name sounds, as the card says it.
  return m.type === 'person' && !m.entity ? { ...json, latin: transliterate(m.text, m.origin) } : json;
}

function annotate(args: ReturnType<typeof parseArgs>): void {
  const format = (args.flags.get('format') as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'conll') throw new CliError(`unknown --format ${format} (json or conll)`, 2);
  const input = readInput(args.positional[0]);
  if (format === 'json') {
    const { mentions } = recognizer().analyze(input);
    process.stdout.write(`${JSON.stringify({ mentions: mentions.map(mentionJson) })}\n`);
    return;
  }
  const doc = readConll(input);
  const { mentions } = recognizer().analyze(doc.text);
  const tags = tagConll(doc, mentions);
  const out: string[] = [];
  doc.lines.forEach((_line, i) => {
    const span = doc.spans[i];
    out.push(span ? `${doc.text.slice(span[0], span[1])}\t${tags[i]}` : '');
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

function summarizeOne(text: string, count: number) {
  const analysis = recognizer().analyze(text);
  return buildDigest(text, analysis, count);
}

function summarize(args: ReturnType<typeof parseArgs>): void {
  const n = Number(args.flags.get('sentences') ?? 3);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new CliError('--sentences must be a whole number from 1 to 50', 2);
  const input = readInput(args.positional[0]);
  if (!args.flags.has('jsonl')) {
    process.stdout.write(`${JSON.stringify(summarizeOne(input, n))}\n`);
    return;
  }
  const lines = input.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new CliError(`line ${i + 1}: not valid JSON`);
    }
    if (!rec || typeof rec !== 'object' || typeof (rec as { text?: unknown }).text !== 'string') {
      throw new CliError(`line ${i + 1}: expected an object with a "text" string`);
    }
    const { id, text } = rec as { id?: unknown; text: string };
    const digest = summarizeOne(text, n);
    out.push(JSON.stringify({ id: id ?? null, summary: digest.sentences.join(' '), sentences: digest.sentences }));
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

function detect(args: ReturnType<typeof parseArgs>): void {
  const file = args.positional[0];
  if (!file) throw new CliError('detect needs an HTML file', 2);
  const html = readInput(file);
  const live = parseHTML(html).document as unknown as Document;
  const clone = parseHTML(html).document as unknown as Document;
  const url = args.flags.get('url');
  if (typeof url === 'string') {
    try {
      new URL(url);
    } catch {
      throw new CliError(`--url ${url}: not a URL`, 2);
    }
  }
  const article = extractArticle(live, clone, typeof url === 'string' ? { url } : {});
  process.stdout.write(
    `${JSON.stringify({ isArabicArticle: article.isArabicArticle, lang: article.lang, title: article.title, text: article.text, reason: article.reason, verdict: article.verdict })}\n`,
  );
}

function stats(): void {
  process.stdout.write(`${JSON.stringify(glossaryStats(loadBundledGlossary()))}\n`);
}

const USAGE =
  'usage: cli annotate [--format json|conll] [FILE] | summarize [--sentences N] [--jsonl] [FILE] | detect FILE.html [--url URL] | glossary-stats';

function main(): void {
  const [command, ...rest] = process.argv.slice(2);
  const args = parseArgs(rest);
  switch (command) {
    case 'annotate':
      annotate(args);
      return;
    case 'summarize':
      summarize(args);
      return;
    case 'detect':
      detect(args);
      return;
    case 'glossary-stats':
      stats();
      return;
    default:
      throw new CliError(command ? `unknown command "${command}". ${USAGE}` : USAGE, 2);
  }
}

try {
  main();
} catch (err) {
  const e = err as Error & { code?: number };
  process.stderr.write(`dalil: ${e.message.split('\n')[0]}\n`);
  process.exit(err instanceof CliError ? (e.code ?? 1) : 1);
}
