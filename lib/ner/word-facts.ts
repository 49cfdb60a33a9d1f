/**
 * What the recognizer knows of a word, once per distinct word: see docs/adr/0002-one-lookup-per-word.md.
 */
import type { CliticReading } from '../arabic/clitics';
import type { GlossaryEntry } from '../glossary/types';
import type { RootReading } from './gazetteer';
import type { Nationality } from './lexicon';

/** The person a family name stands for in an article: what a later mention takes from them. */
export interface FamilyOwner {
  readonly key: string;
  readonly entry: GlossaryEntry | null;
}

/** Facts about a word the passes ask about, computed once per distinct word (bit flags). */
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
  /** The facts of each reading's stem, in the same order; filled on first need. */
  stems: WordFacts[] | null;
  /** The last analysis whose text has this word (as a token of its own). */
  seenRun: number;
  /** A family name of `familyOwner` in analysis `familyRun`, up to token `familyUntil`. */
  familyRun: number;
  familyOwner: FamilyOwner | null;
  familyUntil: number;
  /** The paper or channel one of this word's readings names, as of media index `mediaGeneration`. */
  mediaGeneration: number;
  medium: GlossaryEntry | null;
  mediumReading: number;
  /** Where the word's clitic readings enter the glossary's trie, as of gazetteer `rootsRevision`. */
  roots: readonly RootReading[];
  rootsRevision: number;
}
export const NOT_A_WORD: WordFacts = {
  word: '',
  flags: 0,
  nationality: null,
  readings: [],
  stems: [],
  seenRun: -1,
  familyRun: -1,
  familyOwner: null,
  familyUntil: -1,
  mediaGeneration: -1,
  medium: null,
  mediumReading: -1,
  roots: [],
  rootsRevision: -1,
};
/** Bounded: news vocabulary repeats, and a word's facts never change. */
export const WORD_FACTS_LIMIT = 100_000;
