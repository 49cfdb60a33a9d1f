/**
 * Canonical strings for words met again and again. The same word, however many times a text (or
 * many texts) has it, is one string with one small id: tokenizing through an interner allocates
 * a word once, and lets a caller keep facts about it in an array by id instead of a map by string.
 */

/** FNV-1a over UTF-16 units: the tokenizer hashes a word as it reads it. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export class WordInterner {
  /** Open addressing: slot → id + 1 (0 is empty), and the word's hash. */
  private slots: Int32Array;
  private hashes: Int32Array;
  private words: string[] = [];

  constructor(private readonly initialSlots = 1 << 14) {
    this.slots = new Int32Array(initialSlots);
    this.hashes = new Int32Array(initialSlots);
  }

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id] as string;
  }

  /** The id of `text.slice(start, end)`, whose hash (HASH_SEED, then hashStep per unit) is `hash`. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const at = this.slots[slot] as number;
      if (at === 0) break;
      if (this.hashes[slot] === hash && sameRange(this.words[at - 1] as string, text, start, end)) return at - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end));
    this.slots[slot] = id + 1;
    this.hashes[slot] = hash;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** The id of `word` if it was interned, else -1 (interns nothing). */
  find(word: string): number {
    let hash = HASH_SEED;
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot] as number;
      if (at === 0) return -1;
      if (this.hashes[slot] === hash && this.words[at - 1] === word) return at - 1;
    }
  }

  /** Forgets every word (ids start again from 0). */
  clear(): void {
    this.words = [];
    this.slots = new Int32Array(this.initialSlots);
    this.hashes = new Int32Array(this.initialSlots);
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let s = 0; s < this.slots.length; s++) {
      const at = this.slots[s] as number;
      if (at === 0) continue;
      const hash = this.hashes[s] as number;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = at;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * One interner that lives as long as the module. V8 keeps an instance's hidden class only while
 * some instance has it: when a page drops its recognizer and builds another (a glossary update),
 * the class would die with the old one, and the tokenizer's optimized code with it (a first pass
 * would then run unoptimized while it is compiled again). This one keeps the class alive.
 */
export const KEPT_INTERNER_SHAPE = new WordInterner(2);
