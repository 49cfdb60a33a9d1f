/**
 * Extractive ranking: which sentences say the most about the article.
 *
 * Each sentence gets a score from four signals, each scaled to [0, 1]:
 * - centrality: how much of the article's vocabulary it shares (TF-IDF cosine with the other
 *   sentences, summed, as in LexRank's degree centrality);
 * - position: news and encyclopedia text put the essentials first; readers asked to pick the key
 *   sentences keep the first one about 70% of the time, and the later ones less and less;
 * - entities: how often the article names the people, places and organizations in it;
 * - length: a fragment (a heading, a dateline, a stray clause) says little on its own.
 * Sentences are then picked greedily by maximal marginal relevance: each pick's score is lowered
 * by its similarity to what is already picked, and a sentence that repeats a picked one is never
 * picked. The picks are returned in reading order.
 */
import { normalize } from '../arabic/normalize';
import { STOPWORDS } from '../arabic/stopwords';
import { tokenize } from '../arabic/tokenize';
import type { Sentence } from './sentences';

/** Content-word terms of a text: normalized, function words dropped, light stemming. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(normalize(text).text)) {
    if (t.kind !== 'arabic' && t.kind !== 'latin') continue;
    const word = t.text.toLowerCase();
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    const term = foldTerm(word);
    if (term.length >= 2 && !STOPWORDS.has(term)) terms.push(term);
  }
  return terms;
}

const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Light stemming in the manner of Larkey's light10 (for ranking only; never for names): folds
 * clitics and common endings so وللحكومة and الحكومه count as one term.
 */
export function foldTerm(word: string): string {
  let w = word;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

export interface RankOptions {
  /** How many sentences to return. */
  count: number;
  /** For each sentence, the salience of the names it contains (any scale; it is rescaled). */
  entitySalience?: readonly number[];
  weights?: Partial<RankWeights>;
}

export interface RankWeights {
  centrality: number;
  position: number;
  entities: number;
  /** Content words below which a sentence counts as a fragment, scored in proportion. */
  minTerms: number;
  /** Maximal marginal relevance: how much similarity to a picked sentence lowers a score. */
  novelty: number;
  /** Similarity at or above which a sentence repeats one already picked. */
  redundancy: number;
}

/**
 * Chosen on half of the EASC articles and checked on the other half (`npm run eval:summary`).
 * Readers' picks lean on position more than on vocabulary, and on longer sentences: a sentence
 * they keep has about 26 words at the median, one they leave about 22.
 */
export const DEFAULT_WEIGHTS: RankWeights = { centrality: 0.5, position: 1, entities: 0.2, minTerms: 20, novelty: 0.25, redundancy: 0.6 };

type Vector = Map<string, number>;

export function cosine(a: Vector, b: Vector): number {
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

/** TF-IDF vectors of the sentences, the sentences being the documents. */
export function tfidfVectors(terms: readonly (readonly string[])[]): Vector[] {
  const n = terms.length;
  const df = new Map<string, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  return terms.map((ts) => {
    const v: Vector = new Map();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

function scaled(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((x) => (max > 0 ? x / max : 0));
}

/** Position prior: the first sentence, then a slow decline through the article. */
export function positionPrior(index: number, count: number): number {
  if (index === 0) return 1;
  return 0.5 * (1 - index / Math.max(count, 1));
}

/** Each sentence's score (before redundancy is considered), and the sentences' similarities. */
export function scoreSentences(
  sentences: readonly Sentence[],
  options: Omit<RankOptions, 'count'> = {},
): { scores: number[]; similarity: number[][] } {
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  const n = sentences.length;
  const terms = sentences.map((s) => contentTerms(s.text));
  const vectors = tfidfVectors(terms);
  const similarity = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b))));
  const centrality = scaled(similarity.map((row, i) => row.reduce((sum, x, j) => sum + (i === j ? 0 : x), 0)));
  const entities = scaled(sentences.map((_s, i) => options.entitySalience?.[i] ?? 0));
  const scores = sentences.map((_s, i) => {
    const body = Math.min(1, (terms[i]?.length ?? 0) / Math.max(w.minTerms, 1));
    const base = w.centrality * (centrality[i] ?? 0) + w.position * positionPrior(i, n) + w.entities * (entities[i] ?? 0);
    return body * base;
  });
  return { scores, similarity };
}

/**
 * Sentences ranked at most: similarity grows with the square of the count, and past this many the
 * position prior all but rules the tail out anyway (a long page, not an article).
 */
export const MAX_RANKED = 400;

/** Indices of the chosen sentences, in reading order. */
export function rankSentences(allSentences: readonly Sentence[], options: RankOptions): number[] {
  const sentences = allSentences.slice(0, MAX_RANKED);
  const n = sentences.length;
  const want = Math.min(Math.max(0, Math.floor(options.count)), n);
  if (want === 0) return [];
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  const { scores, similarity } = scoreSentences(sentences, options);
  const top = Math.max(...scores, 1e-9);
  const chosen: number[] = [];
  const closest = (i: number) => Math.max(0, ...chosen.map((j) => similarity[i]?.[j] ?? 0));
  while (chosen.length < want) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i) || closest(i) >= w.redundancy) continue;
      const value = (scores[i] ?? 0) / top - w.novelty * closest(i);
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    // Only repeats are left: fewer sentences are better than the same one twice.
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}
