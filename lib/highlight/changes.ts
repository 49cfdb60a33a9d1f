/**
 * Pages that change after load (live blogs, infinite scroll, single-page apps): what is new in the
 * article, what the recognizer needs to read it as part of the same article, and when a change
 * is worth looking at. Plain logic over blocks and mentions; the DOM side is in the content script.
 */
import type { Role } from '../ner/types';

/** A paragraph as the extractor gives it: its text nodes (compared by identity) and its text. */
export interface BlockLike {
  readonly nodes: readonly unknown[];
  readonly text: string;
}

export interface BlockDiff<B extends BlockLike> {
  /** The article in its new order: known blocks (the same objects) where unchanged, else fresh ones. */
  blocks: B[];
  /** Fresh blocks to analyze: new paragraphs, and paragraphs whose text or nodes changed. */
  added: B[];
  /** Known blocks that are gone or changed: their highlights go. */
  removed: B[];
}

function sameNodes(a: BlockLike, b: BlockLike): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return true;
}

/**
 * Compares a fresh extraction with the blocks already painted. A block is unchanged when it has
 * the same text nodes, in the same order, with the same text; then its painted ranges still hold
 * and it is not sent again.
 */
export function diffBlocks<B extends BlockLike>(known: readonly B[], fresh: readonly B[]): BlockDiff<B> {
  const byFirstNode = new Map<unknown, B>();
  for (const k of known) if (k.nodes.length) byFirstNode.set(k.nodes[0], k);
  const kept = new Set<B>();
  const blocks: B[] = [];
  const added: B[] = [];
  for (const f of fresh) {
    const k = f.nodes.length ? byFirstNode.get(f.nodes[0]) : undefined;
    if (k && !kept.has(k) && k.text === f.text && sameNodes(k, f)) {
      kept.add(k);
      blocks.push(k);
    } else {
      blocks.push(f);
      added.push(f);
    }
  }
  const removed = known.filter((k) => !kept.has(k));
  return { blocks, added, removed };
}

export interface NamedMention {
  key: string;
  text: string;
}

/**
 * The names already found in the article, one per entity (its longest form, usually the full
 * name), in order of first appearance. Sent ahead of new paragraphs so that the recognizer reads
 * them as part of the same article: a later "لافروف" after "سيرغي لافروف", and ambiguous places
 * resolved by the countries already named.
 */
export function contextNames(mentions: readonly NamedMention[], limit = 200): string[] {
  const best = new Map<string, string>();
  for (const m of mentions) {
    const had = best.get(m.key);
    if (had === undefined) {
      if (best.size >= limit) continue;
      best.set(m.key, m.text);
    } else if (m.text.length > had.length) best.set(m.key, m.text);
  }
  return [...best.values()];
}

/** Mentions of an analysis that ran on `contextCount` context blocks followed by the new ones, re-indexed to the new ones. */
export function withoutContext<M extends { block: number }>(mentions: readonly M[], contextCount: number): M[] {
  const out: M[] = [];
  for (const m of mentions) if (m.block >= contextCount) out.push({ ...m, block: m.block - contextCount });
  return out;
}

/** The first role the article gives each entity, from mentions in reading order. */
export function firstRoles(mentions: ReadonlyArray<{ key: string; role: Role | null }>): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const m of mentions) if (m.role && !roles.has(m.key)) roles.set(m.key, m.role);
  return roles;
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/g;

/** Whether added or changed text could hold a name: two Arabic letters in a row at least. */
export function hasArabicWords(text: string): boolean {
  return /[\u0621-\u064A\u0671-\u06D3]{2}/.test(text);
}

/** How many Arabic letters `text` has, looking at its first `cap` characters only (a big subtree's text can be long). */
export function arabicLetters(text: string, cap = 2000): number {
  return (text.length > cap ? text.slice(0, cap) : text).match(ARABIC_LETTER)?.length ?? 0;
}

/**
 * Whether two addresses show the same document. The fragment is ignored: a jump to #comments
 * is not a new article, while pushState to another path or query is.
 */
export function sameDocument(a: string, b: string): boolean {
  const strip = (u: string) => {
    const i = u.indexOf('#');
    return i < 0 ? u : u.slice(0, i);
  };
  return strip(a) === strip(b);
}
