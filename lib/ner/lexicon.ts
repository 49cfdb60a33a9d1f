/**
 * The bilingual lexicon of titles and nationalities the recognizer reads roles with
 * (وزير الخارجية الروسي → Russian Foreign Minister). Data lives in assets/glossary/lexicon/.
 */
import nationalitiesData from '../../assets/glossary/lexicon/nationalities.json';
import titlesData from '../../assets/glossary/lexicon/titles.json';
import { procliticReadings } from '../arabic/clitics';
import { normalizeKey } from '../arabic/normalize';
import type { Token } from '../arabic/tokenize';

export interface Title {
  ar: string;
  en: string;
  /** The construct form used before a country or organization: وزير خارجية (روسيا). */
  of?: string;
  /** نظيره، نظيرته: the person's counterpart of someone else in the text. */
  counterpart?: boolean;
}

export interface Nationality {
  country: string;
  en: string;
  m: string;
  f: string;
  pl: string[];
  alt?: string[];
}

export interface TitleMatch {
  title: Title;
  /** Whether the match was the construct form (needs a following country/organization). */
  construct: boolean;
  firstToken: number;
  endToken: number;
  prefixLength: number;
}

export interface NationalityMatch {
  nationality: Nationality;
  gender: 'm' | 'f' | 'pl';
  definite: boolean;
  firstToken: number;
  endToken: number;
}

/** The last word of a normalized phrase. */
function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/** The texts of tokens [from, to), joined by single spaces. */
function joined(tokens: readonly Token[], from: number, to: number): string {
  let k = (tokens[from] as Token).text;
  for (let i = from + 1; i < to; i++) k += ` ${(tokens[i] as Token).text}`;
  return k;
}

export class Lexicon {
  private readonly titles = new Map<string, Title>();
  private readonly constructs = new Map<string, Title>();
  private readonly nationalities = new Map<string, { nationality: Nationality; gender: 'm' | 'f' | 'pl'; definite: boolean }>();
  private maxTitleTokens = 1;
  private readonly nationalityFirstWords = new Set<string>();
  private readonly longerNationalityFirstWords = new Set<string>();
  /** The second word of every nationality of two words or more (الشمالي in الكوري الشمالي). */
  private readonly nationalitySecondWords = new Set<string>();
  private maxNationalityTokens = 1;
  /** The last word of every title and construct form: a title ends only on one of these. */
  private readonly titleLastWords = new Set<string>();
  /** The first word of every title of two words or more (الناطق in الناطق باسم). */
  private readonly longerTitleFirstWords = new Set<string>();
  readonly byCountry = new Map<string, Nationality>();

  constructor(titles: readonly Title[], nationalities: readonly Nationality[]) {
    for (const t of titles) {
      const k = normalizeKey(t.ar);
      this.titles.set(k, t);
      this.maxTitleTokens = Math.max(this.maxTitleTokens, k.split(' ').length);
      if (t.of) {
        const c = normalizeKey(t.of);
        if (!this.constructs.has(c)) this.constructs.set(c, t);
        this.maxTitleTokens = Math.max(this.maxTitleTokens, c.split(' ').length);
      }
    }
    for (const k of [...this.titles.keys(), ...this.constructs.keys()]) {
      this.titleLastWords.add(lastWord(k));
      const space = k.indexOf(' ');
      if (space > 0) this.longerTitleFirstWords.add(k.slice(0, space));
    }
    for (const n of nationalities) {
      this.byCountry.set(n.country, n);
      const forms: Array<[string, 'm' | 'f' | 'pl']> = [
        [n.m, 'm'],
        [n.f, 'f'],
        ...n.pl.map((p): [string, 'pl'] => [p, 'pl']),
        ...(n.alt ?? []).map((a): [string, 'm' | 'f'] => [a, /ة$/.test(a) ? 'f' : 'm']),
      ];
      for (const [form, gender] of forms) {
        const k = normalizeKey(form);
        const words = k.split(' ');
        this.maxNationalityTokens = Math.max(this.maxNationalityTokens, words.length);
        if (!this.nationalities.has(k)) this.nationalities.set(k, { nationality: n, gender, definite: false });
        // Definite: every word takes ال (الكوري الشمالي).
        const def = words.map((w) => `ال${w}`).join(' ');
        this.nationalityFirstWords.add(words[0] as string);
        this.nationalityFirstWords.add(`ال${words[0]}`);
        if (words.length > 1) {
          this.longerNationalityFirstWords.add(words[0] as string);
          this.longerNationalityFirstWords.add(`ال${words[0]}`);
          this.nationalitySecondWords.add(words[1] as string);
          this.nationalitySecondWords.add(`ال${words[1]}`);
        }
        if (!this.nationalities.has(def)) this.nationalities.set(def, { nationality: n, gender, definite: true });
      }
    }
  }

  /**
   * The single words the lexicon's cheap checks ask about (`mayStartNationality`,
   * `mayStartLongerNationality`, `titleLastWords`, `isAnyNationality`), for a table that answers
   * them all with one lookup (lib/ner/word-facts.ts).
   */
  wordLists(): {
    nationalityFirst: ReadonlySet<string>;
    longerNationalityFirst: ReadonlySet<string>;
    titleLast: ReadonlySet<string>;
    nationalityWords: Iterable<string>;
  } {
    return {
      nationalityFirst: this.nationalityFirstWords,
      longerNationalityFirst: this.longerNationalityFirstWords,
      titleLast: this.titleLastWords,
      nationalityWords: this.nationalities.keys(),
    };
  }

  /** Whether a single word is a title or a title's construct form (رئيس، وزير، الوزير …). */
  isTitleWord(word: string): boolean {
    return this.titles.has(word) || this.constructs.has(word);
  }

  /** Whether the normalized phrase is a title (الملك، وزير الخارجية …). */
  isTitle(phrase: string): boolean {
    return this.titles.has(phrase);
  }

  /** Whether the word is a nationality adjective in any form (definite or not, any gender). */
  isAnyNationality(word: string): boolean {
    return this.nationalities.has(word);
  }

  /** A cheap first check: could a nationality phrase start with this word? */
  mayStartNationality(word: string): boolean {
    return this.nationalityFirstWords.has(word);
  }

  /** Whether a nationality of two words or more starts with this word (الكوري in الكوري الشمالي). */
  mayStartLongerNationality(word: string): boolean {
    return this.longerNationalityFirstWords.has(word);
  }

  /** The nationality a single word is an adjective of (any form), or null. */
  nationalityOfWord(word: string): Nationality | null {
    return this.nationalities.get(word)?.nationality ?? null;
  }

  /** A nationality adjective starting at token i (الروسي، الروسية، الروس …). */
  nationalityAt(tokens: readonly Token[], i: number): NationalityMatch | null {
    const first = tokens[i];
    // Every nationality phrase starts with one of its first words.
    if (first === undefined || !this.nationalityFirstWords.has(first.text)) return null;
    // A longer one needs its second word next: most first words are a one-word nationality.
    const longer = this.nationalitySecondWords.has(tokens[i + 1]?.text ?? '');
    for (let len = longer ? Math.min(this.maxNationalityTokens, tokens.length - i) : 1; len >= 1; len--) {
      const hit = this.nationalities.get(len === 1 ? first.text : joined(tokens, i, i + len));
      // Fields written out, not spread: this runs for every nationality word of a text.
      if (hit) return { nationality: hit.nationality, gender: hit.gender, definite: hit.definite, firstToken: i, endToken: i + len };
    }
    return null;
  }

  /**
   * Whether the normalized word is a definite nationality adjective (الروسي، الروسية، الكوري
   * الشمالي). Indefinite forms are left out on purpose: for many countries the adjective is the
   * country's own name (مالي، تشيلي، جيبوتي), and the name must win.
   */
  isNationalityWord(word: string): boolean {
    const hit = this.nationalities.get(word);
    return !!hit && hit.definite && hit.gender !== 'pl';
  }

  /** The longest title phrase that ends just before token `end` (its first word may carry clitics). */
  /** A cheap first check: could a title end with this word (its clitics read off)? */
  mayEndTitle(word: string): boolean {
    return this.titleLastWords.has(word) || procliticReadings(word).some((r) => this.titleLastWords.has(r.stem));
  }

  /** Whether a title of two words or more starts at token `start` (الناطق باسم، الأمين العام). */
  longerTitleAt(tokens: readonly Token[], start: number): boolean {
    const first = tokens[start];
    if (!first || !this.longerTitleFirstWords.has(first.text)) return false;
    for (let len = 2; len <= this.maxTitleTokens && start + len <= tokens.length; len++) {
      const k = joined(tokens, start, start + len);
      if (this.titles.has(k) || this.constructs.has(k)) return true;
    }
    return false;
  }

  titleEndingAt(tokens: readonly Token[], end: number): TitleMatch | null {
    const last = end > 0 ? tokens[end - 1] : undefined;
    if (last === undefined) return null;
    // A title of two words or more ends on one of the titles' last words; a one-word title is
    // the last token with its clitics read off. Neither: no title ends here.
    const multi = this.titleLastWords.has(last.text);
    if (!multi && !(last.kind === 'arabic' && this.mayEndTitle(last.text))) return null;
    for (let len = Math.min(this.maxTitleTokens, end); len >= 1; len--) {
      if (len > 1 && !multi) continue;
      const first = end - len;
      const firstToken = tokens[first] as Token;
      if (firstToken.kind !== 'arabic') continue;
      const rest = len > 1 ? ` ${joined(tokens, first + 1, end)}` : '';
      for (const reading of procliticReadings(firstToken.text)) {
        const k = reading.stem + rest;
        const title = this.titles.get(k);
        if (title) return { title, construct: false, firstToken: first, endToken: end, prefixLength: reading.prefixLength };
        const construct = this.constructs.get(k);
        if (construct) return { title: construct, construct: true, firstToken: first, endToken: end, prefixLength: reading.prefixLength };
      }
    }
    return null;
  }
}

let shared: Lexicon | null = null;
/** The lexicon bundled with Dalil. */
export function defaultLexicon(): Lexicon {
  shared ??= new Lexicon(titlesData as Title[], nationalitiesData as Nationality[]);
  return shared;
}
