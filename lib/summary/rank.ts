/**
 * Extractive ranking: which sentences say the most about the article.
 *
 * Each sentence is scored by centrality (how much its content words recur in the other sentences,
 * TF-IDF cosine summed over the article), its position (news puts the essentials first), and the
 * salience of the names in it (how often the article mentions them). Sentences are then picked
 * greedily, skipping any that repeat one already picked (maximal marginal relevance), and returned
 * in reading order.
 */
import { normalize } from '../arabic/normalize';
import { STOPWORDS } from '../arabic/stopwords';
import { tokenize } from '../arabic/tokenize';
import type { Sentence } from './sentences';

/** Content-word terms of a text: normalized, function words dropped, light affix folding. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(normalize(text).text)) {
    if (t.kind !== 'arabic' && t.kind !== 'latin') continue;
    if (STOPWORDS.has(t.text) || t.text.length < 2) continue;
    terms.push(foldTerm(t.text));
  }
  return terms.filter((t) => t.length >= 2 && !STOPWORDS.has(t));
}

/** Folds common clitics and endings so وللحكومة and الحكومه count as one term (ranking only; never for names). */
export function foldTerm(word: string): string {
  let w = word;
  for (const p of ['وال', 'فال', 'بال', 'كال', 'لل', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length);
      break;
    }
  }
  if (w.length >= 5 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1);
  for (const s of ['ات', 'ون', 'ين', 'ان', 'ه', 'ي']) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

export interface RankOptions {
  /** How many sentences to return. */
  count: number;
  /** For each sentence, the summed article mention counts of the names it contains. */
  entitySalience?: readonly number[];
  weights?: Partial<RankWeights>;
}

export interface RankWeights {
  centrality: number;
  position: number;
  entities: number;
  /** Similarity above which a sentence counts as repeating one already picked. */
  redundancy: number;
}

export const DEFAULT_WEIGHTS: RankWeights = { centrality: 1, position: 0.9, entities: 0.35, redundancy: 0.5 };

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Indices of the chosen sentences, in reading order. */
export function rankSentences(sentences: readonly Sentence[], options: RankOptions): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  const terms = sentences.map((s) => contentTerms(s.text));
  const df = new Map<string, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors: Vector[] = terms.map((ts) => {
    const v: Vector = new Map();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
  const sim: number[][] = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const centrality = sim.map((row) => row.reduce((x, y) => x + y, 0));
  const maxC = Math.max(...centrality, 1e-9);
  const salience = options.entitySalience ?? [];
  const maxS = Math.max(...salience, 1e-9);
  const scores = sentences.map((_s, i) => {
    const tooShort = (terms[i]?.length ?? 0) < 3 ? 0.3 : 1;
    const position = 1 / Math.sqrt(1 + i);
    const c = (centrality[i] ?? 0) / maxC;
    const e = (salience[i] ?? 0) / maxS;
    return tooShort * (w.centrality * c + w.position * position + w.entities * e);
  });
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const chosen: number[] = [];
  for (const i of order) {
    if (chosen.length >= options.count) break;
    if (chosen.some((j) => (sim[i]?.[j] ?? 0) > w.redundancy)) continue;
    chosen.push(i);
  }
  // Too few after removing repeats: fill in by score.
  for (const i of order) {
    if (chosen.length >= Math.min(options.count, n)) break;
    if (!chosen.includes(i)) chosen.push(i);
  }
  return chosen.sort((a, b) => a - b);
}
