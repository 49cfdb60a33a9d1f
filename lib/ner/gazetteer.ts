/**
 * The gazetteer: every Arabic form of every glossary entry, in a trie keyed by normalized tokens.
 *
 * Matching walks the text once, token by token; at each token it tries the word's clitic readings
 * (وأبخازيا → أبخازيا) and follows the trie through the next tokens. The cost per token depends on
 * the longest name (in tokens), not on how many names the glossary holds. The trie itself is
 * numbers in typed arrays (lib/ner/word-trie.ts).
 */
import { type CliticReading, isConjunctionOnly, procliticReadings } from '../arabic/clitics';
import { HASH_SEED, hashStep } from '../arabic/intern';
import { normalize } from '../arabic/normalize';
import { STOPWORDS } from '../arabic/stopwords';
import { startsArabicWord, type Token, tokenTexts } from '../arabic/tokenize';
import type { GlossaryEntry } from '../glossary/types';
import { CLUB_KINDS, MEDIA_KINDS } from './cue-words';
import { NO_WORD, ROOT_NODE, WordTrie } from './word-trie';

export type FormKind = 'full' | 'short';

export interface FormHit {
  readonly entryId: string;
  readonly kind: FormKind;
  /** The entry itself, so that a match reaches it without a lookup by id. */
  readonly entry: GlossaryEntry;
}

/**
 * Forms that end at a word. Never changed in place, so that a list can be shared: an entry's
 * forms share one list of its hit (all of its names end in the same one-hit list), and a match
 * hands the list out as it is, with nothing allocated per match.
 */
type Hits = readonly FormHit[];

/**
 * In the word numbers a caller hands `matchFrom` per token: a token whose number the caller did
 * not look up (a number, a Latin word), looked up by its text.
 */
export const WORD_BY_TEXT = -2;

/**
 * Two Bloom filters of 2^20 bits (128 KB each), two bits per key: the words that follow a name's
 * first word, and the pairs of a name's first two words. A walk stops at a word whose bits are
 * not both set, reading nothing more; a word that only shares bits with one (a few per cent of
 * words) is looked up as usual.
 */
const FILTER_BITS = 20;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * A word's hash for the filters: the tokenizer's FNV-1a (lib/arabic/intern.ts), cut to 31 bits so
 * that it is never negative, and a caller that remembers it per word can mark "not yet" with -1.
 */
export function wordHash(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h & 0x7fffffff;
}

/**
 * The pairs' key: which words follow which first word (its trie key). A name's first word
 * followed by a word it never precedes in a name (محمد, then a word no name that starts with
 * محمد goes on with) starts no longer name: no walk is needed to know it, which with a large
 * glossary is most tries of a given name's first word.
 */
const pairHash = (firstHash: number, nextHash: number): number => Math.imul(firstHash ^ Math.imul(nextHash, 0x85ebca6b), 0xc2b2ae35) >>> 0;

/** A key's two bits in a filter, taken from its hash two ways. */
const bitA = (hash: number): number => hash & FILTER_MASK;
const bitB = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - FILTER_BITS);
const hasBit = (bits: Int32Array, at: number): boolean => ((bits[at >>> 5] as number) & (1 << (at & 31))) !== 0;

/** Whether both of the key's bits are set in the filter. */
function hasBits(bits: Int32Array, hash: number): boolean {
  return hasBit(bits, bitA(hash)) && hasBit(bits, bitB(hash));
}

const setBit = (bits: Int32Array, at: number): void => {
  bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
};

function setBits(bits: Int32Array, hash: number): void {
  setBit(bits, bitA(hash));
  setBit(bits, bitB(hash));
}

/** `hits` with the one hit of `alone` added (the same hits if it is there already). */
function withHit(hits: Hits, alone: Hits): Hits {
  const hit = alone[0] as FormHit;
  for (const h of hits) if (h.entryId === hit.entryId && h.kind === hit.kind) return hits;
  return hits.length === 0 ? alone : [...hits, hit];
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
export interface RootReading {
  /** The trie node of the stem. */
  readonly node: number;
  readonly prefixLength: number;
  readonly prefix: string;
  /** The stem: the trie key of the name's first word. */
  readonly stem: string;
}

const NO_READINGS: readonly RootReading[] = [];
/** Kind words (normalized) whose forms `formsHeadedBy` keeps: clubs and teams, channels and papers. */
export const KIND_HEADS: ReadonlySet<string> = new Set([...CLUB_KINDS, ...MEDIA_KINDS]);
/**
 * About how many trie edges and nodes an entry adds, to size the trie: a node per word of each
 * form and of each foreign spelling, less what entries share, and an edge per word past the first
 * (first words are a Map). The bundled glossary has 2.0-2.1 edges and 2.9-3.4 nodes an entry at
 * every size; names made up for the benchmark, 1.3 and 2.
 */
const EDGES_PER_ENTRY = 2.5;
const NODES_PER_ENTRY = 3.5;
/** How many words' root readings a gazetteer remembers before it starts over. */
const READINGS_LIMIT = 100_000;

export class Gazetteer {
  private readonly trie: WordTrie<Hits>;
  /**
   * The root's words that are not Arabic (digits, Latin: اي 24 نيوز starts no name, CNN might),
   * also kept apart: a number or a Latin word in the text is looked up in this small map, not
   * in the root of every name.
   */
  private readonly otherRoot = new Map<string, number>();
  /** The words that follow a name's first word (see FILTER_BITS); never cleared, so never wrong. */
  private readonly followers = new Int32Array(1 << (FILTER_BITS - 5));
  /** Which words follow which first word (see pairHash); never cleared either. */
  private readonly pairs = new Int32Array(1 << (FILTER_BITS - 5));
  private changes = 0;
  /** Forms that start with a kind word (نادي الزمالك، قناة الجزيرة), by that word: see `formsHeadedBy`. */
  private readonly headed = new Map<string, Array<{ entryId: string; keys: readonly string[] }>>();
  /**
   * Epithets (المنظمة الدولية), by their two normalized words joined with a space, and the
   * entries they stand for: kept apart from the trie, since they name nothing by themselves.
   */
  private readonly epithets = new Map<string, GlossaryEntry[]>();
  private readonly epithetHeads = new Set<string>();
  private readonly epithetTails = new Set<string>();
  private readonly entries = new Map<string, GlossaryEntry>();
  private maxDepth = 1;
  /** Arabic word → its clitic readings whose stem is in the root: one lookup per token. */
  private readonly rootReadings = new Map<string, readonly RootReading[]>();

  constructor(entries: Iterable<GlossaryEntry> = []) {
    // Room for every edge from the start: a large glossary is built without regrowing the table.
    const count = Array.isArray(entries) ? entries.length : 0;
    this.trie = new WordTrie<Hits>(EDGES_PER_ENTRY * count, NODES_PER_ENTRY * count);
    if (Array.isArray(entries)) {
      // The usual list has no id twice: one Map write an entry, not a lookup and a write.
      for (const e of entries) this.entries.set(e.id, e);
      if (this.entries.size === entries.length) {
        for (const e of entries) this.addForms(e);
        this.changes += entries.length;
        return;
      }
      this.entries.clear();
    }
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Grows with every add and remove: what a caller's cache of `rootsOf` answers is valid for. */
  get revision(): number {
    return this.changes;
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
    this.changes++;
    if (this.rootReadings.size > 0) this.rootReadings.clear();
    this.addForms(entry);
  }

  /** Puts the names of an entry (already among `entries`) in the trie, and its epithets apart. */
  private addForms(entry: GlossaryEntry): void {
    // One hit per entry and kind, shared by all its forms. (As `entryKeys`, without its lists:
    // a form met twice adds nothing, the trie keeps one hit per entry and kind.)
    const foreign = isForeign(entry);
    const full: Hits = [{ entryId: entry.id, kind: 'full', entry }];
    this.insertForm(entry.ar, full, foreign);
    if (entry.aliases) for (const a of entry.aliases) this.insertForm(a, full, foreign);
    if (entry.short && entry.short.length > 0) {
      const short: Hits = [{ entryId: entry.id, kind: 'short', entry }];
      for (const f of entry.short) this.insertForm(f, short, foreign);
    }
    for (const phrase of entry.epithets ?? []) this.addEpithet(phrase, entry);
  }

  /** An epithet of two words (head and tail); other lengths name nothing the recognizer reads. */
  private addEpithet(phrase: string, entry: GlossaryEntry): void {
    const keys = formTokens(phrase);
    if (keys.length !== 2) return;
    const [head, tail] = keys as [string, string];
    const key = `${head} ${tail}`;
    const list = this.epithets.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    this.epithets.set(key, list);
    this.epithetHeads.add(head);
    this.epithetTails.add(tail);
  }

  /** Whether some epithet starts with the word (normalized, clitics read off). */
  isEpithetHead(word: string): boolean {
    return this.epithetHeads.has(word);
  }

  /** Whether some epithet ends with the word (normalized). */
  isEpithetTail(word: string): boolean {
    return this.epithetTails.has(word);
  }

  /**
   * The entry the epithet of these two words stands for right after `named` was named: `named`
   * itself if the epithet is its, else the entity it is part of (مجلس الأمن … المنظمة الدولية is
   * the United Nations); undefined if neither.
   */
  epithetAfter(head: string, tail: string, named: GlossaryEntry): GlossaryEntry | undefined {
    const meant = this.epithets.get(`${head} ${tail}`);
    if (meant === undefined) return undefined;
    return meant.find((e) => e.id === named.id) ?? meant.find((e) => e.id === named.partOf);
  }

  /** Whether, once the entry is named, an epithet may stand for it or for the entity it is part of. */
  hasEpithets(entry: GlossaryEntry): boolean {
    if (entry.epithets?.length) return true;
    const whole = entry.partOf === undefined ? undefined : this.entries.get(entry.partOf);
    return !!whole?.epithets?.length;
  }

  private insertForm(form: string, hit: Hits, foreign: boolean): void {
    const keys = formTokens(form);
    const head = keys[0];
    if (keys.length > 1 && head !== undefined && KIND_HEADS.has(head)) {
      let list = this.headed.get(head);
      if (!list) {
        list = [];
        this.headed.set(head, list);
      }
      list.push({ entryId: (hit[0] as FormHit).entryId, keys });
    }
    this.insert(keys, hit);
    if (foreign) for (const v of foreignVariants(keys)) this.insert(v, hit);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.changes++;
    if (entry.epithets?.length) {
      // Rarely needed: rebuilt from the entries that still have epithets.
      this.epithets.clear();
      this.epithetHeads.clear();
      this.epithetTails.clear();
      for (const e of this.entries.values()) for (const phrase of e.epithets ?? []) this.addEpithet(phrase, e);
    }
    for (const [head, list] of this.headed)
      this.headed.set(
        head,
        list.filter((f) => f.entryId !== id),
      );
    if (this.rootReadings.size > 0) this.rootReadings.clear();
    // Its forms' nodes and edges stay (a later entry may use them); only its hits go.
    for (const [keys] of entryKeys(entry)) {
      const node = this.trie.find(keys);
      const at = node === NO_WORD ? undefined : this.trie.hits(node);
      if (at === undefined) continue;
      const hits = at.filter((h) => h.entryId !== id);
      this.trie.setHits(node, hits.length > 0 ? hits : undefined);
    }
  }

  /** Entries whose form is exactly `form` (normalized), for quality checks and the options page. */
  lookupForm(form: string): readonly FormHit[] {
    const node = this.trie.find(formTokens(form));
    return (node === NO_WORD ? undefined : this.trie.hits(node)) ?? [];
  }

  /**
   * The longest name starting at token `i`, trying the first word's clitic readings.
   * `isBarrier(token)` stops a name from running across a token (a sentence end, say). It is a
   * function of the token, not of its index, so that a caller can pass one function for good
   * (isSentenceEnd): a new closure per text made V8 throw away the walk's optimized code.
   */
  matchAt(tokens: readonly Token[], i: number, isBarrier?: (token: Token) => boolean): GazetteerMatch | null {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return null;
    if (first.kind === 'arabic') return this.matchFrom(tokens, i, this.rootsOf(first.text), isBarrier);
    // A number or a Latin word carries no clitics: its one reading is itself.
    const node = this.otherRoot.get(first.text);
    if (node === undefined) return null;
    const end = this.walk(tokens, i, node, isBarrier);
    return end < 0 ? null : { firstToken: i, endToken: end, prefixLength: 0, prefix: '', hits: this.hitsAt as Hits };
  }

  /**
   * `matchAt` for an Arabic token whose `rootsOf` the caller already holds (a recognizer keeps
   * them by word id, so that a token costs it one lookup in all). So may the tokens' word
   * numbers, in `words`: each token's `wordId`, NO_WORD where the word follows no name's first
   * word (`mayFollow` said no), or WORD_BY_TEXT to have it looked up here.
   */
  matchFrom(
    tokens: readonly Token[],
    i: number,
    readings: readonly RootReading[],
    isBarrier?: (token: Token) => boolean,
    words?: Int32Array,
  ): GazetteerMatch | null {
    let bestEnd = -1;
    let bestHits: Hits | undefined;
    let bestPrefixLength = 0;
    let bestPrefix = '';
    for (let r = 0; r < readings.length; r++) {
      const reading = readings[r] as RootReading;
      const end = this.walk(tokens, i, reading.node, isBarrier, words);
      // Longer wins; at equal length the earlier (fewer clitics) reading wins.
      if (end > bestEnd) {
        bestEnd = end;
        bestHits = this.hitsAt;
        bestPrefixLength = reading.prefixLength;
        bestPrefix = reading.prefix;
      }
    }
    if (bestEnd < 0) return null;
    return { firstToken: i, endToken: bestEnd, prefixLength: bestPrefixLength, prefix: bestPrefix, hits: bestHits as Hits };
  }

  /** The hits of the last `walk`'s longest name. */
  private hitsAt: Hits | undefined;

  /** Follows the trie from `start` (token i's) through the next tokens: the end of the longest name, or -1. */
  private walk(tokens: readonly Token[], i: number, start: number, isBarrier?: (token: Token) => boolean, words?: Int32Array): number {
    const trie = this.trie;
    let node = start;
    let k = i + 1;
    let end = -1;
    let endNode = NO_WORD;
    const limit = Math.min(i + this.maxDepth, tokens.length);
    for (;;) {
      if (trie.hasHits(node)) {
        end = k;
        endNode = node;
      }
      // Most words are in no name past its first word: the walk ends there, reading no token.
      if (k >= limit || !trie.hasChildren(node)) break;
      let word = words === undefined ? WORD_BY_TEXT : (words[k] as number);
      if (word === NO_WORD) break;
      const t = tokens[k] as Token;
      if (isBarrier?.(t)) break;
      // A multi-word name never spans a gap wider than one space or a hyphen.
      if (t.start - (tokens[k - 1] as Token).end > 1) break;
      if (word === WORD_BY_TEXT) word = trie.wordId(t.text);
      node = word === NO_WORD ? NO_WORD : trie.child(node, word);
      if (node === NO_WORD) break;
      k++;
    }
    if (end >= 0) this.hitsAt = trie.hits(endNode);
    return end;
  }

  /**
   * The word's number in the trie (NO_WORD if no form has it past its first word), for a caller
   * that hands `matchFrom` its tokens' numbers: stable for good, but a word may gain one with an
   * entry added.
   */
  wordId(word: string): number {
    return this.trie.wordId(word);
  }

  /**
   * The forms that start with a kind word (one of KIND_HEADS: نادي، فريق، قناة، صحيفة …), kept
   * as they are inserted, so that a recognizer can find clubs and media without re-reading the
   * whole glossary.
   */
  formsHeadedBy(head: string): ReadonlyArray<{ readonly entryId: string; readonly keys: readonly string[] }> {
    return this.headed.get(head) ?? [];
  }

  /** The clitic readings of an Arabic word whose stems start a name (empty for most words), remembered per word. */
  rootsOf(word: string): readonly RootReading[] {
    let readings = this.rootReadings.get(word);
    if (readings === undefined) {
      readings = this.rootsAmong(procliticReadings(word));
      if (this.rootReadings.size >= READINGS_LIMIT) this.rootReadings.clear();
      this.rootReadings.set(word, readings);
    }
    return readings;
  }

  /** Whether one of the root readings is a whole name by itself (not only the start of longer ones). */
  namesAlone(readings: readonly RootReading[]): boolean {
    for (const r of readings) if (this.trie.hasHits(r.node)) return true;
    return false;
  }

  /**
   * `rootsOf` for a word whose clitic readings the caller holds, not remembered here: for a
   * caller that remembers the answer itself (the recognizer keeps it by word id, stamped with
   * `revision`). `whole`: the caller knows the word is a common word of its own (بنوك), which
   * takes no clitic reading.
   */
  rootsAmong(readings: readonly CliticReading[], whole = false): readonly RootReading[] {
    let found: RootReading[] | null = null;
    // A function word takes no preposition: كان is "was", never ك + آن; بعد "after", never ب +
    // a name. It may take "and" (وعلي is و + علي, a name as much as على).
    const functionWord = readings.length > 1 && STOPWORDS.has((readings[0] as CliticReading).stem);
    for (let i = 0; i < readings.length; i++) {
      const r = readings[i] as CliticReading;
      if (functionWord && r.prefixLength > 0 && !isConjunctionOnly(r.prefix)) continue;
      // A common word the caller knows is a word of its own (بنوك, not ب + Nuuk) takes no clitic
      // reading at all.
      if (whole && r.prefixLength > 0) continue;
      const node = this.trie.childByText(ROOT_NODE, r.stem);
      if (node === NO_WORD) continue;
      found ??= [];
      found.push({ node, prefixLength: r.prefixLength, prefix: r.prefix, stem: r.stem });
    }
    return found ?? NO_READINGS;
  }

  /** Adds `hit` (shared by the entry's forms of its kind) to the form `keys`. */
  private insert(keys: readonly string[], hit: Hits): void {
    const last = keys.length - 1;
    if (last < 0) return;
    if (keys.length > this.maxDepth) this.maxDepth = keys.length;
    // Each word after the first is a follower; the first two words are a pair. Each word hashed once.
    if (last > 0) {
      const first = wordHash(keys[0] as string);
      for (let i = 1; i <= last; i++) {
        const h = wordHash(keys[i] as string);
        setBits(this.followers, h);
        if (i === 1) setBits(this.pairs, pairHash(first, h));
      }
    }
    const node = this.trie.insert(keys);
    const at = this.trie.hits(node);
    this.trie.setHits(node, at === undefined ? hit : withHit(at, hit));
    const head = keys[0] as string;
    if (!startsArabicWord(head.charCodeAt(0))) this.otherRoot.set(head, this.trie.childByText(ROOT_NODE, head));
  }

  /**
   * Whether the word may follow a name's first word. False is sure: a walk stops there. True may
   * be wrong (see FILTER_BITS): a walk looks the word up. A caller may remember it per word,
   * with `revision`, and hand it to `matchFrom`.
   */
  mayFollow(word: string): boolean {
    return hasBits(this.followers, wordHash(word));
  }

  /**
   * Whether a name may go on from a first word (of trie key hash `firstHash`) to the next word (of
   * hash `nextHash`), hashes by `wordHash`. False is sure; true may be wrong, as with `mayFollow`.
   */
  mayContinue(firstHash: number, nextHash: number): boolean {
    return hasBits(this.pairs, pairHash(firstHash, nextHash));
  }
}

/**
 * An empty gazetteer that lives as long as the module, so that the class's hidden class outlives
 * every real one: see KEPT_INTERNER_SHAPE in lib/arabic/intern.ts.
 */
export const KEPT_GAZETTEER_SHAPE = new Gazetteer();

/** Every Arabic form of an entry, with whether it is a full or a short form. */
export function entryForms(entry: GlossaryEntry): Array<[string, FormKind]> {
  const forms: Array<[string, FormKind]> = [[entry.ar, 'full']];
  for (const a of entry.aliases ?? []) forms.push([a, 'full']);
  for (const s of entry.short ?? []) forms.push([s, 'short']);
  return forms;
}

/** Countries whose people's names are Arabic in Arabic script: no foreign-spelling variants for them. */
const ARABIC_NAME_COUNTRIES = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' '));

/** Whether the entry's forms get foreign-spelling variants (people and places outside the Arab world). */
function isForeign(entry: GlossaryEntry): boolean {
  return (entry.type === 'person' || entry.type === 'place') && !!entry.country && !ARABIC_NAME_COUNTRIES.has(entry.country);
}

/**
 * Arabic media write a foreign g as غ or ج (غوتيريش / جوتيريش) and a foreign initial a as أ or ع
 * (أنان / عنان). For people and places outside the Arab world, every form also gets those
 * spellings, so a name is found however a newspaper wrote it.
 */
export function foreignVariants(keys: readonly string[]): string[][] {
  if (!keys.some(mayVary)) return [];
  const out: string[][] = [];
  for (const swap of SWAPS) {
    // Every swap keeps a word's length: the variant differs from the form where a word does.
    let changed = false;
    const v = keys.map((w) => {
      const x = swap(w);
      if (x !== w) changed = true;
      return x;
    });
    // A spelling that makes a word a function word is no spelling of the name: علي → الي is
    // "to", آن → عن "about" (إلى بونغو is "to Bongo", not Ali Bongo).
    if (changed && !v.some((w, i) => w !== keys[i] && STOPWORDS.has(w)) && !out.some((o) => sameWords(o, v))) out.push(v);
  }
  return out;
}

/** The spellings `foreignVariants` tries, one word at a time (each keeps the word's length). */
const SWAPS: ReadonlyArray<(w: string) => string> = [
  (w) => (w.includes('غ') ? w.replaceAll('غ', 'ج') : w),
  (w) => (w.includes('ج') ? w.replaceAll('ج', 'غ') : w),
  (w) => (w.charCodeAt(0) === 0x0639 ? `ا${w.slice(1)}` : w),
  (w) => (w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) !== 0x0644 ? `ع${w.slice(1)}` : w),
];

/** Whether one of the swaps of `foreignVariants` changes the word. */
function mayVary(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.includes('غ') || w.includes('ج') || c === 0x0639 || (c === 0x0627 && w.charCodeAt(1) !== 0x0644);
}

/** The trie keys of an entry: its forms, plus foreign-spelling variants where they apply. */
export function entryKeys(entry: GlossaryEntry): Array<[string[], FormKind]> {
  const foreign = isForeign(entry);
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
