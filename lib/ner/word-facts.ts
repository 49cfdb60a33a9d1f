/**
 * What the recognizer knows of a word, once per distinct word: see docs/adr/0002-one-lookup-per-word.md.
 */
import { type CliticReading, isConjunctionOnly } from '../arabic/clitics';
import { STOPWORDS } from '../arabic/stopwords';
import type { GlossaryEntry } from '../glossary/types';
import { AGREEMENTS, KUNYA, ORG_HEADS_ARTICLE, ORG_HEADS_DEFINITE, ORG_HEADS_PLACE, SPORTS_CUES, WHOLE_WORDS } from './cue-words';
import { wordHash } from './gazetteer';
import type { Lexicon, Nationality } from './lexicon';
import type { NameLexicon } from './names';

/** The person a family name stands for in an article: what a later mention takes from them. */
export interface FamilyOwner {
  readonly key: string;
  readonly entry: GlossaryEntry | null;
}

/** Facts about a word the passes ask about, computed once per distinct word (bit flags; 16 bits at most: analyze keeps them per token in a Uint16Array). */
export const SPORTS_WORD = 1;
export const ORG_HEAD = 2;
export const GIVEN = 4;
export const AMBIGUOUS_GIVEN = 8;
/** A clitic + a given name (ومحمد، لأحمد). */
export const GIVEN_AFTER_CLITIC = 16;
export const MAY_START_NATIONALITY = 32;
export const KUNYA_WORD = 64;
/** A word a title or a nationality adjective may end with: only after one can a title precede a name. */
export const MAY_END_TITLE = 128;
/** A nationality of two words or more may start here (الكوري الشمالي). */
export const MAY_START_LONGER_NATIONALITY = 256;
/** The word (behind clitics) makes the next name an agreement's (اتفاق الطائف). */
export const AGREEMENT_WORD = 512;
/** Among the word's readings, a definite noun that is no function word (agreement of adjectives). */
export const DEFINITE_NOUN = 1024;
/** A verb of speech, bare or after و/ف (قال، وأكد): a name may follow it. */
export const SPEECH_VERB = 2048;
/**
 * The word is a common word of its own (one of WHOLE_WORDS: بنوك "banks", not ب + Nuuk): no
 * clitic reading of it enters the glossary's trie (Gazetteer.rootsAmong's `whole`).
 */
export const WHOLE_WORD = 4096;
/**
 * What the passes ask about a word, computed once per distinct word and shared by every token of
 * it: its clitic readings, lexicon flags, and marks an analysis sets on it (so that a pass asks a
 * field, not a map).
 */
export interface WordFacts {
  readonly word: string;
  readonly flags: number;
  /** The nationality the word alone is an adjective of (الروسي → Russia), or null. */
  readonly nationality: Nationality | null;
  readonly readings: readonly CliticReading[];
  /**
   * The facts of each reading's stem, in the same order, filled on first need: NOT_A_WORD for a
   * stem no analysis has had as a word of its own (it has no facts, so no marks). Final once
   * `stemsWords` is -1; else valid while the recognizer knows that many words.
   */
  stems: WordFacts[] | null;
  stemsWords: number;
  /** A family name of `familyOwner` in analysis `familyRun`, up to token `familyUntil`. */
  familyRun: number;
  familyOwner: FamilyOwner | null;
  familyUntil: number;
  /** The paper or channel the word's reading WordMarks.mediumReading names (as of its media index). */
  medium: GlossaryEntry | null;
}

/** In WordMarks.inTrie: the word may follow a name's first word (Gazetteer.mayFollow). */
export const FOLLOWS_FIRST_WORD = 1;
/** In WordMarks.inTrie: the word alone (one of its root readings) is a whole name (Gazetteer.namesAlone). */
export const NAMES_ALONE = 2;
/** In WordMarks.inTrie: one of the word's clitic readings starts a name (its `roots` are not empty). */
export const STARTS_NAME = 4;
/** In WordMarks.inTrie: exactly one reading does, the one whose stem's hash is WordMarks.rootHash. */
export const ONE_ROOT = 8;
/** In WordMarks.inTrie: the word ends one of the glossary's epithets (الدولية in المنظمة الدولية). */
export const ENDS_EPITHET = 16;

const FLAGS = 0;
const IN_TRIE = 1;
const REVISION = 2;
const SEEN_RUN = 3;
const MEDIA_GENERATION = 4;
const MEDIUM_READING = 5;
const WORD_HASH = 6;
const ROOT_HASH = 7;
const GAZETTEER_WORD = 8;
const STRIDE = 9;

/** WordMarks.mediumReading of a word not yet looked up in this media index. */
export const MEDIUM_UNKNOWN = -2;

/**
 * Per word (by the recognizer's interner id), the numbers the passes read for every token: the
 * word's flags; what the glossary says of it (FOLLOWS_FIRST_WORD | NAMES_ALONE | STARTS_NAME |
 * ONE_ROOT | ENDS_EPITHET, that one root's hash, the word's number in the trie) and the gazetteer
 * revision that says so; the last analysis whose text has the word; which reading names a paper or channel (in which media
 * index); and the word's hash for the gazetteer's filters. One typed array, not fields of each
 * word's WordFacts: those objects lie scattered over the heap, and reading one per token cost a
 * cache miss a token once a large glossary had the cache.
 */
export class WordMarks {
  private data = new Int32Array(STRIDE * 1024);

  /**
   * Makes room for word `id`, its marks unset (no revision, never seen, not hashed; what the trie
   * said of it, its root's hash and trie number, stays unread until `setInTrie` for a revision).
   */
  add(id: number, flags: number): void {
    if (STRIDE * (id + 1) > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, STRIDE * (id + 1)));
      grown.set(this.data);
      this.data = grown;
    }
    const at = STRIDE * id;
    this.data[at + FLAGS] = flags;
    this.data[at + IN_TRIE] = 0;
    this.data[at + REVISION] = -1;
    this.data[at + SEEN_RUN] = -1;
    this.data[at + MEDIA_GENERATION] = -1;
    this.data[at + WORD_HASH] = -1;
  }

  flags(id: number): number {
    return this.data[STRIDE * id + FLAGS] as number;
  }

  /** What the trie says of the word, or -1 when that is not known as of gazetteer `revision`. */
  inTrie(id: number, revision: number): number {
    const at = STRIDE * id;
    return this.data[at + REVISION] === revision ? (this.data[at + IN_TRIE] as number) : -1;
  }

  /**
   * `rootHash`: with ONE_ROOT in `inTrie`, the hash of that reading's stem (else unread).
   * `gazetteerWord`: the word's number in the gazetteer's trie (Gazetteer.wordId), as of the same revision.
   */
  setInTrie(id: number, revision: number, inTrie: number, rootHash = 0, gazetteerWord = -1): void {
    const at = STRIDE * id;
    this.data[at + IN_TRIE] = inTrie;
    this.data[at + REVISION] = revision;
    this.data[at + ROOT_HASH] = rootHash;
    this.data[at + GAZETTEER_WORD] = gazetteerWord;
  }

  /** The word's number in the gazetteer's trie, as of the revision `inTrie` answered for. */
  gazetteerWord(id: number): number {
    return this.data[STRIDE * id + GAZETTEER_WORD] as number;
  }

  /** The word's hash for the gazetteer's filters (wordHash of `word`, its text), hashed on first need. */
  wordHash(id: number, word: string): number {
    const at = STRIDE * id + WORD_HASH;
    let h = this.data[at] as number;
    if (h < 0) {
      h = wordHash(word);
      this.data[at] = h;
    }
    return h;
  }

  rootHash(id: number): number {
    return this.data[STRIDE * id + ROOT_HASH] as number;
  }

  markSeen(id: number, run: number): void {
    this.data[STRIDE * id + SEEN_RUN] = run;
  }

  /**
   * Which of the word's readings names a paper or channel of media index `generation` (-1: none),
   * or MEDIUM_UNKNOWN when the word has not been looked up in that index.
   */
  mediumReading(id: number, generation: number): number {
    const at = STRIDE * id;
    return this.data[at + MEDIA_GENERATION] === generation ? (this.data[at + MEDIUM_READING] as number) : MEDIUM_UNKNOWN;
  }

  setMediumReading(id: number, generation: number, reading: number): void {
    const at = STRIDE * id;
    this.data[at + MEDIA_GENERATION] = generation;
    this.data[at + MEDIUM_READING] = reading;
  }

  /** Whether analysis `run` has the word (of a known id) as a token of its own. */
  seenIn(id: number, run: number): boolean {
    return this.data[STRIDE * id + SEEN_RUN] === run;
  }
}
/**
 * A word's facts with no marks yet. Every WordFacts is made here, so that all share one shape
 * (the passes read their fields on every token).
 */
export function newWordFacts(
  word: string,
  flags: number,
  nationality: Nationality | null,
  readings: readonly CliticReading[],
  stems: WordFacts[] | null = null,
): WordFacts {
  // Every WordFacts has the same fields in the same order, so that V8 gives them one shape. (What
  // every token's pass reads is in WordMarks, not here.)
  return {
    flags,
    word,
    nationality,
    readings,
    stems,
    stemsWords: -1,
    familyRun: -1,
    familyOwner: null,
    familyUntil: -1,
    medium: null,
  };
}
/** The facts of a token that is no word (punctuation, numbers): no flags, no readings. */
export const NOT_A_WORD: WordFacts = newWordFacts('', 0, null, [], []);
/** Bounded: news vocabulary repeats, and a word's facts never change. */
export const WORD_FACTS_LIMIT = 100_000;

/**
 * What a word is in the static word lists (given names, the lexicon's cheap checks, the cue words,
 * function words), one bit per list: the flags of a new word cost one lookup per clitic reading
 * instead of one per list and reading. Built once per pair of lexicons, as they are (it depends
 * on no glossary).
 */
const IS_GIVEN = 1;
const IS_AMBIGUOUS_GIVEN = 2;
const STARTS_NATIONALITY = 4;
const STARTS_LONGER_NATIONALITY = 8;
const IS_KUNYA = 16;
const IS_NATIONALITY = 32;
const ENDS_TITLE = 64;
const IS_SPORTS_CUE = 128;
const IS_AGREEMENT = 256;
const IS_ORG_HEAD = 512;
const IS_STOPWORD = 1024;
const IS_SPEECH_VERB = 2048;
const IS_WHOLE_WORD = 4096;

export type WordListTable = ReadonlyMap<string, number>;

const tables = new WeakMap<Lexicon, WeakMap<NameLexicon, WordListTable>>();

/** The word-list table of `lexicon` and `names`, built on first use and shared. */
export function wordListTable(lexicon: Lexicon, names: NameLexicon): WordListTable {
  let byNames = tables.get(lexicon);
  if (!byNames) {
    byNames = new WeakMap();
    tables.set(lexicon, byNames);
  }
  let table = byNames.get(names);
  if (!table) {
    const t = new Map<string, number>();
    const mark = (words: Iterable<string>, bit: number) => {
      for (const w of words) t.set(w, (t.get(w) ?? 0) | bit);
    };
    const lists = lexicon.wordLists();
    mark(names.given, IS_GIVEN);
    mark(names.ambiguous, IS_AMBIGUOUS_GIVEN);
    mark(lists.nationalityFirst, STARTS_NATIONALITY);
    mark(lists.longerNationalityFirst, STARTS_LONGER_NATIONALITY);
    mark(KUNYA, IS_KUNYA);
    mark(lists.nationalityWords, IS_NATIONALITY);
    mark(lists.titleLast, ENDS_TITLE);
    mark(SPORTS_CUES, IS_SPORTS_CUE);
    mark(AGREEMENTS, IS_AGREEMENT);
    mark(ORG_HEADS_DEFINITE, IS_ORG_HEAD);
    mark(ORG_HEADS_PLACE, IS_ORG_HEAD);
    mark(ORG_HEADS_ARTICLE, IS_ORG_HEAD);
    mark(STOPWORDS, IS_STOPWORD);
    mark(names.speechVerbs, IS_SPEECH_VERB);
    mark(WHOLE_WORDS, IS_WHOLE_WORD);
    table = t;
    byNames.set(names, table);
  }
  return table;
}

/** Whether the stem starts with the article ال. */
const definite = (stem: string): boolean => stem.charCodeAt(0) === 0x0627 && stem.charCodeAt(1) === 0x0644;

/**
 * A word's flags (SPORTS_WORD …) from its clitic readings (the bare word first), one table lookup
 * per reading. Whether the word alone is a nationality adjective is IS_NATIONALITY in `own`.
 */
export function wordFlags(table: WordListTable, word: string, readings: readonly CliticReading[]): number {
  const own = table.get(word) ?? 0;
  let f = 0;
  if (own & IS_GIVEN) f |= GIVEN;
  if (own & IS_AMBIGUOUS_GIVEN) f |= AMBIGUOUS_GIVEN;
  if (own & STARTS_NATIONALITY) f |= MAY_START_NATIONALITY;
  if (own & STARTS_LONGER_NATIONALITY) f |= MAY_START_LONGER_NATIONALITY;
  if (own & IS_KUNYA) f |= KUNYA_WORD;
  if (own & (IS_NATIONALITY | ENDS_TITLE)) f |= MAY_END_TITLE;
  if (own & IS_WHOLE_WORD) f |= WHOLE_WORD;
  for (let r = 0; r < readings.length; r++) {
    const reading = readings[r] as CliticReading;
    const stem = reading.stem;
    const bits = r === 0 && stem === word ? own : (table.get(stem) ?? 0);
    if (bits & IS_SPORTS_CUE) f |= SPORTS_WORD;
    if (bits & IS_AGREEMENT) f |= AGREEMENT_WORD;
    if (!(bits & IS_STOPWORD) && definite(stem)) f |= DEFINITE_NOUN;
    if (bits & IS_ORG_HEAD) f |= ORG_HEAD;
    if (bits & IS_GIVEN && reading.prefix) f |= GIVEN_AFTER_CLITIC;
    if (bits & ENDS_TITLE) f |= MAY_END_TITLE;
    if (bits & IS_SPEECH_VERB && (reading.prefix === '' || isConjunctionOnly(reading.prefix))) f |= SPEECH_VERB;
  }
  return f;
}

/** Whether `wordFlags`' table has the word alone as a nationality adjective (in any form). */
export function isNationalityWord(table: WordListTable, word: string): boolean {
  return ((table.get(word) ?? 0) & IS_NATIONALITY) !== 0;
}
