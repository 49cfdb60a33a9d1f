/** The article at a glance: key sentences and who is who, from an analysis. */
import { normalizeKey } from '../arabic/normalize';
import { transliterate } from '../arabic/transliterate';
import type { EntityType } from '../glossary/types';
import type { Analysis, ArticleEntity } from '../ner/types';
import { type NumberItem, readNumbers } from './numbers';
import { rankSentences } from './rank';
import { type Sentence, splitSentences } from './sentences';

export interface DigestItem {
  key: string;
  id: string | null;
  en: string | null;
  ar: string;
  mentions: number;
  role: { ar: string; en: string } | null;
  /** For a name the glossary does not know: how it sounds, in Latin letters (lib/arabic/transliterate). */
  latin?: string;
  /** From the glossary, for places: where to draw it, and what kind of place it is. */
  coords?: [number, number];
  placeKind?: string;
  country?: string;
}

export interface Digest {
  sentences: string[];
  people: DigestItem[];
  organizations: DigestItem[];
  places: DigestItem[];
  /** Quantities, money, percentages, dates and years, in reading order, each once. */
  numbers: NumberItem[];
}

/** How many numbers the digest lists: the first ones, as news puts the key figures first. */
export const MAX_NUMBERS = 12;

/** The article's numbers, each said once (by kind and English), in reading order, at most `max`. */
export function digestNumbers(text: string, max = MAX_NUMBERS): NumberItem[] {
  const seen = new Set<string>();
  const out: NumberItem[] = [];
  for (const n of readNumbers(text)) {
    const key = `${n.kind}|${n.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
    if (out.length >= max) break;
  }
  return out;
}

function item(e: ArticleEntity): DigestItem {
  const it: DigestItem = {
    key: e.key,
    id: e.entity?.id ?? null,
    en: e.entity?.en ?? null,
    ar: e.entity?.ar ?? e.name,
    mentions: e.mentions,
    role: e.role,
  };
  // Only for a person we found by rule: a club or a party not in the glossary is named by words
  // (الهلال "the crescent", حزب الأمة) that a reading of ours would only garble.
  if (!e.entity && e.type === 'person' && e.key.startsWith('new:')) {
    const latin = transliterate(e.name, e.origin);
    if (latin) it.latin = latin;
  }
  return it;
}

function listOf(entities: readonly ArticleEntity[], type: EntityType): DigestItem[] {
  // Most mentioned first; ties keep the article's order.
  return entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.type === type)
    .sort((a, b) => b.e.mentions - a.e.mentions || a.i - b.i)
    .map(({ e }) => item(e));
}

/**
 * For each sentence, how salient the names in it are: for each distinct name, the log of how often
 * the article mentions it. A name the article repeats is one of its actors; a name said once is a
 * passing mention and adds nothing.
 */
export function sentenceSalience(sentences: readonly Sentence[], analysis: Analysis): number[] {
  const counts = new Map(analysis.entities.map((e) => [e.key, e.mentions]));
  return sentences.map((s) => {
    const keys = new Set(analysis.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.key));
    let sum = 0;
    for (const k of keys) sum += Math.log(Math.max(1, counts.get(k) ?? 0));
    return sum;
  });
}

/** The sentences of `text` a summary picks from: the headline is shown above the summary, not in it. */
export function summarySentences(text: string, title: string | null = null): Sentence[] {
  const titleKey = title ? normalizeKey(title) : null;
  return splitSentences(text).filter((s) => !titleKey || normalizeKey(s.text) !== titleKey);
}

/** A sentence as the reader sees it: line breaks of a wrapped text become spaces. */
export function displaySentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Builds the digest of `text` given its analysis. */
export function buildDigest(text: string, analysis: Analysis, sentenceCount = 3, title: string | null = null): Digest {
  const sentences = summarySentences(text, title);
  const chosen = rankSentences(sentences, { count: sentenceCount, entitySalience: sentenceSalience(sentences, analysis) });
  return {
    sentences: chosen.map((i) => displaySentence((sentences[i] as Sentence).text)),
    people: listOf(analysis.entities, 'person'),
    organizations: listOf(analysis.entities, 'organization'),
    places: listOf(analysis.entities, 'place'),
    numbers: digestNumbers(text),
  };
}
