/**
 * A trie of word sequences held in typed arrays: words are numbered once, nodes are numbers, and
 * each edge (node, word) → child is a slot of one open-addressing hash table. The root's edges,
 * the sequences' first words, are a Map by text instead: a walk starts from a word's text (its
 * clitics read off), never from a number, and a word that only starts sequences needs none.
 *
 * Why not objects and Maps: following a name through the text reads, per word, one slot of the
 * table and one byte of node flags, all in typed arrays. A trie of objects read a node, its Map's
 * table and the key string for each word, scattered over a heap that grows with the glossary:
 * with 50,000 names those reads missed the cache (see docs/adr/0002-one-lookup-per-word.md).
 */

/** The root: the node before a sequence's first word. */
export const ROOT_NODE = 0;
/** What `wordId` and `child` answer for a word no sequence has, or no such edge. */
export const NO_WORD = -1;

/** In `flags`: some sequence ends at the node (it has hits). */
const HAS_HITS = 1;
/** In `flags`: some sequence goes on from the node. */
const HAS_CHILDREN = 2;

/** Slots per edge in the table: parent node, word, child node. */
const EDGE = 3;
/** The table grows when more than this share of its slots is taken (linear probing stays short). */
const MAX_LOAD = 0.5;

/** An edge's slot: a mix of both numbers, so that a node's edges spread over the table. */
function slotOf(parent: number, word: number, mask: number): number {
  let h = (Math.imul(parent, 0x9e3779b1) + word) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

export class WordTrie<H> {
  /** The numbers of the words that come second or later in some sequence. */
  private readonly words = new Map<string, number>();
  /** The root's children, by first word. */
  private readonly firsts = new Map<string, number>();
  /** Per node: HAS_HITS | HAS_CHILDREN. */
  private flags: Uint8Array;
  /** Per node: what ends there, if anything. */
  private readonly hitsOf: Array<H | undefined> = [undefined];
  private nodes = 1;
  private edges: Int32Array;
  private edgeCount = 0;

  /**
   * About how many edges (past the first words) and nodes it will hold, so that a large trie is
   * built without regrowing.
   */
  constructor(expectedEdges = 0, expectedNodes = 0) {
    let slots = 1024;
    while (slots * MAX_LOAD < expectedEdges) slots *= 2;
    this.edges = new Int32Array(EDGE * slots).fill(-1);
    this.flags = new Uint8Array(Math.max(1024, expectedNodes + 1));
  }

  /** Distinct words that come second or later in some sequence (the words with a number). */
  get wordCount(): number {
    return this.words.size;
  }

  /** The word's number, or NO_WORD when no sequence has it past its first word. */
  wordId(word: string): number {
    return this.words.get(word) ?? NO_WORD;
  }

  /** The node reached from `node` (not the root: see `childByText`) by word number `word`, or NO_WORD. */
  child(node: number, word: number): number {
    const edges = this.edges;
    const mask = edges.length / EDGE - 1;
    for (let s = slotOf(node, word, mask); ; s = (s + 1) & mask) {
      const at = s * EDGE;
      const parent = edges[at] as number;
      if (parent === -1) return NO_WORD;
      if (parent === node && edges[at + 1] === word) return edges[at + 2] as number;
    }
  }

  /** `child` for a word given as text; from the root, its child by first word. */
  childByText(node: number, word: string): number {
    if (node === ROOT_NODE) return this.firsts.get(word) ?? NO_WORD;
    const id = this.words.get(word);
    return id === undefined ? NO_WORD : this.child(node, id);
  }

  hasChildren(node: number): boolean {
    return ((this.flags[node] as number) & HAS_CHILDREN) !== 0;
  }

  hasHits(node: number): boolean {
    return ((this.flags[node] as number) & HAS_HITS) !== 0;
  }

  hits(node: number): H | undefined {
    return this.hitsOf[node];
  }

  /** Sets (or, with undefined, clears) what ends at `node`. */
  setHits(node: number, hits: H | undefined): void {
    this.hitsOf[node] = hits;
    this.flags[node] = hits === undefined ? (this.flags[node] as number) & ~HAS_HITS : (this.flags[node] as number) | HAS_HITS;
  }

  /** The node the whole sequence leads to from the root, or NO_WORD. */
  find(words: readonly string[]): number {
    let node = ROOT_NODE;
    for (const w of words) {
      node = this.childByText(node, w);
      if (node === NO_WORD) return NO_WORD;
    }
    return words.length === 0 ? NO_WORD : node;
  }

  /** The node the sequence leads to, made with every node and edge it needs. */
  insert(words: readonly string[]): number {
    if (words.length === 0) return ROOT_NODE;
    const first = words[0] as string;
    let node = this.firsts.get(first) ?? NO_WORD;
    if (node === NO_WORD) {
      node = this.newNode();
      this.firsts.set(first, node);
      this.flags[ROOT_NODE] = (this.flags[ROOT_NODE] as number) | HAS_CHILDREN;
    }
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as string;
      let id = this.words.get(w);
      let next = NO_WORD;
      if (id === undefined) {
        // A word new to the trie has no edge yet: no need to look for one.
        id = this.words.size;
        this.words.set(w, id);
      } else next = this.child(node, id);
      if (next === NO_WORD) {
        next = this.newNode();
        this.addEdge(node, id, next);
      }
      node = next;
    }
    return node;
  }

  private newNode(): number {
    const id = this.nodes++;
    if (id >= this.flags.length) {
      const grown = new Uint8Array(this.flags.length * 2);
      grown.set(this.flags);
      this.flags = grown;
    }
    this.hitsOf.push(undefined);
    return id;
  }

  private addEdge(parent: number, word: number, child: number): void {
    if (this.edgeCount + 1 > (this.edges.length / EDGE) * MAX_LOAD) this.grow();
    this.place(this.edges, parent, word, child);
    this.edgeCount++;
    this.flags[parent] = (this.flags[parent] as number) | HAS_CHILDREN;
  }

  private place(edges: Int32Array, parent: number, word: number, child: number): void {
    const mask = edges.length / EDGE - 1;
    let s = slotOf(parent, word, mask);
    while (edges[s * EDGE] !== -1) s = (s + 1) & mask;
    const at = s * EDGE;
    edges[at] = parent;
    edges[at + 1] = word;
    edges[at + 2] = child;
  }

  private grow(): void {
    const old = this.edges;
    const edges = new Int32Array(old.length * 2).fill(-1);
    for (let at = 0; at < old.length; at += EDGE) {
      const parent = old[at] as number;
      if (parent !== -1) this.place(edges, parent, old[at + 1] as number, old[at + 2] as number);
    }
    this.edges = edges;
  }
}
