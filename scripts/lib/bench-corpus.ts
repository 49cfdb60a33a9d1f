/**
 * The benchmark's text: real Arabic news read at run time from the shared data beside the project
 * (EASC articles, then ANERcorp dev sentences with their tokens joined), never copied into the
 * project. Where ../shared is absent, the seed article's sentences, shuffled and repeated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Random, seededRandom, shuffled } from './bench-random';
import { ROOT } from './glossary-sources';

export const EASC_PATH = join(ROOT, '../shared/data/summaries/easc_dev.jsonl');
export const ANERCORP_PATH = join(ROOT, '../shared/data/ner/anercorp/dev.conll');
export const SEED_ARTICLE_PATH = join(ROOT, 'tests/fixtures/seed-article.txt');

export interface BenchCorpus {
  text: string;
  /** Where the text came from, in words, for the report. */
  source: string;
  /** False when the text is the seed article repeated (no shared data here). */
  real: boolean;
}

/** At least `minChars` characters of Arabic news. */
export function loadCorpus(minChars: number): BenchCorpus {
  const parts: string[] = [];
  const from = { easc: 0, anercorp: 0 };
  let chars = 0;
  for (const [source, piece] of newsPieces()) {
    parts.push(piece);
    from[source]++;
    chars += piece.length + 1;
    if (chars < minChars) continue;
    const what = [from.easc ? `${from.easc} EASC articles` : '', from.anercorp ? `${from.anercorp} ANERcorp dev sentences` : '']
      .filter(Boolean)
      .join(' + ');
    return { text: parts.join('\n'), source: `real news: ${what} (../shared/data)`, real: true };
  }
  return seedCorpus(minChars, seededRandom(7));
}

/** EASC articles, then ANERcorp sentences, as far as the shared data here has them. */
function* newsPieces(): Generator<['easc' | 'anercorp', string]> {
  if (existsSync(EASC_PATH)) {
    for (const line of readFileSync(EASC_PATH, 'utf8').split('\n')) {
      if (line.trim()) yield ['easc', (JSON.parse(line) as { text: string }).text];
    }
  }
  if (existsSync(ANERCORP_PATH)) {
    for (const sentence of conllSentences(readFileSync(ANERCORP_PATH, 'utf8'))) yield ['anercorp', sentence];
  }
}

/** The sentences of a CoNLL file, tokens joined by spaces (clitics stay on their tokens, as written). */
export function conllSentences(conll: string): string[] {
  const out: string[] = [];
  let tokens: string[] = [];
  for (const line of conll.split('\n')) {
    const token = line.split('\t')[0]?.trim();
    if (token) tokens.push(token);
    else if (tokens.length) {
      out.push(tokens.join(' '));
      tokens = [];
    }
  }
  if (tokens.length) out.push(tokens.join(' '));
  return out;
}

function seedCorpus(minChars: number, random: Random): BenchCorpus {
  const sentences = readFileSync(SEED_ARTICLE_PATH, 'utf8')
    .split(/(?<=[.!؟])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < minChars) {
    const order = shuffled(random, sentences);
    for (let i = 0; i < order.length; i += 4) {
      const p = order.slice(i, i + 4).join(' ');
      paragraphs.push(p);
      chars += p.length + 1;
    }
  }
  return {
    text: paragraphs.join('\n'),
    source: `GENERATED: ../shared/data is absent, so the seed article (${sentences.length} sentences) shuffled by sentence and repeated`,
    real: false,
  };
}
