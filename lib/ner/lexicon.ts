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

function key(tokens: readonly string[]): string {
  return tokens.join(' ');
}

export class Lexicon {
  private readonly titles = new Map<string, Title>();
  private readonly constructs = new Map<string, Title>();
  private readonly nationalities = new Map<string, { nationality: Nationality; gender: 'm' | 'f' | 'pl'; definite: boolean }>();
  private maxTitleTokens = 1;
  private readonly nationalityFirstWords = new Set<string>();
  private maxNationalityTokens = 1;
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
        if (!this.nationalities.has(def)) this.nationalities.set(def, { nationality: n, gender, definite: true });
      }
    }
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

  /** A nationality adjective starting at token i (الروسي، الروسية، الروس …). */
  nationalityAt(tokens: readonly Token[], i: number): NationalityMatch | null {
    for (let len = Math.min(this.maxNationalityTokens, tokens.length - i); len >= 1; len--) {
      const words = tokens.slice(i, i + len).map((t) => t.text);
      const hit = this.nationalities.get(key(words));
      if (hit) return { ...hit, firstToken: i, endToken: i + len };
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
  titleEndingAt(tokens: readonly Token[], end: number): TitleMatch | null {
    for (let len = Math.min(this.maxTitleTokens, end); len >= 1; len--) {
      const first = end - len;
      const firstToken = tokens[first] as Token;
      if (firstToken.kind !== 'arabic') continue;
      const rest = tokens.slice(first + 1, end).map((t) => t.text);
      for (const reading of procliticReadings(firstToken.text)) {
        const k = key([reading.stem, ...rest]);
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
