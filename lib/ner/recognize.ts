/**
 * The recognizer: text in, mentions out. Normalize (keeping the map back), tokenize, match the
 * gazetteer with clitic readings, resolve ambiguous names from the article's other names, read
 * the roles the article gives people, and group mentions into the article's entities.
 */
import { type CliticReading, procliticReadings } from '../arabic/clitics';
import { WordInterner } from '../arabic/intern';
import { normalize, normalizeKey, toOriginalSpan } from '../arabic/normalize';
import { STOPWORDS } from '../arabic/stopwords';
import { isSentenceEnd, type Token, tokenize } from '../arabic/tokenize';
import type { NameOrigin } from '../arabic/transliterate';
import type { EntityType, GlossaryEntry } from '../glossary/types';
import {
  ACCORDING_TO,
  ADJECTIVE_PLACES,
  CLOSING_MARKS,
  CLUB_CONSTRUCTS,
  CLUB_KINDS,
  COMMON_AFTER,
  COMMON_BEFORE,
  COMPASS,
  COREFERENCE_REACH,
  COUNTRY_CONSTRUCTS,
  EPITHETS,
  GENERIC_AFTER_HEAD,
  KUNYA,
  LINEAGE,
  MATCH_VERBS,
  MEDIA_CUES,
  MEDIA_HEADS,
  MEDIA_KINDS,
  NAME_CLITICS,
  NAME_HEADS,
  NOUN_REACH,
  ORDINALS,
  ORG_HEADS_ARTICLE,
  ORG_HEADS_DEFINITE,
  ORG_HEADS_PLACE,
  PAPER_KINDS,
  PERSON_TITLE_HEADS,
  PLACE_ADJECTIVE,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  RANK_ADJECTIVES,
  SAID,
  SPEECH_NOUNS,
  SPORTS_CUES,
  SPORTS_SENTENCE_CUES,
  STATEMENT_NOUNS,
} from './cue-words';
import {
  entryForms,
  type FormHit,
  formTokens,
  type Gazetteer,
  type GazetteerMatch,
  KEPT_GAZETTEER_SHAPE,
  type RootReading,
  WORD_BY_TEXT,
  wordHash,
} from './gazetteer';
import { defaultLexicon, type Lexicon, type Title } from './lexicon';
import { defaultNameLexicon, type NameLexicon, nameWord, type WordSet } from './names';
import type { Analysis, ArticleEntity, Mention, Role } from './types';
import {
  AGREEMENT_WORD,
  AMBIGUOUS_GIVEN,
  DEFINITE_NOUN,
  ENDS_EPITHET,
  type FamilyOwner,
  FOLLOWS_FIRST_WORD,
  GIVEN,
  GIVEN_AFTER_CLITIC,
  isNationalityWord,
  KUNYA_WORD,
  MAY_END_TITLE,
  MAY_START_LONGER_NATIONALITY,
  MAY_START_NATIONALITY,
  MEDIUM_UNKNOWN,
  NAMES_ALONE,
  NOT_A_WORD,
  newWordFacts,
  ONE_ROOT,
  ORG_HEAD,
  SPEECH_VERB,
  SPORTS_WORD,
  STARTS_NAME,
  WHOLE_WORD,
  WORD_FACTS_LIMIT,
  type WordFacts,
  type WordListTable,
  WordMarks,
  wordFlags,
  wordListTable,
} from './word-facts';
import { NO_WORD } from './word-trie';
import { WrittenWords } from './written';

/** A match with its entity decided. */
interface Resolved {
  match: GazetteerMatch;
  entry: GlossaryEntry;
}

/** A name found in the text, known or not, before it becomes a Mention. */
interface Found {
  firstToken: number;
  endToken: number;
  /** Clitic characters of the first token that are not part of the name. */
  prefixLength: number;
  type: EntityType;
  entry: GlossaryEntry | null;
  key: string;
}

/** What we know of a role beyond its text, to read "counterpart" against it. */
interface RoleParts {
  title: Title;
  nationality?: string;
  of?: string;
}

let keptShape: Recognizer | null | undefined;

export class Recognizer {
  /** The article's words are tokenized through this interner: a token's facts are `factsById[token.id]`. */
  private readonly interner = new WordInterner();
  private factsById: Array<WordFacts | undefined> = [];
  /** The numbers the facts loop reads of each word, by the same id: see WordMarks. */
  private marks = new WordMarks();
  /**
   * Where each word's clitic readings enter the glossary's trie, by the same id, as of the
   * revision in its marks. An array of its own, so that trying a name start reads no WordFacts.
   */
  private rootsById: Array<readonly RootReading[]> = [];
  /** The static word lists' flags of a word, one lookup (shared by recognizers of the same lexicons). */
  private readonly wordLists: WordListTable;
  /** Counts analyses, to tell this analysis's marks on WordFacts from an earlier one's. */
  private run = 0;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly lexicon: Lexicon = defaultLexicon(),
    private readonly names: NameLexicon = defaultNameLexicon(),
  ) {
    this.wordLists = wordListTable(lexicon, names);
    // An empty recognizer that lives as long as the module keeps the class's hidden class alive
    // after a page drops its recognizer for a new one: see KEPT_INTERNER_SHAPE (lib/arabic/intern.ts).
    if (keptShape === undefined) {
      keptShape = null;
      keptShape = new Recognizer(KEPT_GAZETTEER_SHAPE, lexicon, names);
    }
  }

  analyze(text: string): Analysis {
    const norm = normalize(text);
    this.run++;
    if (this.interner.size >= WORD_FACTS_LIMIT) {
      this.interner.clear();
      this.factsById = [];
      this.marks = new WordMarks();
      this.rootsById = [];
    }
    const tokens = tokenize(norm.text, this.interner);
    // Each token's facts, looked up once: the passes below read fields, not word lists. The cache
    // is only ever cleared here, so that marks set during an analysis stay on one object per word.
    const facts: WordFacts[] = new Array(tokens.length);
    // Where a nationality may start: resolve weighs them, and reads them here, not in a second walk.
    const nationalityStarts: number[] = [];
    // Words an epithet may end with (الدولية of المنظمة الدولية), by the token before them: few.
    const epithetHeads: number[] = [];
    // Where a glossary name may start (its first word, clitics read off, starts a name in the
    // trie): the only tokens findMatches tries. Most words start none.
    const nameStarts: number[] = [];
    // Each token's number in the gazetteer's trie, or NO_WORD where it is in no name or follows
    // no name's first word: a walk stops there, reading no token. WORD_BY_TEXT for the tokens
    // that are no words: the gazetteer looks them up.
    const words = new Int32Array(tokens.length);
    // Each token's word flags, in token order: the passes below that test every token read this
    // array, not each word's object (scattered over the heap: a cache miss a token).
    const flags = new Uint16Array(tokens.length);
    const byId = this.factsById;
    const marks = this.marks;
    const run = this.run;
    const revision = this.gazetteer.revision;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'arabic') {
        facts[k] = NOT_A_WORD;
        words[k] = WORD_BY_TEXT;
        if (t.kind !== 'punct') nameStarts.push(k);
        continue;
      }
      const id = t.id as number;
      let f = byId[id];
      if (f === undefined) {
        f = this.factsOf(t.text);
        byId[id] = f;
        marks.add(id, f.flags);
      }
      facts[k] = f;
      marks.markSeen(id, run);
      const wordFlags = marks.flags(id);
      flags[k] = wordFlags;
      if (wordFlags & MAY_START_NATIONALITY) nationalityStarts.push(k);
      // What the glossary says of the word (its trie entry points in rootsById, the rest in its
      // marks), worked out once per word and gazetteer revision.
      let inTrie = marks.inTrie(id, revision);
      if (inTrie < 0) {
        const roots = this.gazetteer.rootsAmong(f.readings, (f.flags & WHOLE_WORD) !== 0);
        this.rootsById[id] = roots;
        inTrie =
          (this.gazetteer.mayFollow(f.word) ? FOLLOWS_FIRST_WORD : 0) |
          (this.gazetteer.namesAlone(roots) ? NAMES_ALONE : 0) |
          (roots.length > 0 ? STARTS_NAME : 0) |
          (roots.length === 1 ? ONE_ROOT : 0) |
          (this.gazetteer.isEpithetTail(f.word) ? ENDS_EPITHET : 0);
        marks.setInTrie(
          id,
          revision,
          inTrie,
          roots.length === 1 ? wordHash((roots[0] as RootReading).stem) : 0,
          inTrie & FOLLOWS_FIRST_WORD ? this.gazetteer.wordId(f.word) : NO_WORD,
        );
      }
      words[k] = marks.gazetteerWord(id);
      if (inTrie & STARTS_NAME) nameStarts.push(k);
      if (inTrie & ENDS_EPITHET && k > 0) epithetHeads.push(k - 1);
    }

    // A word that only starts longer names (ان of ان بي سي, علي of علي بونغو), before a word that
    // follows no first word — or none that starts with this word — starts no name here: no need
    // to read the trie to know it.
    let starts = 0;
    for (const k of nameStarts) {
      const t = tokens[k] as Token;
      if (t.kind === 'arabic' && !this.mayStartHere(tokens, k, marks.inTrie(t.id as number, revision), words)) continue;
      nameStarts[starts++] = k;
    }
    nameStarts.length = starts;
    const resolved = this.resolve(this.findMatches(tokens, flags, nameStarts, words), tokens, facts, nationalityStarts);
    const resolvedByEnd = new Map<number, Resolved>();
    for (const r of resolved) resolvedByEnd.set(r.match.endToken, r);
    // Grown by push, not made by map: with a large glossary V8 made map's array of another
    // elements kind than the optimized code expected, and analyze deoptimized on every call.
    const found: Found[] = [];
    for (const r of resolved) found.push(this.trimHead(tokens, r));
    const covered = new Uint8Array(tokens.length);
    for (const f of found) covered.fill(1, f.firstToken, f.endToken);
    // Heads we trimmed (قطاع in قطاع غزة) stay covered: they are the name's company, not a new name.
    for (const r of resolved) covered.fill(1, r.match.firstToken, r.match.endToken);

    const orgs = this.findUnknownOrganizations(tokens, covered, resolved, facts, flags);
    // A place inside an organization's name (جامعة القاهرة) is part of that name now.
    // (A loop, not filter with a closure that calls a closure: V8 deoptimized analyze on that
    // call on every text, as each text made new closures.)
    if (orgs.length > 0) {
      const inOrg = new Uint8Array(tokens.length);
      for (const o of orgs) inOrg.fill(1, o.firstToken, o.endToken);
      let kept = 0;
      for (const f of found) if (inOrg[f.firstToken] !== 1) found[kept++] = f;
      found.length = kept;
      for (const o of orgs) found.push(o);
    }
    found.push(...this.readClubs(tokens, found, facts, flags, covered));
    this.readQuotedTitles(tokens, found);
    this.extendLeft(tokens, found, covered, facts);
    found.push(...this.findBareMedia(tokens, covered, facts));
    found.push(...this.findUnknownPeople(tokens, covered, facts, flags, new WrittenWords(text, norm, tokens), peopleNamed(tokens, found)));
    found.push(...this.findLaterMentions(tokens, covered, found, facts));
    found.push(...this.findEpithets(tokens, covered, found, facts, epithetHeads));
    found.sort((a, b) => a.firstToken - b.firstToken);

    const mentions: Mention[] = [];
    const roleParts: Array<RoleParts | null> = [];
    for (const f of found) {
      const first = tokens[f.firstToken] as Token;
      const last = tokens[f.endToken - 1] as Token;
      const [start, end] = toOriginalSpan(norm, first.start + f.prefixLength, last.end);
      let role: Role | null = null;
      let parts: RoleParts | null = null;
      if (f.type === 'person' && f.prefixLength === 0) {
        // Only a word a title or nationality ends with, or a place's name, can come right before a role's person.
        const before = f.firstToken > 0 ? (flags[f.firstToken - 1] as number) : 0;
        const r = before & MAY_END_TITLE || resolvedByEnd.has(f.firstToken) ? this.readRole(tokens, f.firstToken, resolvedByEnd) : null;
        if (r) {
          const [rs, re] = toOriginalSpan(
            norm,
            (tokens[r.firstToken] as Token).start + r.prefixLength,
            (tokens[r.endToken - 1] as Token).end,
          );
          role = { ar: text.slice(rs, re), en: r.en };
          parts = r.parts;
        }
      }
      const mention: Mention = {
        start,
        end,
        text: text.slice(start, end),
        type: f.type,
        entity: f.entry ? { id: f.entry.id, en: f.entry.en, ar: f.entry.ar } : null,
        role,
        key: f.key,
      };
      if (f.type === 'person' && !f.entry) {
        const origin = this.originOf(f.key);
        if (origin) mention.origin = origin;
      }
      mentions.push(mention);
      roleParts.push(parts);
    }
    completeCounterparts(mentions, roleParts, this.lexicon);
    return { mentions, entities: summarize(mentions) };
  }

  /**
   * Whether the Arabic word at token k, which starts a name in the trie (`inTrie`: its marks),
   * may start one here: it names something alone, or the next word may go on from it.
   */
  private mayStartHere(tokens: readonly Token[], k: number, inTrie: number, words: Int32Array): boolean {
    if (inTrie & NAMES_ALONE) return true;
    const next = tokens[k + 1];
    if (next === undefined || words[k + 1] === NO_WORD) return false;
    if (!(inTrie & ONE_ROOT)) return true;
    const marks = this.marks;
    // A word's hash is kept with its marks; a mark or a number (a name may go on through one) is hashed here.
    const nextHash = next.kind === 'arabic' ? marks.wordHash(next.id as number, next.text) : wordHash(next.text);
    return this.gazetteer.mayContinue(marks.rootHash((tokens[k] as Token).id as number), nextHash);
  }

  /** Whether this analysis's text has the word as a token of its own. */
  private seenThisRun(word: string): boolean {
    const id = this.interner.find(word);
    return id >= 0 && this.marks.seenIn(id, this.run);
  }

  /** The facts of a word the analyses have had as a token, if any (a word's facts are made only for tokens). */
  private knownFacts(word: string): WordFacts | undefined {
    const id = this.interner.find(word);
    return id < 0 ? undefined : this.factsById[id];
  }

  /** The facts of a new word (a token's: kept by its interner id). */
  private factsOf(word: string): WordFacts {
    const readings = procliticReadings(word);
    // One lookup per reading in the word lists' table gives every flag (lib/ner/word-facts.ts).
    const nationality = isNationalityWord(this.wordLists, word) ? this.lexicon.nationalityOfWord(word) : null;
    const facts = newWordFacts(word, wordFlags(this.wordLists, word, readings), nationality, readings);
    return facts;
  }

  /**
   * The facts of each of a word's clitic readings' stems (the bare word's own first), NOT_A_WORD
   * for a stem that has none yet: only a token's facts bear marks.
   */
  private stemsOf(f: WordFacts): WordFacts[] {
    const words = this.interner.size;
    if (f.stems === null || (f.stemsWords !== -1 && f.stemsWords !== words)) {
      let complete = true;
      f.stems = f.readings.map((r) => {
        const stem = r.stem === f.word ? f : this.knownFacts(r.stem);
        if (stem !== undefined) return stem;
        complete = false;
        return NOT_A_WORD;
      });
      f.stemsWords = complete ? -1 : words;
    }
    return f.stems;
  }

  /**
   * The name inside a longer form. A place written with a generic head or a compass word: the
   * name is what follows (منطقة القوقاز، جنوب لبنان). An organization written with its kind or its
   * nationality, when the rest alone also names it: حركة حماس → حماس، حزب الله اللبناني → حزب الله.
   */
  private trimHead(tokens: readonly Token[], r: Resolved): Found {
    const { match, entry } = r;
    const { firstToken, endToken, prefixLength } = match;
    const type = entry.type;
    const length = endToken - firstToken;
    if (length < 2) return foundOf(entry, firstToken, endToken, prefixLength);
    // (No closures here: this runs for every name found, and they were most of its allocation.)
    const headToken = (tokens[firstToken] as Token).text;
    const head = prefixLength === 0 ? headToken : headToken.slice(prefixLength);
    const tail = (tokens[endToken - 1] as Token).text;
    if (type === 'place' && (PLACE_HEADS.has(head) || (COMPASS.has(head) && entry.placeKind !== 'country'))) {
      // جنوب شرق آسيا: every compass word goes, the name is what is left.
      let first = firstToken + 1;
      while (first < endToken - 1 && COMPASS.has((tokens[first] as Token).text)) first++;
      return foundOf(entry, first, endToken, 0);
    }
    // A title inside a person's form (النبي محمد، الشيخة حسينة، مولاي رشيد) is the role, not the name.
    if (
      type === 'person' &&
      (this.lexicon.isTitleWord(head) || PERSON_TITLE_HEADS.has(head)) &&
      // (A short form "title + given name" (شيخ أحمد) keeps its title: a bare given name is no name.)
      !(length === 2 && match.hits.every((h) => h.kind === 'short') && this.names.isGiven(tail))
    ) {
      return foundOf(entry, firstToken + 1, endToken, 0);
    }
    if (NAME_HEADS.has(head) && this.namesEntry(entry, nameWords(tokens, match).slice(1)))
      return foundOf(entry, firstToken + 1, endToken, 0);
    // A paper or a channel is named by what follows its kind (صحيفة الأهرام، قناة الجزيرة), and an
    // agency by the one word after وكالة (وكالة الأناضول; not وكالة الأنباء القطرية), even
    // where that name alone is a common word we do not match by itself.
    // A club likewise is named by what follows نادي or فريق (نادي الزمالك، النادي الأهلي).
    if (type === 'organization') {
      const clubKind = CLUB_KINDS.has(head) || (head.startsWith('ال') && CLUB_KINDS.has(head.slice(2)));
      if (MEDIA_HEADS.has(head) || (head === 'وكاله' && length === 2) || (clubKind && this.isClub(entry)))
        return foundOf(entry, firstToken + 1, endToken, 0);
    }
    const trimmableTail =
      // …unless the nationality is in the organization's own name (منظمة التحرير الفلسطينية).
      (type === 'organization' &&
        length >= 3 &&
        this.lexicon.isNationalityWord(tail) &&
        !this.isOwnName(entry, nameWords(tokens, match))) ||
      (type === 'place' && EPITHETS.has(tail));
    if (trimmableTail && this.namesEntry(entry, nameWords(tokens, match).slice(0, -1)))
      return foundOf(entry, firstToken, endToken - 1, prefixLength);
    // A club's nisba says where it is from (النصر العماني، فالنسيا الإسباني): the name is before it.
    if (type === 'organization' && length === 2 && this.lexicon.isNationalityWord(tail) && this.isClub(entry)) {
      return foundOf(entry, firstToken, endToken - 1, prefixLength);
    }
    // A place and an adjective of it (أوروبا الشرقية، الصين الشعبية): the name is the place.
    // A country keeps its adjective unless the rest is the same country (الصين الشعبية → الصين;
    // روسيا البيضاء is Belarus, كوريا الشمالية North Korea).
    if (type === 'place' && length === 2 && PLACE_ADJECTIVE.test(tail)) {
      const rest = [head];
      const placeBefore = entry.placeKind === 'country' ? this.namesEntry(entry, rest) : this.namesAPlace(head);
      if (placeBefore) return foundOf(entry, firstToken, endToken - 1, prefixLength);
    }
    return foundOf(entry, firstToken, endToken, prefixLength);
  }

  /** Whether the words (normalized) are a form of the entry. */
  private namesEntry(entry: GlossaryEntry, words: readonly string[]): boolean {
    return this.gazetteer.lookupForm(words.join(' ')).some((h) => h.entryId === entry.id);
  }

  /** Whether the words are the entry's primary name (as the glossary writes it first). */
  private isOwnName(entry: GlossaryEntry, words: readonly string[]): boolean {
    return formTokens(entry.ar).join(' ') === words.join(' ');
  }

  private namesAPlace(word: string): boolean {
    return this.gazetteer.lookupForm(word).some((h) => this.gazetteer.get(h.entryId)?.type === 'place');
  }

  /**
   * In a sentence about a match, a city is its club (فاز برشلونة على ليفربول), and a word the
   * glossary knows as a club's name (نادي الزمالك) is that club (تغلب الزمالك على الأهلي): the
   * name is an organization there, not the place or the word.
   */
  private readClubs(
    tokens: readonly Token[],
    found: Found[],
    facts: readonly WordFacts[],
    flags: Uint16Array,
    covered: Uint8Array,
  ): Found[] {
    if (!flags.some((f) => (f & SPORTS_WORD) !== 0)) return [];
    // Sentence index of each token, and how many sports words each sentence has.
    const sentenceOf = new Int32Array(tokens.length);
    const cues: number[] = [0];
    let sentence = 0;
    for (let i = 0; i < tokens.length; i++) {
      sentenceOf[i] = sentence;
      if ((flags[i] as number) & SPORTS_WORD) cues[sentence] = (cues[sentence] ?? 0) + 1;
      if (isSentenceEnd(tokens[i] as Token)) {
        sentence++;
        cues[sentence] = 0;
      }
    }
    // The article's countries, to tell clubs of the same name apart.
    const countries = new Map<string, number>();
    for (const f of found) if (f.entry?.country) countries.set(f.entry.country, (countries.get(f.entry.country) ?? 0) + 1);
    const sporty = (k: number) => (cues[sentenceOf[k] as number] ?? 0) >= SPORTS_SENTENCE_CUES;
    // A country in brackets right after a city names the club's country (ليون ( فرنسا )): fixtures.
    const countryAt = new Map<number, Found>();
    for (const f of found) if (f.type === 'place' && f.entry?.placeKind === 'country') countryAt.set(f.firstToken, f);
    const bracketedCountry = (f: Found) => {
      if (tokens[f.endToken]?.text !== '(') return false;
      const c = countryAt.get(f.endToken + 1);
      return !!c && tokens[c.endToken]?.text === ')';
    };
    // A city that played once is its club in the rest of the article's sport (… وواصل ليفربول
    // محاولاته), wherever a preposition of place does not make it the city (في ليفربول).
    // (With the club it stood for, where the article named that club in full.)
    const played = new Map<string, { at: number; club: Found | null }>();
    const cities = found.filter((f) => f.type === 'place' && (f.entry?.placeKind === 'city' || f.entry?.placeKind === 'capital'));
    cities.sort((a, b) => a.firstToken - b.firstToken);
    // Clubs named in full whose name starts with a city's (مانشستر يونايتد), by that first word:
    // the nearest before each city, met in order as the cities are.
    const clubs: Found[] = [];
    for (const f of found)
      if (f.type === 'organization' && f.entry && f.endToken - f.firstToken >= 2 && this.isClub(f.entry)) clubs.push(f);
    clubs.sort((a, b) => a.firstToken - b.firstToken);
    const clubsByFirstWord = new Map<string, Found[]>();
    let nextClub = 0;
    for (const f of cities) {
      const city = f.entry as GlossaryEntry;
      while (nextClub < clubs.length && (clubs[nextClub] as Found).endToken <= f.firstToken) {
        const club = clubs[nextClub++] as Found;
        const word = (tokens[club.firstToken] as Token).text.slice(club.prefixLength);
        const list = clubsByFirstWord.get(word);
        if (list) list.push(club);
        else clubsByFirstWord.set(word, [club]);
      }
      // A club named in full, then by the city it starts with where a club plays (لاعب مانشستر،
      // صفوف مانشستر، أمام مانشستر) in a sentence about sport: the club. Not where the next word may
      // go on with another name (أمام مانشستر سيتي), nor after a preposition or a place's kind.
      const club =
        f.endToken - f.firstToken === 1
          ? namedBefore(clubsByFirstWord.get((tokens[f.firstToken] as Token).text.slice(f.prefixLength)), f.firstToken)
          : null;
      if (
        club?.entry &&
        cues[sentenceOf[f.firstToken] as number]! > 0 &&
        this.playsAMatch(tokens, f) &&
        !this.mayGoOn(tokens, f.endToken) &&
        !PLACE_HEADS.has(tokens[f.firstToken - 1]?.text ?? '')
      ) {
        f.type = 'organization';
        f.entry = club.entry;
        f.key = club.key;
        played.set(city.id, { at: f.firstToken, club });
        continue;
      }
      const before = played.get(city.id);
      const again =
        before !== undefined &&
        f.firstToken - before.at <= COREFERENCE_REACH &&
        cues[sentenceOf[f.firstToken] as number]! > 0 &&
        !this.whereItIs(tokens, f);
      // A town a club is named after (السد، أم صلال، برشلونة), in a sentence about sport and not
      // after a preposition of place, is the club.
      const clubTown = () => sporty(f.firstToken) && !this.whereItIs(tokens, f) && this.clubOfPlace(city, countries) !== undefined;
      if (!again && !bracketedCountry(f) && !(sporty(f.firstToken) && this.playsAMatch(tokens, f)) && !clubTown()) continue;
      played.set(city.id, { at: f.firstToken, club: before?.club ?? null });
      // The club the city stood for before, if the article named it in full (مانشستر يونايتد).
      const named = again ? before?.club : undefined;
      if (named?.entry) {
        f.type = 'organization';
        f.entry = named.entry;
        f.key = named.key;
      } else this.readAsClub(f, countries);
    }
    // In a sentence about sport, a place followed by its own country's nisba (قطر القطري،
    // الخور القطري) is a club named after it; elsewhere the nisba may agree with a noun before it (مطار عمان الأردني).
    for (const f of found) {
      if (f.type !== 'place' || f.prefixLength > 0 || !f.entry?.country || !sporty(f.firstToken)) continue;
      if (!(f.entry.placeKind === 'city' || f.entry.placeKind === 'capital' || f.entry.placeKind === 'country')) continue;
      const nat = this.lexicon.nationalityAt(tokens, f.endToken);
      if (!nat?.definite || nat.gender !== 'm' || nat.nationality.country !== f.entry.country) continue;
      this.readAsClub(f, countries);
    }
    const out: Found[] = [];
    for (let k = 0; k < tokens.length; k++) {
      if (covered[k] || !sporty(k)) continue;
      for (const r of (facts[k] as WordFacts).readings) {
        if (!r.stem.startsWith('ال') || r.stem.length < 5) continue;
        // الاتحاد الدولي، الشباب العربي: a phrase of the word, not the club.
        const after = tokens[k + 1];
        if (after?.kind === 'arabic' && after.text.startsWith('ال') && after.start - (tokens[k] as Token).end <= 1) break;
        const club = this.clubNamed(r.stem, countries);
        if (club === undefined) continue;
        out.push({
          firstToken: k,
          endToken: k + 1,
          prefixLength: r.prefixLength,
          type: 'organization',
          entry: club,
          key: club ? club.id : `club:${r.stem}`,
        });
        covered[k] = 1;
        break;
      }
    }
    return out;
  }

  /**
   * Whether the word at token k goes on with the city before it into another club's name: a club
   * name's usual second word (سيتي، يونايتد) or one the glossary has with that city (مانشستر سيتي).
   */
  private mayGoOn(tokens: readonly Token[], k: number): boolean {
    const t = tokens[k];
    if (t?.kind !== 'arabic' || t.start - (tokens[k - 1] as Token).end > 1) return false;
    if (CLUB_NAME_TAILS.has(t.text)) return true;
    return this.gazetteer.lookupForm(`${(tokens[k - 1] as Token).text} ${t.text}`).some((h) => h.entry.type === 'organization');
  }

  /**
   * Whether a city in a sentence about sport plays in it: right after a match verb (فاز برشلونة،
   * تعادل ليون), after ضد/أمام, after a player's or a team's noun (حارس مرمى ليفربول، صفوف
   * مانشستر), after an imperfect verb (سيفتقد برشلونة), or after على with a match verb just
   * before (فاز … على مدريد). Outside such a sentence, a city with its country in brackets
   * (ليون ( فرنسا )) is a club in a fixture list.
   * A city after في or إلى is where the match is, or where a player goes: the place.
   */
  private playsAMatch(tokens: readonly Token[], f: Found): boolean {
    const first = tokens[f.firstToken] as Token;
    if (f.prefixLength > 0 && first.text.slice(0, f.prefixLength) !== 'و') return false;
    const prev = tokens[f.firstToken - 1];
    if (prev?.kind !== 'arabic') return false;
    const word = withoutAnd(prev.text);
    if (MATCH_VERBS.has(word) || word === 'ضد' || word === 'امام') return true;
    if (CLUB_CONSTRUCTS.has(word)) return true;
    // An imperfect verb's subject (يواصل برشلونة، سيفتقد برشلونة) in a sentence about sport.
    if (/^(ي|سي)\S{2,}$/.test(word) && !this.names.isBoundaryWord(word)) return true;
    if (word !== 'علي') return false;
    for (let k = f.firstToken - 2; k >= 0 && k >= f.firstToken - 8; k--) {
      const t = tokens[k] as Token;
      if (isSentenceEnd(t)) break;
      if (MATCH_VERBS.has(t.text) || MATCH_VERBS.has(t.text.slice(1))) return true;
    }
    return false;
  }

  /** The club named after a place (its name written as the place writes it): see clubNamed. */
  private clubOfPlace(place: GlossaryEntry, countries: ReadonlyMap<string, number>): GlossaryEntry | null | undefined {
    return this.clubNamed(formTokens(place.ar).join(' '), countries);
  }

  /** A place found in the text is the club named after it here (or a club we cannot tell). */
  private readAsClub(f: Found, countries: ReadonlyMap<string, number>): void {
    const place = f.entry as GlossaryEntry;
    const club = this.clubOfPlace(place, countries) ?? null;
    f.type = 'organization';
    f.key = club ? club.id : `club:${place.id}`;
    f.entry = club;
  }

  /** A city after في، إلى، من or ب, or after ملعب or مدينة, is where something happens: the place. */
  private whereItIs(tokens: readonly Token[], f: Found): boolean {
    const first = tokens[f.firstToken] as Token;
    if (f.prefixLength > 0 && /ب|ل/.test(first.text.slice(0, f.prefixLength))) return true;
    const prev = tokens[f.firstToken - 1];
    return prev?.kind === 'arabic' && PLACE_PREPOSITIONS.has(prev.text);
  }

  /**
   * The club a bare name means in sport (الزمالك، الأهلي): the glossary's organization written
   * نادي + name, or name + nisba (الأهلي المصري). Several clubs share some names: the one from a
   * country the article names wins, else the only one, else the name is a club we cannot tell.
   */
  private clubNamed(name: string, countries?: ReadonlyMap<string, number>): GlossaryEntry | null | undefined {
    const candidates = this.clubIndex().get(name);
    if (!candidates) return undefined;
    if (candidates.length === 1) return candidates[0] as GlossaryEntry;
    let best: GlossaryEntry | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      const score = c.country ? (countries?.get(c.country) ?? 0) : 0;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private clubs: { revision: number; byName: Map<string, GlossaryEntry[]>; entries: ReadonlySet<GlossaryEntry> } | null = null;

  /** A club: an organization the glossary also writes نادي … or فريق … */
  private isClub(entry: GlossaryEntry): boolean {
    this.clubIndex();
    return this.clubs?.entries.has(entry) ?? false;
  }

  /** Bare club names → clubs, built on first use and again when the glossary changes. */
  private clubIndex(): Map<string, GlossaryEntry[]> {
    if (this.clubs && this.clubs.revision === this.gazetteer.revision) return this.clubs.byName;
    const byName = new Map<string, GlossaryEntry[]>();
    // A club is an organization the glossary also writes نادي … or فريق …
    const clubs = new Set<GlossaryEntry>();
    for (const head of CLUB_KINDS) {
      for (const f of this.gazetteer.formsHeadedBy(head)) {
        const e = this.gazetteer.get(f.entryId);
        if (e?.type === 'organization') clubs.add(e);
      }
    }
    for (const e of clubs) {
      for (const [form] of entryForms(e)) {
        const words = formTokens(form);
        let bare: string | undefined;
        if (words.length === 2 && CLUB_KINDS.has(words[0] as string)) bare = words[1];
        // (نادي الشرطة العراقي gives no bare name: a club whose name is a common word is written
        // in full in the glossary on purpose.)
        else if (words.length === 2 && this.lexicon.isAnyNationality(words[1] as string) && (words[0] as string).startsWith('ال'))
          bare = words[0];
        if (!bare || bare.length < 3 || SPORTS_CUES.has(bare)) continue;
        const list = byName.get(bare) ?? [];
        if (!list.includes(e)) list.push(e);
        byName.set(bare, list);
      }
    }
    this.clubs = { revision: this.gazetteer.revision, byName, entries: clubs };
    return byName;
  }

  /**
   * A paper or channel named without its kind (قال للجزيرة، مراسل الجزيرة، الجزيرة نت): the bare
   * name is a common word (الجزيرة "the island"), so it counts only where news cites a medium —
   * "told" (ل + name), a reporter, a site or a programme before it, or نت after it.
   */
  private findBareMedia(tokens: readonly Token[], covered: Uint8Array, facts: readonly WordFacts[]): Found[] {
    const index = this.mediaIndex();
    const generation = this.mediaGeneration;
    const out: Found[] = [];
    if (index.size === 0) return out;
    const marks = this.marks;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (covered[k] || t.kind !== 'arabic') continue;
      const id = t.id as number;
      // Which of the word's readings names a medium, remembered with the word.
      let reading = marks.mediumReading(id, generation);
      if (reading === MEDIUM_UNKNOWN) {
        const word = facts[k] as WordFacts;
        word.medium = null;
        reading = -1;
        for (let i = 0; i < word.readings.length; i++) {
          const m = index.get((word.readings[i] as CliticReading).stem);
          if (m) {
            word.medium = m;
            reading = i;
            break;
          }
        }
        marks.setMediumReading(id, generation, reading);
      }
      if (reading < 0) continue;
      const word = facts[k] as WordFacts;
      const medium = word.medium as GlossaryEntry;
      const r = word.readings[reading] as CliticReading;
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      const prevWord = prev?.kind === 'arabic' ? (prev.text.startsWith('و') ? prev.text.slice(1) : prev.text) : '';
      // "told Al Jazeera": ل after a verb of speech, a statement, or the speaker's name or title.
      const told =
        /ل$/.test(r.prefix) &&
        (this.names.personVerbs.has(prevWord) || SPEECH_NOUNS.has(prevWord) || this.lexicon.isTitleWord(prevWord) || covered[k - 1] === 1);
      // حسب البيان is "according to the statement": a medium named by such a noun needs more.
      const according = MEDIA_CUES.has(prevWord) && !(ACCORDING_TO.has(prevWord) && STATEMENT_NOUNS.has(r.stem));
      // A dateline's source (عمان - الراية :). A name alone in quotes is too often a word
      // stressed or a title ("الجديد"، قصيدة "بلقيس").
      const dateline = prev?.text === '-' && next?.text === ':' && r.prefixLength === 0;
      const cited = told || next?.text === 'نت' || according || dateline;
      if (!cited) continue;
      const end = next?.text === 'نت' ? k + 2 : k + 1;
      out.push({ firstToken: k, endToken: end, prefixLength: r.prefixLength, type: 'organization', entry: medium, key: medium.id });
      covered.fill(1, k, end);
    }
    return out;
  }

  private media: { revision: number; byName: Map<string, GlossaryEntry> } | null = null;
  /** Counts media index builds, to tell a word's remembered medium (WordMarks) from a stale one. */
  private mediaGeneration = 0;

  /** One-word names of papers and channels the glossary writes with their kind (قناة الجزيرة). */
  private mediaIndex(): Map<string, GlossaryEntry> {
    if (this.media && this.media.revision === this.gazetteer.revision) return this.media.byName;
    const byName = new Map<string, GlossaryEntry>();
    for (const head of MEDIA_KINDS) {
      for (const f of this.gazetteer.formsHeadedBy(head)) {
        const name = f.keys[1] as string;
        const e = this.gazetteer.get(f.entryId);
        if (f.keys.length === 2 && name.length >= 4 && e?.type === 'organization' && !byName.has(name)) byName.set(name, e);
      }
    }
    this.media = { revision: this.gazetteer.revision, byName };
    this.mediaGeneration++;
    return byName;
  }

  /**
   * A known person's family name right after a given name the glossary does not give them (هانس
   * بليكس، مارك ريغيف): the mention takes the given name, and keeps the link only when the
   * glossary knows that fuller form of the same person.
   */
  private extendLeft(tokens: readonly Token[], found: Found[], covered: Uint8Array, facts: readonly WordFacts[]): void {
    for (const f of found) {
      if (f.type !== 'person' || !f.entry || f.prefixLength > 0 || f.endToken - f.firstToken !== 1 || f.firstToken === 0) continue;
      const k = f.firstToken - 1;
      const prev = tokens[k] as Token;
      if (covered[k] || prev.kind !== 'arabic' || (tokens[f.firstToken] as Token).start - prev.end > 1) continue;
      if (!((facts[k] as WordFacts).flags & GIVEN)) continue;
      const name = `${prev.text} ${(tokens[f.firstToken] as Token).text}`;
      covered[k] = 1;
      f.firstToken = k;
      if (!this.gazetteer.lookupForm(name).some((h) => h.entryId === f.entry?.id)) {
        f.entry = null;
        f.key = `new:${name}`;
      }
    }
  }

  /**
   * A region's name alone in quotation marks names a paper, a channel or a brand, not the region
   * (قال لـ«الشرق الأوسط»، بثت «الجزيرة»): the reader should not get the region's card.
   */
  private readQuotedTitles(tokens: readonly Token[], found: Found[]): void {
    // Where places end, asked only for a dateline (a place right after a dash).
    let placeEndingAt: Set<number> | null = null;
    const placeEndsAt = (k: number) => {
      placeEndingAt ??= new Set(found.filter((f) => f.type === 'place').map((f) => f.endToken));
      return placeEndingAt.has(k);
    };
    for (const f of found) {
      if (f.type !== 'place' || f.prefixLength > 0) continue;
      const before = tokens[f.firstToken - 1]?.text;
      const after = tokens[f.endToken]?.text;
      let what: string | null = null;
      if (f.entry?.placeKind === 'region' && before === '"' && after === '"') what = 'quoted';
      // جريدة القدس: a paper named after a place.
      else if (before && PAPER_KINDS.has(before)) what = 'paper';
      // الدوحة - قنا : a news agency in a dateline, after the city it writes from. A capital
      // between dashes is a second city the story comes from (مقديشو - نيروبي -).
      else if (
        before === '-' &&
        f.endToken - f.firstToken === 1 &&
        (after === ':' || (after === '-' && f.entry?.placeKind === 'city')) &&
        placeEndsAt(f.firstToken - 1)
      )
        what = 'dateline';
      if (!what) continue;
      f.type = 'organization';
      f.key = `${what}:${f.entry?.id ?? ''}`;
      f.entry = null;
    }
  }

  /**
   * Organizations no glossary knows, from their head noun: حزب/منظمة/جمعية … + a definite name
   * (حزب العمال، منظمة التحرير), or جامعة/بنك/بورصة … + a known place (جامعة القاهرة، بنك دبي).
   */
  private findUnknownOrganizations(
    tokens: readonly Token[],
    covered: Uint8Array,
    resolved: readonly Resolved[],
    facts: readonly WordFacts[],
    flags: Uint16Array,
  ): Found[] {
    const out: Found[] = [];
    const placeAt = new Map<number, Resolved>();
    for (const r of resolved) if (r.entry.type === 'place' && r.match.prefixLength === 0) placeAt.set(r.match.firstToken, r);
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (covered[k] || !((flags[k] as number) & ORG_HEAD)) continue;
      const reading = (facts[k] as WordFacts).readings.find(
        (r) => ORG_HEADS_DEFINITE.has(r.stem) || ORG_HEADS_PLACE.has(r.stem) || ORG_HEADS_ARTICLE.has(r.stem),
      );
      if (!reading) continue;
      let end = k + 1;
      if (ORG_HEADS_PLACE.has(reading.stem)) {
        const place = placeAt.get(k + 1);
        if (!place) continue;
        end = place.match.endToken;
      } else {
        while (end < tokens.length && end - k <= 4 && !covered[end]) {
          const t = tokens[end] as Token;
          if (t.kind !== 'arabic' || t.start - (tokens[end - 1] as Token).end > 1) break;
          const w = t.text;
          const definite = w.startsWith('ال') || (w.startsWith('وال') && end > k + 1);
          if (!definite || w.length < 4 || this.names.isBoundaryWord(w) || this.lexicon.isAnyNationality(w) || GENERIC_AFTER_HEAD.has(w))
            break;
          end++;
        }
        if (end === k + 1) continue;
        // The organization's nationality closes its name (منظمة التحرير الفلسطينية).
        const after = tokens[end];
        if (after && !covered[end] && after.kind === 'arabic' && this.lexicon.isNationalityWord(after.text)) end++;
        // A bank's name agrees with it: a nisba adjective (البنك التجاري), not a feminine noun
        // that only follows it (منح البنك المرونة).
        // Nor an adjective of rank (نظام البنك الأساسي "the bank's basic statute").
        if (
          ORG_HEADS_ARTICLE.has(reading.stem) &&
          (!(tokens[k + 1] as Token).text.endsWith('ي') || RANK_ADJECTIVES.has((tokens[k + 1] as Token).text))
        )
          continue;
        // An "and …" at the end belongs to the sentence, not the name.
        if ((tokens[end - 1] as Token).text.startsWith('وال') && end - k === 2) continue;
      }
      const name = joinName(tokens, k, end, reading.stem);
      out.push({ firstToken: k, endToken: end, prefixLength: reading.prefixLength, type: 'organization', entry: null, key: `new:${name}` });
      covered.fill(1, k, end);
      k = end - 1;
    }
    return out;
  }

  /**
   * People no glossary knows: a name after a title (الرئيس …، وزير الخارجية الروسي …) or starting
   * with a given name we know, running to a sound boundary.
   */
  private findUnknownPeople(
    tokens: readonly Token[],
    covered: Uint8Array,
    facts: readonly WordFacts[],
    flags: Uint16Array,
    written: WrittenWords,
    { families, starts, givens }: PeopleNamed,
  ): Found[] {
    const out: Found[] = [];
    // A person found here: kept, its tokens covered, its family name and first word remembered.
    const claim = (first: number, end: number, prefixLength: number, name: string) => {
      out.push({ firstToken: first, endToken: end, prefixLength, type: 'person', entry: null, key: `new:${name}` });
      addEnd(families, (tokens[end - 1] as Token).text, end);
      addEnd(givens, (tokens[first] as Token).text.slice(prefixLength), end);
      covered.fill(1, first, end);
    };
    // Words this article also writes with ال are common nouns here, not family names. (The
    // facts loop of `analyze` marked every word of this article as seen in this run.)
    const definite = {
      has: (word: string): boolean => word.length > 4 && this.seenThisRun(word),
    };
    for (let k = 0; k < tokens.length; k++) {
      // Most words are no given name at all: one flag test skips them.
      if (covered[k]) continue;
      // عبد before الله or a definite word is the compound given name Abd al-X (عبد الفتاح، وعبد
      // الرحمن): the name runs on from the word after it, as from a given name.
      const servant = servantPrefix(tokens, k, covered);
      if (servant >= 0) {
        // An institution named after someone (مستشفى عبد الله، مطار الملك عبد العزيز) is no person here.
        if (this.afterInstitutionNoun(tokens, k)) {
          k++;
          continue;
        }
        // أبو عبد الله is a kunya, a whole name by itself: no family name runs on from it.
        // It goes on only with what a full name adds to a kunya: a given name, a nisba or بن
        // (أبو عبد الله محمد بن إدريس الشافعي، أبو عبد الله المهاجر).
        const kunyaAt = k > 0 && !covered[k - 1] ? kunyaPrefix(tokens[k - 1] as Token, tokens[k] as Token) : -1;
        if (kunyaAt >= 0) {
          if (kunyaAt === 0 && this.afterInstitutionNoun(tokens, k - 1)) {
            k++;
            continue;
          }
          let end = k + 2;
          const next = tokens[end];
          if (next?.kind === 'arabic' && (this.names.isGiven(next.text) || isNisba(next.text) || this.names.isConnector(next.text)))
            end = Math.max(end, this.extendName(tokens, k + 1, covered, definite, written, true, k + 1));
          end = withoutInstitutionAdjectives(tokens, k + 2, end);
          const name = joinName(tokens, k - 1, end, (tokens[k - 1] as Token).text.slice(kunyaAt), servant);
          claim(k - 1, end, kunyaAt, name);
          k = end - 1;
          continue;
        }
        const end = withoutInstitutionAdjectives(tokens, k + 2, this.extendName(tokens, k + 1, covered, definite, written, true));
        // Alone (عبد الناصر) it names someone after a title, unless it is how the article already
        // named someone (الملك عبد الله الثاني … الملك عبد الله); without a title it may be a street's.
        const alone = end - k === 2;
        const first = `${(tokens[k] as Token).text.slice(servant)} ${(tokens[k + 1] as Token).text}`;
        if (!alone || (this.afterTitle(tokens, k, facts) && !starts.has(first))) {
          const name = joinName(tokens, k, end, (tokens[k] as Token).text.slice(servant));
          claim(k, end, servant, name);
          starts.add(first);
          k = end - 1;
        }
        continue;
      }
      if (!((flags[k] as number) & (GIVEN | AMBIGUOUS_GIVEN | GIVEN_AFTER_CLITIC | KUNYA_WORD))) {
        // وقال نتشيرفان البارزاني إن: between a verb of speech and what was said, an unknown
        // word and a definite nisba are a name (an indefinite noun takes no definite adjective).
        if (this.unknownSpeaker(tokens, k, covered, facts)) {
          out.push({
            firstToken: k,
            endToken: k + 2,
            prefixLength: 0,
            type: 'person',
            entry: null,
            key: `new:${(tokens[k] as Token).text} ${(tokens[k + 1] as Token).text}`,
          });
          covered.fill(1, k, k + 2);
          k++;
        }
        continue;
      }
      const t = tokens[k] as Token;
      if (!nameWord(t)) continue;
      // The first word: a given name we know (maybe behind a clitic: ومحمد، لأحمد), or an
      // ambiguous one (حسن، سعيد) right after a title.
      const f = facts[k] as WordFacts;
      let prefixLength = 0;
      let word = t.text;
      let isGiven = (f.flags & GIVEN) !== 0;
      if (!isGiven && f.flags & GIVEN_AFTER_CLITIC && !(f.flags & AMBIGUOUS_GIVEN)) {
        const r = f.readings.find((x) => x.prefix && this.names.isGiven(x.stem));
        if (r) {
          prefixLength = r.prefixLength;
          word = r.stem;
          isGiven = true;
        }
      }
      // A kunya (أبو مازن، أبو بكر البغدادي): أبو + a given name starts a name.
      const kunya = (f.flags & KUNYA_WORD) !== 0 && this.names.isGiven((tokens[k + 1] as Token | undefined)?.text ?? '') && !covered[k + 1];
      // يحيى written with its alif maqsura is the name, not the verb يحيي it folds onto.
      if (!isGiven && prefixLength === 0 && this.names.isGivenAsWritten(word, written, k)) isGiven = true;
      // A hamza the name is never spelled with makes it another word (برأت "acquitted", not Berat).
      if (isGiven && this.names.hamzaBelies(word, written, k, prefixLength)) isGiven = false;
      // نادية written with ه is more often a word and "his" (ناديه "his club"): like an ambiguous
      // given name, it starts a name only after a title or a verb of speech (قالت فاطمه الزهراء).
      const withPronoun = isGiven && this.names.isWordWithPronoun(word, written, k);
      if (withPronoun) isGiven = false;
      const ambiguous = withPronoun || this.names.isAmbiguousGiven(word);
      // The title is only asked about for ambiguous given names: most words are neither.
      // Between a verb of speech and what was said (وقال سعيد راتب إن), an ambiguous given name
      // starts a name too: checked below, once the name's end is known.
      const spoken =
        !isGiven && !kunya && prefixLength === 0 && ambiguous && !this.lexicon.isTitleWord(word) && this.afterSpeechVerb(facts, k);
      if (!isGiven && !kunya && !spoken && !(ambiguous && this.afterTitle(tokens, k, facts))) continue;
      // A title that is also a given name (السيد "Mr." and Sayyid) before a given name is the title
      // (سعادة السيد عبدالله بن خليفة): the name starts after it.
      if (!isGiven && this.lexicon.isTitleWord(word) && this.names.isGiven(tokens[k + 1]?.text ?? '')) continue;
      // Foreign names take no tanwin: نوعاً is "a kind", not the name Noa.
      if (this.names.foreign.has(word) && written.at(k).includes('\u064b')) continue;
      // A given name behind و، ف or ل runs on like a bare one (ومحمد عبد المنصف); behind ب or ك
      // the word is more often a word of its own (بدأنا).
      // After a lone given name, و + a given name is a list of given names (أحمد ومحمود الوفد).
      const listed = prefixLength > 0 && k > 0 && !covered[k - 1] && ((facts[k - 1] as WordFacts).flags & GIVEN) !== 0;
      // A street, a school or an airport named after someone (شارع جورج الخامس، مدرسة خالد بن
      // الوليد) is no person in this sentence.
      if (prefixLength === 0 && this.afterInstitutionNoun(tokens, k)) continue;
      const startsGiven = isGiven && (prefixLength === 0 || (NAME_CLITICS.test(t.text.slice(0, prefixLength)) && !listed));
      const end = this.extendName(tokens, k, covered, definite, written, startsGiven || spoken, kunya ? k + 1 : -1);
      // A lone given name is too often a word or a partial mention: a name needs two words. A
      // compound given name alone (عماد الدين، فرج الله) is still one given name. Right after a
      // title it is the person the title names (الملك حمد، الإمام علي، السيدة عائشة).
      const lone = end - k < 2 || (end - k === 2 && this.names.isCompoundTail((tokens[k + 1] as Token).text));
      // Not a name the article gave someone before (محمود عباس … الرئيس عباس،): later mentions
      // take that one, with its entity.
      if (
        lone &&
        !(
          isGiven &&
          !ambiguous &&
          prefixLength === 0 &&
          end === k + 1 &&
          this.closedAfter(tokens, k) &&
          !nameNear(givens, word, k) &&
          !nameNear(families, word, k) &&
          this.afterTitle(tokens, k, facts)
        )
      )
        continue;
      // The family name of someone named in full just before (كوفي أنان … طلب أنان رفع الحصار)
      // is that person again, however it reads as a rarer given name (Turkish إنان): a word after
      // it that is no given name is the sentence going on, not a second name. Later mentions
      // take it. Not a common Arabic given name: محمود عباس … التقى عباس عراقجي is someone new.
      // A title or a nationality before it introduces someone new (روبرتو كارلوس … البرازيلي
      // كارلوس كوريا), and a nisba after it is a family name (جعفر الموسوي).
      if (
        end - k === 2 &&
        !this.names.arabicGiven.has(word) &&
        nameNear(families, word, k) &&
        !this.names.isGiven((tokens[k + 1] as Token).text) &&
        !isNisba((tokens[k + 1] as Token).text) &&
        !this.lexicon.isNationalityWord(tokens[k - 1]?.text ?? '') &&
        !this.afterTitle(tokens, k, facts)
      )
        continue;
      if (spoken && !SAID.has(tokens[end]?.text ?? '') && !this.afterTitle(tokens, k, facts)) continue;
      const name = joinName(tokens, k, end, word);
      claim(k, end, prefixLength, name);
      k = end - 1;
    }
    return out;
  }

  /**
   * Whether a noun of a place or an institution (مستشفى، مطار، شارع، جامعة …) comes right before
   * token k, or before the title there (مطار الملك عبد العزيز).
   */
  private afterInstitutionNoun(tokens: readonly Token[], k: number): boolean {
    let j = k - 1;
    if (namesakeNounAt(tokens, j)) return true;
    while (j >= 0 && j >= k - 3 && this.lexicon.isTitleWord((tokens[j] as Token).text)) j--;
    return j < k - 1 && namesakeNounAt(tokens, j);
  }

  /** Whether an unknown person's name (its key: "new:" + the name) starts with a foreign given name or another we know. */
  private originOf(key: string): NameOrigin | undefined {
    if (!key.startsWith('new:')) return undefined;
    const space = key.indexOf(' ', 4);
    const first = key.slice(4, space < 0 ? key.length : space);
    if (this.names.foreign.has(first)) return 'foreign';
    return this.names.isGiven(first) ? 'arabic' : undefined;
  }

  /** An unknown word and a definite nisba between a verb of speech and what was said. */
  private unknownSpeaker(tokens: readonly Token[], k: number, covered: Uint8Array, facts: readonly WordFacts[]): boolean {
    const first = tokens[k] as Token;
    const second = tokens[k + 1];
    if (!this.afterSpeechVerb(facts, k) || !second || covered[k + 1] || !SAID.has(tokens[k + 2]?.text ?? '')) return false;
    if (
      !nameWord(first) ||
      first.text.length < 3 ||
      first.text.startsWith('ال') ||
      (facts[k] as WordFacts).flags & (MAY_END_TITLE | MAY_START_NATIONALITY)
    )
      return false;
    if (this.names.isBoundaryWord(first.text) || this.lexicon.isTitleWord(first.text) || /(ه|ات|ون|ين)$/.test(first.text)) return false;
    const w = second.text;
    return second.kind === 'arabic' && isNisba(w) && !this.lexicon.isAnyNationality(w);
  }

  /** Whether a verb of speech (قال، وأكد) comes right before token k. */
  private afterSpeechVerb(facts: readonly WordFacts[], k: number): boolean {
    return k > 0 && ((facts[k - 1] as WordFacts).flags & SPEECH_VERB) !== 0;
  }

  /** Whether a title phrase (optionally with a nationality) ends right before token k. */
  private afterTitle(tokens: readonly Token[], k: number, facts: readonly WordFacts[]): boolean {
    if (k === 0 || !((facts[k - 1] as WordFacts).flags & MAY_END_TITLE)) return false;
    let end = k;
    for (let len = 1; len <= 2 && end - len > 0; len++) {
      const nat = this.lexicon.nationalityAt(tokens, end - len);
      if (nat && nat.endToken === end && nat.definite) {
        end = nat.firstToken;
        break;
      }
    }
    const title = this.lexicon.titleEndingAt(tokens, end);
    return !!title && !title.construct;
  }

  /**
   * The end (exclusive) of a person's name starting at token k. `kunyaGiven`: the token of a
   * kunya's given name (حمزة of أبو حمزة), after which a nisba is the name's, not a nationality.
   */
  private extendName(
    tokens: readonly Token[],
    k: number,
    covered: Uint8Array,
    definite: WordSet,
    written?: WrittenWords,
    startsGiven = false,
    kunyaGiven = -1,
  ): number {
    const n = this.names;
    let j = k + 1;
    let lastKind: 'given' | 'connector' | 'other' = startsGiven || n.isGiven((tokens[k] as Token).text) ? 'given' : 'other';
    const stem = (i: number) => (tokens[i] as Token).text;
    while (j < tokens.length && j - k < 5) {
      const t = tokens[j] as Token;
      if (covered[j] || !nameWord(t) || t.start - (tokens[j - 1] as Token).end > 1) break;
      const w = stem(j);
      if (n.isConnector(w)) {
        // دي لا، دو لا: a French particle pair (جان مارك دو لا سابليير) is one connector.
        const pair = (w === 'دي' || w === 'دو') && tokens[j + 1]?.text === 'لا' && nameWord(tokens[j + 2]) && !covered[j + 1];
        if (pair) j++;
        // A connector must be followed by a name word.
        const next = tokens[j + 1];
        if (!next || covered[j + 1] || !nameWord(next) || n.isBoundaryWord(next.text) || gluedToClitic(next.text, n)) break;
        // ولد "son of" (محمد ولد الغزواني) is also "was born": a name must follow it.
        if (w === 'ولد' && !(n.isGiven(next.text) || next.text.startsWith('ال'))) break;
        lastKind = 'connector';
        j++;
        continue;
      }
      if (lastKind === 'connector') {
        if (n.isBoundaryWord(w)) break;
        // After بن a given name that is also a word (خليفة، سعيد) is surely the name.
        lastKind = n.isGiven(w) || n.isAmbiguousGiven(w) ? 'given' : 'other';
        j++;
        continue;
      }
      if (n.isBoundaryWord(w) || gluedToClitic(w, n) || this.lexicon.isTitleWord(w) || this.lexicon.longerTitleAt(tokens, j)) break;
      // A word written with tanwin fath (نوعاً، تقديراً) is an indefinite accusative, never a name.
      if (written?.at(j).includes('\u064b')) break;
      // A word of sport (الهدف، المدرب) ends a name: "… scored the goal".
      if (SPORTS_CUES.has(w) || (w.startsWith('ال') && SPORTS_CUES.has(w.slice(2)))) break;
      // A nisba after a name word is a family name (محمد شياع السوداني), not a nationality here;
      // so is one right after a kunya's given name, its bearer's by-name (أبو حمزة المصري).
      const nisba = isNisba(w);
      if (this.lexicon.isAnyNationality(w) && !(nisba && (lastKind !== 'given' || j - 1 === kunyaGiven))) break;
      if (n.isGiven(w)) {
        lastKind = 'given';
        j++;
        continue;
      }
      // The second half of a compound given name (عز الدين، بهاء الدين إبراهيم): the name goes on.
      if (lastKind === 'given' && n.isCompoundTail(w)) {
        j++;
        continue;
      }
      if (lastKind === 'given') {
        if (!n.familyLike(w, definite, stem(j - 1)) && !this.lineageFamily(tokens, j, k)) break;
        // The family name ends the name, unless a connector or a nisba follows.
        lastKind = 'other';
        j++;
        const next = tokens[j];
        if (!next || !nameWord(next) || covered[j]) break;
        // عز الدين، نصر الله: the word was the first half of a compound name.
        if (n.isCompoundTail(next.text)) {
          lastKind = 'given';
          j++;
          continue;
        }
        if (n.isConnector(next.text) || isNisba(next.text)) continue;
        // Given name, father's name, family name (أحمد ساير داودزي،): a third word that closes
        // the phrase, right before punctuation, is the family name.
        if (j - k === 2 && this.closesName(tokens, j, covered, definite, w, written)) j++;
        break;
      }
      if (nisba) {
        j++;
        break;
      }
      break;
    }
    return j;
  }

  /**
   * A definite family name in ة after بن and a father's name (عبدالله بن خليفة العطية), which
   * familyLike takes for a noun: only right before a title or إن/أن, where the name is surely
   * whole (not ترأس خالد بن سعيد الجلسة, the sentence's object).
   */
  private lineageFamily(tokens: readonly Token[], j: number, k: number): boolean {
    const w = (tokens[j] as Token).text;
    if (j - 2 < k || !this.names.isConnector((tokens[j - 2] as Token).text) || !w.startsWith('ال') || !w.endsWith('ه')) return false;
    const next = tokens[j + 1];
    return next?.kind === 'arabic' && (SAID.has(next.text) || this.lexicon.isTitleWord(next.text));
  }

  /**
   * Whether the name word at token k ends its phrase: punctuation follows, or the text ends.
   * (Not a function word: علي "on" is also the given name Ali, حسب "according to" a name's part.)
   */
  private closedAfter(tokens: readonly Token[], k: number): boolean {
    return k + 1 >= tokens.length || beforeCloser(tokens, k);
  }

  /**
   * Whether token j, after a given name and a second name word (`second`), is a third word of the
   * name: a word that could be a family name, without ال, itself right before a comma or a full
   * stop (the name is a phrase of its own there), and no title, nationality or word of sport.
   */
  private closesName(
    tokens: readonly Token[],
    j: number,
    covered: Uint8Array,
    definite: WordSet,
    second: string,
    written?: WrittenWords,
  ): boolean {
    const t = tokens[j];
    if (!t || covered[j] || !nameWord(t) || t.start - (tokens[j - 1] as Token).end > 1 || !beforeCloser(tokens, j)) return false;
    // After a family name with ال the name is whole (محمد البيطار مخاوف،: the sentence's object).
    if (second.startsWith('ال')) return false;
    const w = t.text;
    // Nor a noun in ى (شكوى، دعوى، ذكرى) or a broken plural (مخاوف، مشاريع، رسائل).
    if (written?.lastLetter(j) === '\u0649' || BROKEN_PLURAL.test(w)) return false;
    // A definite word there is more often the sentence's object (طلب أنان رفع الحصار،).
    if (
      w.startsWith('ال') ||
      gluedToClitic(w, this.names) ||
      this.lexicon.isTitleWord(w) ||
      this.lexicon.isAnyNationality(w) ||
      SPORTS_CUES.has(w)
    )
      return false;
    return this.names.familyLike(w, definite, second);
  }

  /**
   * Later short mentions of a person named in full earlier in the article (لافروف after سيرغي
   * لافروف, الحكيم after توفيق الحكيم): the family name alone, when it belongs to one person only.
   */
  private findLaterMentions(tokens: readonly Token[], covered: Uint8Array, found: readonly Found[], facts: readonly WordFacts[]): Found[] {
    // Each family name's WordFacts is marked with its person, and how far into the text the full
    // name reaches (about one article: a family name far from any full name is more likely
    // someone, or something, else). A later token asks its readings' stems for the mark.
    const run = this.run;
    const sorted = [...found].sort((a, b) => a.firstToken - b.firstToken);
    const out: Found[] = [];
    let families = 0;
    let next = 0;
    const shortAt = new Map<number, Found>();
    for (const f of found) if (f.type === 'person' && f.entry && f.endToken - f.firstToken === 1) shortAt.set(f.firstToken, f);
    for (let k = 0; k < tokens.length; k++) {
      while (next < sorted.length && (sorted[next] as Found).firstToken <= k) {
        const f = sorted[next++] as Found;
        if (f.type !== 'person' || f.endToken - f.firstToken < 2) continue;
        const family = facts[f.endToken - 1] as WordFacts;
        // عبد العاطي، أبو مازن: the last word is half of a compound, not a family name.
        if (family === NOT_A_WORD || this.names.isConnector((tokens[f.endToken - 2] as Token).text)) continue;
        const w = family.word;
        if (
          w.length < 3 ||
          this.names.isCompoundTail(w) ||
          this.names.isBoundaryWord(w) ||
          this.lexicon.isAnyNationality(w) ||
          ORDINALS.has(w)
        )
          continue;
        const marked = family.familyRun === run;
        const owner = !marked || family.familyUntil < k || family.familyOwner?.key === f.key ? f : null;
        family.familyRun = run;
        family.familyOwner = owner;
        family.familyUntil = k + COREFERENCE_REACH;
        families++;
      }
      if (families === 0) continue;
      if (covered[k]) {
        // A glossary person's one-word short form (العبادي) is the family name of someone the
        // article has named in full (محمد العبادي): it is that person here.
        const short = shortAt.get(k);
        const owner = short && short.prefixLength === 0 ? this.familyOwnerAt(facts[k] as WordFacts, k) : null;
        if (short && owner && owner.key !== short.key) {
          short.entry = owner.entry;
          short.key = owner.key;
        }
        continue;
      }
      const word = facts[k] as WordFacts;
      if (word === NOT_A_WORD) continue;
      // Most words have no clitic reading: the word itself is the only stem to ask.
      const stems = word.readings.length === 1 ? null : this.stemsOf(word);
      const count = stems ? stems.length : 1;
      for (let i = 0; i < count; i++) {
        const stem = stems ? (stems[i] as WordFacts) : word;
        const owner = stem.familyRun === run && stem.familyUntil >= k ? stem.familyOwner : null;
        if (!owner) continue;
        const r = word.readings[i] as CliticReading;
        if (this.nounHere(tokens, k, r.prefixLength)) break;
        // صلاح الدين، نصر الله: before الدين or الله the word is half of someone else's given name.
        if (this.names.isCompoundTail(tokens[k + 1]?.text ?? '')) break;
        out.push({ firstToken: k, endToken: k + 1, prefixLength: r.prefixLength, type: 'person', entry: owner.entry, key: owner.key });
        covered[k] = 1;
        break;
      }
    }
    return out;
  }

  /**
   * The epithets news gives an organization it has just named (المنظمة الدولية for the United
   * Nations): the epithet is that organization when the nearest organization named before it,
   * within an article's reach, is that one or one of its bodies (مجلس الأمن).
   */
  private findEpithets(
    tokens: readonly Token[],
    covered: Uint8Array,
    found: readonly Found[],
    facts: readonly WordFacts[],
    epithetHeads: readonly number[],
  ): Found[] {
    // Most articles name no organization an epithet stands for: nothing to read. Otherwise only
    // the words before an epithet's last word are asked (found as the words were read).
    let from = tokens.length;
    for (const f of found)
      if (f.type === 'organization' && f.entry && f.endToken < from && this.gazetteer.hasEpithets(f.entry)) from = f.endToken;
    if (from === tokens.length) return [];
    // The organizations named, by where they end: one pointer finds the nearest before each word
    // (a scan of every name per candidate cost as much as the rest of this pass in a long text).
    const orgs: Found[] = [];
    for (const f of found) if (f.type === 'organization' && f.entry) orgs.push(f);
    orgs.sort((a, b) => a.endToken - b.endToken);
    let nextOrg = 0;
    let last: Found | null = null;
    const out: Found[] = [];
    for (const k of epithetHeads) {
      if (k < from || covered[k] || covered[k + 1]) continue;
      const tail = tokens[k + 1] as Token;
      const reading = (facts[k] as WordFacts).readings.find((r) => this.gazetteer.isEpithetHead(r.stem));
      if (!reading) continue;
      // The nearest organization named before the epithet, within an article's reach: the epithet
      // stands for it, or for the entity it is a body of.
      // (Of two ending at the same word, the first named, as a scan would take.)
      for (; nextOrg < orgs.length && (orgs[nextOrg] as Found).endToken <= k; nextOrg++) {
        const org = orgs[nextOrg] as Found;
        if (!last || org.endToken > last.endToken) last = org;
      }
      if (!last?.entry || k - last.endToken > COREFERENCE_REACH) continue;
      const entry = this.gazetteer.epithetAfter(reading.stem, tail.text, last.entry);
      if (!entry) continue;
      out.push({ firstToken: k, endToken: k + 2, prefixLength: reading.prefixLength, type: 'organization', entry, key: entry.id });
      covered.fill(1, k, k + 2);
    }
    return out;
  }

  /** The person whose family name the word is, while that full name is in reach of token k. */
  private familyOwnerAt(word: WordFacts, k: number): FamilyOwner | null {
    return word !== NOT_A_WORD && word.familyRun === this.run && word.familyUntil >= k ? word.familyOwner : null;
  }

  private findMatches(tokens: readonly Token[], flags: Uint16Array, nameStarts: readonly number[], words: Int32Array): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    // Places an agreement was named after here (اتفاق الطائف), and where: the bare name later
    // in the article is the agreement too (الانقلاب على الطائف).
    const agreements = new Map<string, number>();
    // Tokens before `next` are inside a name already found.
    let next = 0;
    // No name runs across a sentence's end. (isSentenceEnd itself, one function for good: V8
    // deoptimized the walk on every text when it was handed a new closure per text.)
    for (let s = 0; s < nameStarts.length; s++) {
      const i = nameStarts[s] as number;
      if (i < next) continue;
      const t = tokens[i] as Token;
      const m =
        t.kind === 'arabic'
          ? this.gazetteer.matchFrom(tokens, i, this.rootsById[t.id as number] as readonly RootReading[], isSentenceEnd, words)
          : this.gazetteer.matchAt(tokens, i, isSentenceEnd);
      if (
        m &&
        !this.isNationalityOnly(tokens, m, flags) &&
        !this.namesAnAgreement(m, tokens, flags, agreements) &&
        !this.cliticTooRisky(m, tokens, flags) &&
        !this.isAdjective(m, tokens) &&
        !this.isCommonWordHere(m, tokens) &&
        !this.isCommonNoun(m, tokens) &&
        !namesAnotherBody(m, tokens)
      ) {
        out.push(m);
        next = m.endToken;
      }
    }
    return out;
  }

  /**
   * A one-word name read behind ك "as, like": that preposition rarely comes before a name, and the
   * whole word is more likely a word of its own (ككائن is "as a being", not "as Caen"). Nor behind
   * any clitic where the whole word is a given name. (Common words such as بنوك take no clitic
   * reading at all: see WHOLE_WORD.)
   */
  private cliticTooRisky(m: GazetteerMatch, tokens: readonly Token[], flags: Uint16Array): boolean {
    if (m.prefixLength === 0 || m.endToken - m.firstToken !== 1) return false;
    // A word that is a given name whole (فاطمة) is the name, not ف + a place (أطمة). Only a
    // one-word name: before a longer one the clitic reading stands (بسام ألتمان is ب + Sam Altman).
    if (m.prefix.endsWith('ك') || ((flags[m.firstToken] as number) & GIVEN) !== 0) return true;
    // After بن، أبو … the word is a name of its own (بن فوستر is Ben Foster, not ف + Worcester).
    // Only these: ولد is also "was born" (ولد بالقاهرة), and فان also فإن "for" (فإن لروسيا).
    const prev = tokens[m.firstToken - 1];
    return prev?.kind === 'arabic' && LINEAGE.has(prev.text);
  }

  /**
   * A person's one-word short form that is also a definite noun (الأسد "the lion", الصدر "the
   * chest") is the noun in an article that writes the noun without ال nearby too (أسد الكونغو), or right
   * before an adjective of nationality (الأسد الآسيوي): that article is about the thing.
   */
  private isCommonNoun(m: GazetteerMatch, tokens: readonly Token[]): boolean {
    if (m.endToken - m.firstToken !== 1 || !definiteStem((tokens[m.firstToken] as Token).text, m.prefixLength)) return false;
    return m.hits.every((h) => h.kind === 'short') && this.nounHere(tokens, m.firstToken, m.prefixLength);
  }

  /** Whether the one-word name at token k (after its clitics) is the definite noun here: see isCommonNoun. */
  private nounHere(tokens: readonly Token[], k: number, prefixLength: number): boolean {
    const stem = (tokens[k] as Token).text.slice(prefixLength);
    if (!stem.startsWith('ال') || stem.length < 5) return false;
    const bare = stem.slice(2);
    if (this.seenThisRun(bare)) {
      for (let j = Math.max(0, k - NOUN_REACH); j < Math.min(tokens.length, k + NOUN_REACH); j++)
        if ((tokens[j] as Token).text === bare) return true;
    }
    const next = tokens[k + 1];
    return next?.kind === 'arabic' && next.text.startsWith('ال') && this.lexicon.isAnyNationality(next.text);
  }

  /**
   * A place's name that is a common word here: after the word before it (صلاة المغرب, see
   * COMMON_AFTER) or before the word after it (مسقط رأسه, see COMMON_BEFORE).
   */
  private isCommonWordHere(m: GazetteerMatch, tokens: readonly Token[]): boolean {
    if (m.endToken - m.firstToken !== 1) return false;
    const word = (tokens[m.firstToken] as Token).text;
    const before = COMMON_BEFORE.get(word.slice(m.prefixLength));
    if (before?.has(tokens[m.endToken]?.text ?? '')) return true;
    if (m.prefixLength > 0) return false;
    return COMMON_AFTER.get(word)?.has(tokens[m.firstToken - 1]?.text ?? '') === true;
  }

  /** مالي after an indefinite noun (دعم مالي) is "financial", not Mali: see ADJECTIVE_PLACES. */
  private isAdjective(m: GazetteerMatch, tokens: readonly Token[]): boolean {
    if (m.prefixLength > 0 || m.endToken - m.firstToken !== 1 || !ADJECTIVE_PLACES.has((tokens[m.firstToken] as Token).text)) return false;
    const prev = tokens[m.firstToken - 1];
    if (prev?.kind !== 'arabic') return false;
    const w = withoutAnd(prev.text);
    return !w.startsWith('ال') && !STOPWORDS.has(w) && !COUNTRY_CONSTRUCTS.has(w) && !this.lexicon.isTitleWord(w);
  }

  /** اتفاق الطائف، معاهدة لوزان: the place names the agreement here. */
  private namesAnAgreement(m: GazetteerMatch, tokens: readonly Token[], flags: Uint16Array, agreements: Map<string, number>): boolean {
    if (m.prefixLength === 0 && m.firstToken > 0 && ((flags[m.firstToken - 1] as number) & AGREEMENT_WORD) !== 0) {
      agreements.set((m.hits[0] as FormHit).entryId, m.firstToken);
      return true;
    }
    // Most articles name no agreement, and most names are no bare one-word name: nothing to look
    // up (the hit, read last, is the name's entry: a cache miss once the glossary is large).
    if (agreements.size === 0 || m.endToken - m.firstToken !== 1 || m.prefixLength > 0) return false;
    const hit = m.hits[0] as FormHit;
    // Only a city's: capitals and countries are named for their own sake in the same article.
    const named = agreements.get(hit.entryId);
    if (named === undefined || m.firstToken - named > COREFERENCE_REACH) return false;
    if (hit.entry.placeKind !== 'city') return false;
    const prev = tokens[m.firstToken - 1];
    return !(prev?.kind === 'arabic' && PLACE_PREPOSITIONS.has(prev.text));
  }

  /**
   * A nationality adjective is never a place mention. Some country names are also definite
   * adjectives (السعودية is Saudi Arabia and "Saudi", feminine): the word is the adjective when it
   * follows a definite noun it agrees with (القوات السعودية، الحكومة السعودية), and the country
   * otherwise (أعلنت السعودية، إلى السعودية).
   */
  private isNationalityOnly(tokens: readonly Token[], m: GazetteerMatch, flags: Uint16Array): boolean {
    if (m.endToken - m.firstToken !== 1) return false;
    if (m.prefixLength > 0) return false; // وللسعودية، بالسعودية: a preposition takes the country
    if (!this.lexicon.isNationalityWord((tokens[m.firstToken] as Token).text)) return false;
    const prev = tokens[m.firstToken - 1];
    // صحيفة "الشرق الأوسط" السعودية: the adjective of a name just closed by a quote mark.
    if (prev && CLOSING_MARKS.has(prev.text)) return true;
    if (prev?.kind !== 'arabic' || (tokens[m.firstToken] as Token).start - prev.end > 1) return false;
    return ((flags[m.firstToken - 1] as number) & DEFINITE_NOUN) !== 0;
  }

  /**
   * Decides each match's entity. Unambiguous matches first; then each ambiguous one goes to the
   * candidate that shares a country with the article's other names (جورجيا beside تبليسي is the
   * country), falling back to prominence.
   */
  private resolve(
    matches: GazetteerMatch[],
    tokens: readonly Token[],
    facts: readonly WordFacts[],
    nationalityStarts: readonly number[],
  ): Resolved[] {
    // Each match's entry; where several entries share the name, they are weighed below.
    const chosen: Array<GlossaryEntry | undefined> = new Array(matches.length);
    let ambiguous: Map<number, GlossaryEntry[]> | null = null;
    for (let i = 0; i < matches.length; i++) {
      const hits = (matches[i] as GazetteerMatch).hits;
      // Most names are one entry's: no lists to build.
      if (hits.length === 1) {
        chosen[i] = (hits[0] as FormHit).entry;
        continue;
      }
      const cands = this.candidatesOf(hits);
      if (cands.length === 1) chosen[i] = cands[0];
      else if (cands.length > 1) {
        ambiguous ??= new Map();
        ambiguous.set(i, cands);
      }
    }
    if (ambiguous) {
      const weighed = new Set<string>();
      for (const cands of ambiguous.values()) for (const c of cands) if (c.country) weighed.add(c.country);
      const countries = this.countriesNamed(weighed, chosen, tokens, facts, nationalityStarts);
      for (const [i, cands] of ambiguous) {
        let best = cands[0] as GlossaryEntry;
        let bestScore = Number.NEGATIVE_INFINITY;
        for (const c of cands) {
          const score = (c.country ? (countries.get(c.country) ?? 0) : 0) * 1000 + (c.prominence ?? 0);
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        chosen[i] = best;
      }
    }
    const out: Resolved[] = [];
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i] as GazetteerMatch;
      const best = chosen[i];
      if (best === undefined) continue;
      // After a foreign given name, a one-word place other than a country or a capital is the
      // person's family name (لويس أراغون، جوستين هينان).
      if (
        best.type === 'place' &&
        best.placeKind !== 'country' &&
        best.placeKind !== 'capital' &&
        match.prefixLength === 0 &&
        match.endToken - match.firstToken === 1 &&
        this.names.foreign.has(tokens[match.firstToken - 1]?.text ?? '')
      )
        continue;
      // دولة + a city is a political order named after it (دولة الطائف), not the city.
      if (
        best.type === 'place' &&
        (best.placeKind === 'city' || best.placeKind === 'capital') &&
        match.prefixLength === 0 &&
        /^و?دوله$/.test(tokens[match.firstToken - 1]?.text ?? '')
      )
        continue;
      out.push({ match, entry: best });
    }
    return out;
  }

  /** The entries a name's hits stand for: its full names' where it has any, else its short forms'. */
  private candidatesOf(hits: readonly FormHit[]): GlossaryEntry[] {
    const full = hits.filter((h) => h.kind === 'full');
    return [...new Set((full.length > 0 ? full : hits).map((h) => h.entry))];
  }

  /**
   * How often the article names each of the `weighed` countries: by the names that are one
   * entry's, and by nationality adjectives (عمان beside الأردني is Amman, not Oman).
   */
  private countriesNamed(
    weighed: ReadonlySet<string>,
    chosen: ReadonlyArray<GlossaryEntry | undefined>,
    tokens: readonly Token[],
    facts: readonly WordFacts[],
    nationalityStarts: readonly number[],
  ): Map<string, number> {
    const countries = new Map<string, number>();
    const count = (country: string) => {
      if (weighed.has(country)) countries.set(country, (countries.get(country) ?? 0) + 1);
    };
    for (const e of chosen) if (e?.country) count(e.country);
    for (const k of nationalityStarts) {
      const f = facts[k] as WordFacts;
      // One word is one lookup, kept with the word; only a longer nationality reads on.
      const nationality = f.flags & MAY_START_LONGER_NATIONALITY ? this.lexicon.nationalityAt(tokens, k)?.nationality : f.nationality;
      if (nationality) count(nationality.country);
    }
    return countries;
  }

  /**
   * The title phrase right before a person's name: TITLE NATIONALITY (وزير الخارجية الروسي),
   * TITLE-OF COUNTRY (وزير خارجية روسيا) or TITLE alone (الرئيس).
   */
  private readRole(
    tokens: readonly Token[],
    nameStart: number,
    resolvedByEnd: Map<number, Resolved>,
  ): { firstToken: number; endToken: number; prefixLength: number; en: string; parts: RoleParts } | null {
    const lex = this.lexicon;
    // TITLE NATIONALITY NAME
    for (let len = 1; len <= 2 && nameStart - len > 0; len++) {
      const nat = lex.nationalityAt(tokens, nameStart - len);
      if (!nat || nat.endToken !== nameStart || !nat.definite) continue;
      const title = lex.titleEndingAt(tokens, nat.firstToken);
      if (title && !title.construct) {
        const en = title.title.counterpart
          ? title.title.en.replace('counterpart', `${nat.nationality.en} counterpart`)
          : `${nat.nationality.en} ${title.title.en}`;
        return {
          firstToken: title.firstToken,
          endToken: nameStart,
          prefixLength: title.prefixLength,
          en,
          parts: { title: title.title, nationality: nat.nationality.en },
        };
      }
    }
    // TITLE-OF PLACE|ORGANIZATION NAME
    const before = resolvedByEnd.get(nameStart);
    if (before && before.entry.type !== 'person' && before.match.prefixLength === 0) {
      const title = lex.titleEndingAt(tokens, before.match.firstToken);
      if (title?.construct) {
        return {
          firstToken: title.firstToken,
          endToken: nameStart,
          prefixLength: title.prefixLength,
          en: `${title.title.en} of ${before.entry.en}`,
          parts: { title: title.title, of: before.entry.en },
        };
      }
    }
    // TITLE NAME
    const title = lex.titleEndingAt(tokens, nameStart);
    // TITLE السيد NAME: "Mr." says less than the title before it (المدير المسؤول السيد جلال فياضي).
    if (title && title.prefixLength === 0 && COURTESY_TITLES.has(title.title.ar)) {
      const outer = this.readRole(tokens, title.firstToken, resolvedByEnd);
      if (outer) return { ...outer, endToken: nameStart };
    }
    if (title && !title.construct) {
      return {
        firstToken: title.firstToken,
        endToken: nameStart,
        prefixLength: title.prefixLength,
        en: title.title.en,
        parts: { title: title.title },
      };
    }
    return null;
  }
}

/**
 * The one entity the names (in text order) stand for within an article's reach before token k, or
 * null if none or two (مانشستر يونايتد and مانشستر سيتي: the city then names neither club).
 */
function namedBefore(named: readonly Found[] | undefined, k: number): Found | null {
  let last: Found | null = null;
  for (const f of named ?? []) {
    if (f.endToken > k || k - f.endToken > COREFERENCE_REACH) continue;
    if (last && last.entry !== f.entry) return null;
    last = f;
  }
  return last;
}

/** Places and prizes named after someone (مطار جون كنيدي، مستشفى الملك فيصل، شارع جورج الخامس), normalized. */
const NAMESAKE_HEADS: ReadonlySet<string> = new Set(
  [
    'مطار',
    'شارع',
    'طريق',
    'ميدان',
    'ساحة',
    'جسر',
    'ميناء',
    'مستشفى',
    'مدرسة',
    'جامعة',
    'كلية',
    'معهد',
    'مسجد',
    'جامع',
    'ملعب',
    'استاد',
    'قاعة',
    'قاعدة',
    'جائزة',
    'مكتبة',
    'مدينة',
    'مركز',
    'حي',
    'مؤسسة',
    'مجمع',
    'برج',
    'حديقة',
    'كأس',
    'بطولة',
  ].map(normalizeKey),
);

/**
 * Whether token i is one of NAMESAKE_HEADS. Only nouns of places named after people: after دولة،
 * قصر، سجن or قوات the person is a title's, an owner's or a verb's (دولة الرئيس، قصر الرئيس فلان).
 * A clitic on the noun (بمطار، لمستشفى) changes nothing; عن طريق is "by way of", not a road.
 */
function namesakeNounAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'arabic') return false;
  const head = t.text.replace(/^(و|ف)?(ب|ل)?(?=..)/, '');
  if (!NAMESAKE_HEADS.has(head)) return false;
  return !(head === 'طريق' && /^(و|ف)?عن$/.test(tokens[i - 1]?.text ?? ''));
}

/** Words after a name that belong to an institution named after someone (مستشفى عبد الله الجامعي). */
const INSTITUTION_ADJECTIVES: ReadonlySet<string> = new Set(
  ['الدولي', 'الجامعي', 'التخصصي', 'المركزي', 'الحكومي', 'الوطني', 'العسكري', 'الطبي', 'الملكي'].map(normalizeKey),
);

/** Club names' second words that say the first is no city here (مانشستر سيتي، نيوكاسل يونايتد). */
const CLUB_NAME_TAILS: ReadonlySet<string> = new Set(
  ['يونايتد', 'سيتي', 'هوتسبير', 'ألبيون', 'روفرز', 'ووندررز', 'أثليتيك', 'فيلا', 'جونيورز', 'سبورتنغ'].map(normalizeKey),
);

/** Titles of courtesy only (Mr., Mrs., Miss), as titles.json writes them. */
const COURTESY_TITLES: ReadonlySet<string> = new Set(['السيد', 'السيدة', 'الآنسة']);

/**
 * Adjectives that, right after an organization's name, make it the name of another body: مجلس
 * الأمن القومي is a country's National Security Council, not the UN Security Council. (Not the
 * feminine القومية, as often the noun "nationalism": تبنت الجامعة العربية القومية العربية.)
 */
const ANOTHER_BODY = new Set(['القومي']);

/** Whether the organization matched goes on into the name of another body (see ANOTHER_BODY). */
function namesAnotherBody(m: GazetteerMatch, tokens: readonly Token[]): boolean {
  const next = tokens[m.endToken];
  if (next === undefined || !ANOTHER_BODY.has(next.text) || next.start - (tokens[m.endToken - 1] as Token).end > 1) return false;
  return m.hits.every((h) => h.entry.type === 'organization');
}

/**
 * Broken plurals of the patterns مفاعل، مفاعيل and فعائل (normalized: ئ is ي): مخاوف، مشاريع،
 * رسائل. Nouns, never a name's last word.
 */
const BROKEN_PLURAL = /^(?:م.ا.|م.ا.ي.|..اي.)$/;

/**
 * The words of tokens first … end − 1 joined by spaces, the first written as `firstWord` (its
 * clitics read off) and the second without its first `secondCut` letters. A function, not a
 * closure over the loop's variables: V8 gives each turn of a loop whose variables a closure
 * captures a context of its own, allocated on every token, named or not.
 */
function joinName(tokens: readonly Token[], first: number, end: number, firstWord: string, secondCut = 0): string {
  let name = firstWord;
  for (let i = first + 1; i < end; i++) {
    const text = (tokens[i] as Token).text;
    name += ` ${i === first + 1 && secondCut > 0 ? text.slice(secondCut) : text}`;
  }
  return name;
}

/** Whether the word, read behind `prefixLength` clitic letters, is a definite noun of five letters or more (see nounHere). */
function definiteStem(word: string, prefixLength: number): boolean {
  return word.length - prefixLength >= 5 && word.startsWith('ال', prefixLength);
}

/** Punctuation a name may stand right before, as a phrase of its own (، . : ;, normalized). */
const NAME_CLOSERS: ReadonlySet<string> = new Set([',', '.', ':', ';']);

/** Whether one of NAME_CLOSERS comes right after token k. */
function beforeCloser(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next?.kind === 'punct' && NAME_CLOSERS.has(next.text);
}

/** A definite nisba (السوداني، الموسوي): after a name word, a family name; alone, maybe a nationality. */
function isNisba(word: string): boolean {
  return word.length > 4 && word.startsWith('ال') && word.endsWith('ي');
}

/** The clitics' length of a kunya's أبو (أبو، وأبو، لأبي …) right before `next`, or -1. */
function kunyaPrefix(t: Token, next: Token): number {
  if (t.kind !== 'arabic' || next.start - t.end > 1 || t.text.length < 3) return -1;
  const prefix = t.text.length - 3;
  if (!KUNYA.has(t.text.slice(prefix)) || (prefix > 0 && !NAME_CLITICS.test(t.text.slice(0, prefix)))) return -1;
  return prefix;
}

/**
 * Where عبد starts at token k (its clitics' length: وعبد، لعبد), when the next word is الله or a
 * definite word no name has covered yet; else -1.
 */
function servantPrefix(tokens: readonly Token[], k: number, covered: Uint8Array): number {
  const t = tokens[k] as Token;
  if (t.kind !== 'arabic' || !t.text.endsWith('عبد')) return -1;
  const prefix = t.text.length - 3;
  if (prefix > 0 && !NAME_CLITICS.test(t.text.slice(0, prefix))) return -1;
  const next = tokens[k + 1];
  if (!next || covered[k + 1] || next.kind !== 'arabic' || next.start - t.end > 1) return -1;
  return next.text.startsWith('ال') && next.text.length >= 4 ? prefix : -1;
}

/** What the article's people named so far say to the finder of unknown names. */
interface PeopleNamed {
  /** The last word of each name of two words or more, and where each such name ends (in order). */
  families: Map<string, number[]>;
  /** The first two words of each such name (the first without its clitics). */
  starts: Set<string>;
  /** The first word of each such name (without its clitics), and where each such name ends (in order). */
  givens: Map<string, number[]>;
}

function peopleNamed(tokens: readonly Token[], found: readonly Found[]): PeopleNamed {
  const named: PeopleNamed = { families: new Map(), starts: new Set(), givens: new Map() };
  for (const f of found) {
    if (f.type !== 'person' || f.endToken - f.firstToken < 2) continue;
    const first = (tokens[f.firstToken] as Token).text.slice(f.prefixLength);
    addEnd(named.families, (tokens[f.endToken - 1] as Token).text, f.endToken);
    addEnd(named.givens, first, f.endToken);
    named.starts.add(`${first} ${(tokens[f.firstToken + 1] as Token).text}`);
  }
  return named;
}

/** `end`, less the institution's adjectives ending the name (… الجامعي، الدولي), never before `min`. */
function withoutInstitutionAdjectives(tokens: readonly Token[], min: number, end: number): number {
  while (end > min && INSTITUTION_ADJECTIVES.has((tokens[end - 1] as Token).text)) end--;
  return end;
}

/**
 * Whether a person's full name with that word (its last, in `families`; its first, in `givens`)
 * ended before token k, within an article's reach.
 */
function nameNear(byWord: ReadonlyMap<string, readonly number[]>, word: string, k: number): boolean {
  const ends = byWord.get(word);
  if (ends === undefined) return false;
  // The last end at or before k (ends are kept in order): one binary search, however often a
  // page repeats the name.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && k - (ends[lo - 1] as number) <= COREFERENCE_REACH;
}

/** Adds where a name with that word (its last or its first) ends, keeping each word's ends in order. */
function addEnd(byWord: Map<string, number[]>, word: string, end: number): void {
  const ends = byWord.get(word);
  if (!ends) {
    byWord.set(word, [end]);
    return;
  }
  // Most ends arrive in text order: the insertion point is at the back.
  let i = ends.length;
  while (i > 0 && (ends[i - 1] as number) > end) i--;
  ends.splice(i, 0, end);
}

/** The words of a match, the first without its clitics, made only where a rule needs more than its ends. */
function nameWords(tokens: readonly Token[], m: GazetteerMatch): string[] {
  const words: string[] = [];
  for (let k = m.firstToken; k < m.endToken; k++) {
    const text = (tokens[k] as Token).text;
    words.push(k === m.firstToken ? text.slice(m.prefixLength) : text);
  }
  return words;
}

/** A glossary name found at tokens [first, end): every such Found is made here, so that all share one shape. */
function foundOf(entry: GlossaryEntry, first: number, end: number, prefixLength: number): Found {
  return { firstToken: first, endToken: end, prefixLength, type: entry.type, entry, key: entry.id };
}

/** A word without the و "and" before it (وفاز → فاز), when what is left is still a word of two letters or more. */
function withoutAnd(word: string): string {
  return word.startsWith('و') && word.length > 3 ? word.slice(1) : word;
}

/**
 * A word that starts with a clitic is not the next part of a name: وعمرو starts a second name
 * (جعفر وعمرو), بالتحدث and للمشاكل are a preposition and a noun.
 */
function gluedToClitic(word: string, names: NameLexicon): boolean {
  if (names.isGiven(word)) return false;
  for (const r of procliticReadings(word)) {
    if (!r.prefix) continue;
    if (r.prefix.startsWith('و') && (names.isGiven(r.stem) || names.isAmbiguousGiven(r.stem) || r.stem.startsWith('ال'))) return true;
    if (/[بلك]$/.test(r.prefix) && r.stem.startsWith('ال')) return true;
  }
  return false;
}

/**
 * "نظيرته النمساوية" says what the person is by reference to someone else: the nearest earlier
 * person with an office. We add that office: his Austrian counterpart (Austrian Foreign Minister).
 */
function completeCounterparts(mentions: Mention[], parts: Array<RoleParts | null>, _lex: Lexicon): void {
  mentions.forEach((m, i) => {
    const p = parts[i];
    if (!m.role || !p?.title.counterpart) return;
    for (let j = i - 1; j >= 0; j--) {
      const q = parts[j];
      if (mentions[j]?.type !== 'person' || !q || q.title.counterpart) continue;
      const office = q.title.en;
      m.role = { ...m.role, en: `${m.role.en} (${p.nationality ? `${p.nationality} ` : ''}${office})` };
      return;
    }
  });
}

/** Groups mentions by entity, in order of first appearance. */
export function summarize(mentions: readonly Mention[]): ArticleEntity[] {
  const byKey = new Map<string, ArticleEntity>();
  for (const m of mentions) {
    let e = byKey.get(m.key);
    if (!e) {
      e = { key: m.key, type: m.type, entity: m.entity, name: m.text, mentions: 0, role: null };
      if (m.origin) e.origin = m.origin;
      byKey.set(m.key, e);
    }
    e.mentions++;
    if (!e.role && m.role) e.role = m.role;
  }
  return [...byKey.values()];
}
