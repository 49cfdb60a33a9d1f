/** The article at a glance: key sentences and who is who, from an analysis. */
import { normalizeKey } from '../arabic/normalize';
import type { EntityType } from '../glossary/types';
import type { Analysis, ArticleEntity } from '../ner/types';
import { rankSentences } from './rank';
import { splitSentences } from './sentences';

export interface DigestItem {
  key: string;
  id: string | null;
  en: string | null;
  ar: string;
  mentions: number;
  role: { ar: string; en: string } | null;
}

export interface Digest {
  sentences: string[];
  people: DigestItem[];
  organizations: DigestItem[];
  places: DigestItem[];
}

function item(e: ArticleEntity): DigestItem {
  return { key: e.key, id: e.entity?.id ?? null, en: e.entity?.en ?? null, ar: e.entity?.ar ?? e.name, mentions: e.mentions, role: e.role };
}

function listOf(entities: readonly ArticleEntity[], type: EntityType): DigestItem[] {
  // Most mentioned first; ties keep the article's order.
  return entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.type === type)
    .sort((a, b) => b.e.mentions - a.e.mentions || a.i - b.i)
    .map(({ e }) => item(e));
}

/** Builds the digest of `text` given its analysis. */
export function buildDigest(text: string, analysis: Analysis, sentenceCount = 3, title: string | null = null): Digest {
  // The headline is shown above the summary; it is not one of its sentences.
  const titleKey = title ? normalizeKey(title) : null;
  const sentences = splitSentences(text).filter((s) => !titleKey || normalizeKey(s.text) !== titleKey);
  const counts = new Map(analysis.entities.map((e) => [e.key, e.mentions]));
  const salience = sentences.map((s) => {
    const keys = new Set(analysis.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.key));
    let sum = 0;
    for (const k of keys) sum += Math.log(1 + (counts.get(k) ?? 0));
    return sum;
  });
  const chosen = rankSentences(sentences, { count: sentenceCount, entitySalience: salience });
  return {
    sentences: chosen.map((i) => (sentences[i] as { text: string }).text),
    people: listOf(analysis.entities, 'person'),
    organizations: listOf(analysis.entities, 'organization'),
    places: listOf(analysis.entities, 'place'),
  };
}
