/**
 * The gazetteer: every Arabic form of every glossary entry, in a trie keyed by normalized tokens.
 *
 * Matching walks the text once, token by token; at each token it tries the word's clitic readings
 * (وأبخازيا → أبخازيا) and follows the trie through the next tokens. The cost per token depends on
 * the longest name (in tokens), not on how many names the glossary holds.
 */
import { procliticReadings } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { type Token, tokenTexts } from '../arabic/tokenize';
import type { GlossaryEntry } from '../glossary/types';

export type FormKind = 'full' | 'short';

export interface FormHit {
  readonly entryId: string;
  readonly kind: FormKind;
}

/**
 * A word of a name. Most nodes that continue have one next word (مجلس الأمن → الدولي): that one
 * is kept inline; a node with more keeps them all in a Map. Every node has the same four fields.
 */
interface TrieNode {
  /** The only next word and its node, while there is only one. */
  key: string | undefined;
  child: TrieNode | undefined;
  /** All next words, once there are two or more (then `key` and `child` are unset). */
  next: Map<string, TrieNode> | undefined;
  /** The forms that end here. */
  hits: FormHit[] | undefined;
}

const newNode = (): TrieNode => ({ key: undefined, child: undefined, next: undefined, hits: undefined });

/** The node after `node` for `word`, if any. */
function childOf(node: TrieNode, word: string): TrieNode | undefined {
  if (node.next !== undefined) return node.next.get(word);
  return node.key === word ? node.child : undefined;
}

export interface GazetteerMatch {
  /** Index of the first and one past the last token of the name. */
  readonly firstToken: number;
  readonly endToken: number;
  /** Characters of the first token that are clitics (و، ب، ل …), in normalized text. */
  readonly prefixLength: number;
  readonly prefix: string;
  readonly hits: readonly FormHit[];
}

/** Normalized tokens of a name form (what the trie is keyed by). */
export function formTokens(form: string): string[] {
  return tokenTexts(normalize(form).text);
}

/** A clitic reading of a word whose stem starts a path in the trie. */
interface RootReading {
  readonly node: TrieNode;
  readonly prefixLength: number;
  readonly prefix: string;
}

const NO_READINGS: readonly RootReading[] = [];
/** How many words' root readings a gazetteer remembers before it starts over. */
const READINGS_LIMIT = 100_000;

export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  private readonly entries = new Map<string, GlossaryEntry>();
  private maxDepth = 1;
  /** Arabic word → its clitic readings whose stem is in the root: one lookup per token. */
  private readonly rootReadings = new Map<string, readonly RootReading[]>();

  constructor(entries: Iterable<GlossaryEntry> = []) {
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): GlossaryEntry | undefined {
    return this.entries.get(id);
  }

  all(): IterableIterator<GlossaryEntry> {
    return this.entries.values();
  }

  /** Adds or replaces an entry. */
  add(entry: GlossaryEntry): void {
    if (this.entries.has(entry.id)) this.remove(entry.id);
    this.entries.set(entry.id, entry);
    if (this.rootReadings.size > 0) this.rootReadings.clear();
    // One hit object per entry and kind, shared by all its forms.
    const shared: Partial<Record<FormKind, FormHit>> = {};
    for (const [words, kind] of entryKeys(entry)) {
      let hit = shared[kind];
      if (!hit) {
        hit = { entryId: entry.id, kind };
        shared[kind] = hit;
      }
      this.insert(words, hit);
    }
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    if (this.rootReadings.size > 0) this.rootReadings.clear();
    for (const [keys] of entryKeys(entry)) {
      const node = this.find(keys);
      if (node?.hits) {
        node.hits = node.hits.filter((h) => h.entryId !== id);
        if (node.hits.length === 0) node.hits = undefined;
      }
    }
  }

  /** Entries whose form is exactly `form` (normalized), for quality checks and the options page. */
  lookupForm(form: string): readonly FormHit[] {
    return this.find(formTokens(form))?.hits ?? [];
  }

  /**
   * The longest name starting at token `i`, trying the first word's clitic readings.
   * `isBarrier(k)` stops a name from running across token k (a sentence end, say).
   */
  matchAt(tokens: readonly Token[], i: number, isBarrier?: (k: number) => boolean): GazetteerMatch | null {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return null;
    let bestEnd = -1;
    let bestHits: FormHit[] | undefined;
    let bestPrefixLength = 0;
    let bestPrefix = '';
    if (first.kind !== 'arabic') {
      const node = this.root.get(first.text);
      if (!node) return null;
      bestEnd = this.walk(tokens, i, node, isBarrier);
      if (bestEnd < 0) return null;
      bestHits = this.hitsAt;
    } else {
      const readings = this.readingsOf(first.text);
      for (let r = 0; r < readings.length; r++) {
        const reading = readings[r] as RootReading;
        const end = this.walk(tokens, i, reading.node, isBarrier);
        // Longer wins; at equal length the earlier (fewer clitics) reading wins.
        if (end > bestEnd) {
          bestEnd = end;
          bestHits = this.hitsAt;
          bestPrefixLength = reading.prefixLength;
          bestPrefix = reading.prefix;
        }
      }
      if (bestEnd < 0) return null;
    }
    return { firstToken: i, endToken: bestEnd, prefixLength: bestPrefixLength, prefix: bestPrefix, hits: bestHits as FormHit[] };
  }

  /** The hits of the last `walk`'s longest name. */
  private hitsAt: FormHit[] | undefined;

  /** Follows the trie from `node` (token i's) through the next tokens: the end of the longest name, or -1. */
  private walk(tokens: readonly Token[], i: number, start: TrieNode, isBarrier?: (k: number) => boolean): number {
    let node: TrieNode | undefined = start;
    let k = i + 1;
    let end = -1;
    const limit = Math.min(i + this.maxDepth, tokens.length);
    while (node) {
      const hits = node.hits;
      if (hits !== undefined && hits.length > 0) {
        end = k;
        this.hitsAt = hits;
      }
      if (k >= limit || (node.child === undefined && node.next === undefined) || isBarrier?.(k)) break;
      const t = tokens[k] as Token;
      // A multi-word name never spans a gap wider than one space or a hyphen.
      if (t.start - (tokens[k - 1] as Token).end > 1) break;
      node = childOf(node, t.text);
      k++;
    }
    return end;
  }

  /** The clitic readings of an Arabic word whose stems start a name, remembered per word. */
  private readingsOf(word: string): readonly RootReading[] {
    let readings = this.rootReadings.get(word);
    if (readings === undefined) {
      const found: RootReading[] = [];
      for (const r of procliticReadings(word)) {
        const node = this.root.get(r.stem);
        if (node) found.push({ node, prefixLength: r.prefixLength, prefix: r.prefix });
      }
      readings = found.length > 0 ? found : NO_READINGS;
      if (this.rootReadings.size >= READINGS_LIMIT) this.rootReadings.clear();
      this.rootReadings.set(word, readings);
    }
    return readings;
  }

  private insert(keys: readonly string[], hit: FormHit): void {
    const last = keys.length - 1;
    if (last < 0) return;
    let node = this.root.get(keys[0] as string);
    if (!node) {
      node = newNode();
      this.root.set(keys[0] as string, node);
    }
    for (let i = 1; i <= last; i++) {
      const key = keys[i] as string;
      let next = childOf(node, key);
      if (!next) {
        next = newNode();
        if (node.next !== undefined) node.next.set(key, next);
        else if (node.child === undefined) {
          node.key = key;
          node.child = next;
        } else {
          node.next = new Map([
            [node.key as string, node.child],
            [key, next],
          ]);
          node.key = node.child = undefined;
        }
      }
      node = next;
    }
    const hits = node.hits;
    if (hits === undefined) node.hits = [hit];
    else if (!hits.some((h) => h.entryId === hit.entryId && h.kind === hit.kind)) hits.push(hit);
    if (keys.length > this.maxDepth) this.maxDepth = keys.length;
  }

  private find(keys: readonly string[]): TrieNode | undefined {
    let node = this.root.get(keys[0] as string);
    for (let i = 1; node && i < keys.length; i++) node = childOf(node, keys[i] as string);
    return keys.length > 0 ? node : undefined;
  }
}

/** Every Arabic form of an entry, with whether it is a full or a short form. */
export function entryForms(entry: GlossaryEntry): Array<[string, FormKind]> {
  const forms: Array<[string, FormKind]> = [[entry.ar, 'full']];
  for (const a of entry.aliases ?? []) forms.push([a, 'full']);
  for (const s of entry.short ?? []) forms.push([s, 'short']);
  return forms;
}

/** Countries whose people's names are Arabic in Arabic script: no foreign-spelling variants for them. */
const ARABIC_NAME_COUNTRIES = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' '));

/**
 * Arabic media write a foreign g as غ or ج (غوتيريش / جوتيريش) and a foreign initial a as أ or ع
 * (أنان / عنان). For people and places outside the Arab world, every form also gets those
 * spellings, so a name is found however a newspaper wrote it.
 */
export function foreignVariants(keys: readonly string[]): string[][] {
  if (!keys.some(mayVary)) return [];
  const swaps: Array<(w: string) => string> = [
    (w) => w.replace(/غ/g, 'ج'),
    (w) => w.replace(/ج/g, 'غ'),
    (w) => w.replace(/^ع/, 'ا'),
    (w) => w.replace(/^ا(?!ل)/, 'ع'),
  ];
  const out = new Map<string, string[]>();
  for (const swap of swaps) {
    const v = keys.map(swap);
    const k = v.join(' ');
    if (k !== keys.join(' ')) out.set(k, v);
  }
  return [...out.values()];
}

/** Whether one of the swaps of `foreignVariants` changes the word. */
function mayVary(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.includes('غ') || w.includes('ج') || c === 0x0639 || (c === 0x0627 && w.charCodeAt(1) !== 0x0644);
}

/** The trie keys of an entry: its forms, plus foreign-spelling variants where they apply. */
export function entryKeys(entry: GlossaryEntry): Array<[string[], FormKind]> {
  const foreign = (entry.type === 'person' || entry.type === 'place') && !!entry.country && !ARABIC_NAME_COUNTRIES.has(entry.country);
  const out: Array<[string[], FormKind]> = [];
  const add = (form: string, kind: FormKind) => {
    const keys = formTokens(form);
    push(out, keys, kind);
    if (foreign) for (const v of foreignVariants(keys)) push(out, v, kind);
  };
  add(entry.ar, 'full');
  if (entry.aliases) for (const a of entry.aliases) add(a, 'full');
  if (entry.short) for (const s of entry.short) add(s, 'short');
  return out;
}

/** Adds a form's keys unless empty or already there (an entry has a handful: a linear check). */
function push(out: Array<[string[], FormKind]>, keys: string[], kind: FormKind): void {
  if (keys.length === 0) return;
  for (const [other, otherKind] of out) if (otherKind === kind && sameWords(other, keys)) return;
  out.push([keys, kind]);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
