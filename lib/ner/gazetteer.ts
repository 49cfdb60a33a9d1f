/**
 * The gazetteer: every Arabic form of every glossary entry, in a trie keyed by normalized tokens.
 *
 * Matching walks the text once, token by token; at each token it tries the word's clitic readings
 * (وأبخازيا → أبخازيا) and follows the trie through the next tokens. The cost per token depends on
 * the longest name (in tokens), not on how many names the glossary holds.
 */
import { procliticReadings } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { type Token, tokenize } from '../arabic/tokenize';
import type { GlossaryEntry } from '../glossary/types';

export type FormKind = 'full' | 'short';

export interface FormHit {
  readonly entryId: string;
  readonly kind: FormKind;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: FormHit[];
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
  return tokenize(normalize(form).text).map((t) => t.text);
}

export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  private readonly entries = new Map<string, GlossaryEntry>();
  private maxDepth = 1;

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
    for (const [keys, kind] of entryKeys(entry)) this.insert(keys, { entryId: entry.id, kind });
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const [keys] of entryKeys(entry)) {
      const node = this.find(keys);
      if (node?.hits) {
        node.hits = node.hits.filter((h) => h.entryId !== id);
        if (node.hits.length === 0) delete node.hits;
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
    const readings = first.kind === 'arabic' ? procliticReadings(first.text) : [{ stem: first.text, prefixLength: 0, prefix: '' }];
    let best: GazetteerMatch | null = null;
    for (const reading of readings) {
      let node = this.root.get(reading.stem);
      let k = i + 1;
      while (node) {
        if (node.hits && node.hits.length > 0) {
          // Longer wins; at equal length the earlier (fewer clitics) reading wins.
          if (!best || k > best.endToken) {
            best = { firstToken: i, endToken: k, prefixLength: reading.prefixLength, prefix: reading.prefix, hits: node.hits };
          }
        }
        if (k - i >= this.maxDepth || k >= tokens.length || isBarrier?.(k)) break;
        const t = tokens[k] as Token;
        // A multi-word name never spans a gap wider than one space or a hyphen.
        const prev = tokens[k - 1] as Token;
        if (t.start - prev.end > 1) break;
        node = node.next?.get(t.text);
        k++;
      }
    }
    return best;
  }

  private insert(keys: string[], hit: FormHit): void {
    if (keys.length === 0) return;
    let map = this.root;
    let node: TrieNode | undefined;
    keys.forEach((key, i) => {
      node = map.get(key);
      if (!node) {
        node = {};
        map.set(key, node);
      }
      // Leaves need no children: only names that run on create the next level.
      if (i < keys.length - 1) {
        node.next ??= new Map();
        map = node.next;
      }
    });
    const target = node as unknown as TrieNode;
    target.hits ??= [];
    if (!target.hits.some((h) => h.entryId === hit.entryId && h.kind === hit.kind)) target.hits.push(hit);
    this.maxDepth = Math.max(this.maxDepth, keys.length);
  }

  private find(keys: string[]): TrieNode | undefined {
    let map: Map<string, TrieNode> | undefined = this.root;
    let node: TrieNode | undefined;
    for (const key of keys) {
      node = map?.get(key);
      if (!node) return undefined;
      map = node.next;
    }
    return node;
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

/** The trie keys of an entry: its forms, plus foreign-spelling variants where they apply. */
export function entryKeys(entry: GlossaryEntry): Array<[string[], FormKind]> {
  const foreign = (entry.type === 'person' || entry.type === 'place') && !!entry.country && !ARABIC_NAME_COUNTRIES.has(entry.country);
  const out: Array<[string[], FormKind]> = [];
  const seen = new Set<string>();
  const push = (keys: string[], kind: FormKind) => {
    const k = `${kind}|${keys.join(' ')}`;
    if (keys.length === 0 || seen.has(k)) return;
    seen.add(k);
    out.push([keys, kind]);
  };
  for (const [form, kind] of entryForms(entry)) {
    const keys = formTokens(form);
    push(keys, kind);
    if (foreign) for (const v of foreignVariants(keys)) push(v, kind);
  }
  return out;
}
