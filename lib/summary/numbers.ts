/**
 * Numbers and dates in Arabic news, read into English: "8 آلاف جندي" is 8,000 troops,
 * "ثلاثة ملايين دولار" is $3 million, "10 أكتوبر" is 10 October, "عام 2008" is 2008.
 *
 * Precision first: a number is kept only when the text says what it counts (a unit, a currency,
 * per cent) or what it is (a date, a year after عام or before م/هـ), or when it is in the
 * millions. A bare "24", a phone number, a time or a model number (A4) is left alone.
 */
import { type NormalizedText, normalize, normalizeKey, toOriginalSpan } from '../arabic/normalize';
import { type Token, tokenize } from '../arabic/tokenize';
import {
  FRACTIONS,
  HUNDRED,
  MONTHS,
  type Month,
  NUMBER_WORDS,
  PERCENT_AFTER_FI,
  PERCENT_WORDS,
  RANGE_JOINERS,
  SCALES,
  TEEN_ONE,
  TEN_OF_TEENS,
  UNIT_ADJECTIVES,
  UNITS,
  type Unit,
  VAGUE,
  YEAR_NOUNS,
  YEAR_PREPOSITIONS,
} from './number-words';

export type NumberKind = 'quantity' | 'money' | 'percent' | 'date' | 'year';

export interface NumberItem {
  /** As written in the text (without a leading clitic such as و or ب). */
  text: string;
  /** Offsets into the text: `text === source.slice(start, end)`. */
  start: number;
  end: number;
  /** In English: "8,000 troops", "$3 million", "30%", "10 October 2008", "2008". */
  en: string;
  kind: NumberKind;
}

/** A number read from the tokens: its value and where it ends. */
interface Value {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** Characters of the first token that are a clitic (وثلاثة, بخمسة), not the number. */
  shift: number;
  /** The largest scale word in it (ألف, مليون), or 0. */
  scale: number;
}

interface Match {
  first: number;
  shift: number;
  /** Index of the first token after the match. */
  next: number;
  en: string;
  kind: NumberKind;
}

const CLITICS = ['وب', 'ول', 'و', 'ب', 'ل', 'ف'];
/** Adjectives by the units they go with. */
const AREA = new Set(['square', 'cubic']);
const TEMPERATURE = new Set(['Celsius', 'Fahrenheit']);
const HUNDRED_VALUE: ReadonlyMap<string, number> = new Map([...HUNDRED].map((w) => [w, 100]));
const ERA_WORDS: ReadonlyMap<string, '' | ' AH'> = new Map([
  ...['للهجرة', 'هجرية', 'هجري'].map((w) => [normalizeKey(w), ' AH'] as const),
  ...['ميلادية', 'ميلادي', 'للميلاد'].map((w) => [normalizeKey(w), ''] as const),
]);
const ERA_AD = 'م';
const ERA_AH = 'ه';
const EN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A plain number in English, in millions or billions when it is that large and round. */
function formatValue(value: number): string {
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    const x = value / size;
    if (x >= 1 && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6) return `${EN.format(x)} ${word}`;
  }
  return EN.format(value);
}

/** Digits as written: 10,000 and 1.000.000 (thousands), 3.5 and 1,5 (decimals). */
function parseDigits(s: string): number {
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s.replace(',', '.'));
}

class Reader {
  private readonly words: string[];

  constructor(private readonly tokens: readonly Token[]) {
    this.words = tokens.map((t) => t.text);
  }

  private word(i: number): string {
    return this.words[i] ?? '';
  }

  private isNumber(i: number): boolean {
    return this.tokens[i]?.kind === 'number';
  }

  /** Whether tokens i-1 and i touch, with no space between. */
  private glued(i: number): boolean {
    const a = this.tokens[i - 1];
    const b = this.tokens[i];
    return !!a && !!b && a.end === b.start;
  }

  /**
   * A number token that stands for an amount: not part of a time (10:30), a numeric date
   * (10/10/2008), a phone number (+44), a code or model (A4, F-16) or a web address.
   */
  private plainNumber(i: number): boolean {
    if (!this.isNumber(i)) return false;
    const before = this.glued(i) ? this.tokens[i - 1] : undefined;
    const after = this.glued(i + 1) ? this.tokens[i + 1] : undefined;
    if (before?.kind === 'latin' || after?.kind === 'latin') return false;
    if (before && ['/', ':', '+', '#', '.', '@', '_'].includes(before.text)) return false;
    // 000 (the tail of "55, 000"), 007
    if (/^0\d/.test(this.word(i))) return false;
    // 8ر12: a decimal written with ر for the Arabic decimal sign, digits in an order we cannot trust
    if (before?.text === 'ر' && this.isNumber(i - 2) && this.glued(i - 1)) return false;
    if (after?.text === 'ر' && this.isNumber(i + 2) && this.glued(i + 2)) return false;
    // F-16, but not 20-30
    if (before?.text === '-' && this.glued(i - 1) && this.tokens[i - 2]?.kind === 'latin') return false;
    if (after && ['/', ':'].includes(after.text) && this.isNumber(i + 2) && this.glued(i + 2)) return false;
    // 2008-10-10
    if (after?.text === '-' && this.isNumber(i + 2) && this.glued(i + 2) && this.glued(i + 3) && this.word(i + 3) === '-') return false;
    if (before?.text === '-' && this.isNumber(i - 2) && this.glued(i - 1) && this.glued(i - 2) && this.word(i - 3) === '-') return false;
    return true;
  }

  /** `table`'s entry for token i, as written or after a clitic; with the clitic's length. */
  private lookup<T>(i: number, table: ReadonlyMap<string, T>, clitics: readonly string[] = CLITICS): { value: T; shift: number } | null {
    const w = this.word(i);
    const exact = table.get(w);
    if (exact !== undefined) return { value: exact, shift: 0 };
    for (const c of clitics) {
      if (w.length > c.length + 1 && w.startsWith(c)) {
        const v = table.get(w.slice(c.length));
        if (v !== undefined) return { value: v, shift: c.length };
      }
    }
    return null;
  }

  /** A number at token i: digits, written words, or both (3 ملايين, مليون ونصف). */
  readValue(i: number, clitics: readonly string[] = CLITICS): Value | null {
    let total = 0;
    let current = 0;
    let scale = 0;
    let shift = 0;
    let j = i;
    if (this.isNumber(i)) {
      if (!this.plainNumber(i)) return null;
      current = parseDigits(this.word(i));
      if (!Number.isFinite(current)) return null;
      j = i + 1;
    } else {
      const fraction = this.lookup(i, FRACTIONS, clitics);
      const scaleAfter = fraction ? SCALES.get(this.word(i + 1)) : undefined;
      const small = this.lookup(i, NUMBER_WORDS, clitics);
      const teen = TEEN_ONE.has(this.word(i)) && TEN_OF_TEENS.has(this.word(i + 1));
      const hundred = this.lookup(i, HUNDRED_VALUE, clitics);
      const big = this.lookup(i, SCALES, clitics);
      if (fraction && scaleAfter && !scaleAfter.plural) {
        total = fraction.value * scaleAfter.value;
        scale = scaleAfter.value;
        shift = fraction.shift;
        j = i + 2;
      } else if (teen) {
        current = 11;
        j = i + 2;
      } else if (small) {
        current = small.value;
        shift = small.shift;
        j = i + 1;
      } else if (hundred) {
        current = 100;
        shift = hundred.shift;
        j = i + 1;
      } else if (big && !big.value.plural) {
        total = big.value.value * big.value.times;
        scale = big.value.value;
        shift = big.shift;
        j = i + 1;
      } else return null;
    }
    for (;;) {
      const w = this.word(j);
      const wa = w.startsWith('و') && w.length > 2 ? w.slice(1) : null;
      const sc = SCALES.get(w);
      if (current >= 1 && current <= 9 && Number.isInteger(current) && TEN_OF_TEENS.has(w) && !this.isNumber(j - 1)) {
        current += 10;
      } else if (current >= 1 && current <= 9 && HUNDRED.has(w)) {
        current *= 100;
      } else if (sc && (sc.plural ? this.pluralFits(current, j) : sc.times === 1 && current > 0 && (scale === 0 || sc.value < scale))) {
        total += current * sc.value;
        current = 0;
        scale = Math.max(scale, sc.value);
      } else if (wa && NUMBER_WORDS.has(wa) && this.compounds(current, scale, NUMBER_WORDS.get(wa) as number)) {
        current += NUMBER_WORDS.get(wa) as number;
      } else if (wa && HUNDRED.has(wa) && scale > 0 && current === 0) {
        current = 100;
      } else if (wa && FRACTIONS.has(wa) && scale > 0 && current === 0) {
        // مليون ونصف, خمسة ملايين ونصف مليون
        total += (FRACTIONS.get(wa) as number) * scale;
        j++;
        if (SCALES.get(this.word(j))?.value === scale) j++;
        break;
      } else if (w === 'و' && scale > 0 && current === 0 && this.plainNumber(j + 1)) {
        // مليون و200 ألف
        current = parseDigits(this.word(j + 1));
        j++;
      } else if (w === 'و' && scale > 0 && current === 0 && NUMBER_WORDS.has(this.word(j + 1))) {
        // مليار و ثمانمائة مليون
        current = NUMBER_WORDS.get(this.word(j + 1)) as number;
        j++;
      } else break;
      j++;
    }
    return { value: total + current, next: j, shift, scale };
  }

  /**
   * Whether a plural scale (آلاف, ملايين) multiplies the number before it: in words, only after
   * three to ten (ثلاثة آلاف); in digits writers are freer (405 ملايين).
   */
  private pluralFits(current: number, j: number): boolean {
    if (current < 3) return false;
    return current <= 10 || this.isNumber(j - 1);
  }

  /**
   * Whether "و" + `add` continues the number read so far: خمسة وعشرون (ones, then tens), مئة وخمسة
   * (hundreds, then less), ألف وخمسمئة (a scale, then anything). Not ثلاثة وخمسة: that is a range.
   */
  private compounds(current: number, scale: number, add: number): boolean {
    const rest = current % 100;
    if (current === 0) return scale > 0;
    if (add < 100 && rest === 0) return true;
    return add >= 20 && add < 100 && add % 10 === 0 && rest >= 1 && rest <= 9;
  }

  /** What follows a number: a unit (with its adjective), per cent, or nothing known. */
  private readUnit(j: number, large = false): { unit: Unit | 'percent'; adjective: string | null; next: number } | null {
    const w = this.word(j);
    if (w === '%') return { unit: 'percent', adjective: null, next: j + 1 };
    if (PERCENT_WORDS.has(w)) return { unit: 'percent', adjective: null, next: j + 1 };
    if (w === 'في' && PERCENT_AFTER_FI.has(this.word(j + 1))) return { unit: 'percent', adjective: null, next: j + 2 };
    let at = j;
    let unit = this.unitAt(at, false);
    // 8 آلاف من الجنود (only after thousands: "27 و28 من الشهر" are days of the month)
    if (!unit && w === 'من' && large) {
      at = j + 1;
      unit = this.unitAt(at, true);
    }
    if (!unit) return null;
    // 16 بليونا سنة 1996: سنة before a year is "in the year", not what is counted.
    if (unit.one === 'year' && this.yearNumber(at + 1, 1000, 2100) !== null) return null;
    // كم2, م3: square and cubic written with a digit.
    const power =
      this.glued(at + 1) && (unit.one === 'km' || unit.one === 'metre') ? { '2': 'square', '3': 'cubic' }[this.word(at + 1)] : undefined;
    if (power) return { unit, adjective: power, next: at + 2 };
    // 7.7 درجات على مقياس ريختر: a magnitude, not a temperature.
    const isScale = (k: number) => this.word(k) === 'مقياس' || this.word(k) === 'بمقياس';
    if (unit.one === 'degree' && (isScale(at + 1) || isScale(at + 2))) {
      const scaleAt = isScale(at + 1) ? at + 1 : at + 2;
      if (scaleAt === at + 1 || ['علي', 'بحسب', 'حسب', 'وفق'].includes(this.word(at + 1))) {
        return { unit, adjective: 'Richter', next: this.word(scaleAt + 1) === 'ريختر' ? scaleAt + 2 : scaleAt + 1 };
      }
    }
    const adjective = this.adjectiveAt(at + 1);
    const fits =
      adjective !== null &&
      (unit.money
        ? !AREA.has(adjective) && !TEMPERATURE.has(adjective)
        : unit.one === 'degree'
          ? TEMPERATURE.has(adjective)
          : (unit.one === 'km' || unit.one === 'metre') && AREA.has(adjective));
    return { unit, adjective: fits ? adjective : null, next: fits ? at + 2 : at + 1 };
  }

  private unitAt(j: number, definite: boolean): Unit | null {
    if (this.isNumber(j)) return null;
    let w = this.word(j);
    if (definite) {
      if (!w.startsWith('ال')) return null;
      w = w.slice(2);
    }
    // The accusative after 11 to 99 adds an alef: عشرون جنديا, 30 عاما.
    return UNITS.get(w) ?? (w.endsWith('ا') ? (UNITS.get(w.slice(0, -1)) ?? null) : null);
  }

  private adjectiveAt(j: number): string | null {
    const w = this.word(j);
    return UNIT_ADJECTIVES.get(w) ?? (w.endsWith('ه') ? (UNIT_ADJECTIVES.get(w.slice(0, -1)) ?? null) : null);
  }

  private oneMonthAt(j: number): { month: Month; next: number } | null {
    const two = MONTHS.get(`${this.word(j)}_${this.word(j + 1)}`);
    if (two) return { month: two, next: j + 2 };
    const one = MONTHS.get(this.word(j));
    return one ? { month: one, next: j + 1 } : null;
  }

  /** A month, with its other name when the text gives both: يونيو/حزيران, حزيران (يونيو). */
  private monthAt(j: number): { month: Month; next: number } | null {
    const m = this.oneMonthAt(j);
    if (!m) return null;
    const w = this.word(m.next);
    const close = ({ '(': ')', '"': '"' } as Record<string, string>)[w];
    if (w === '/' || close) {
      const other = this.oneMonthAt(m.next + 1);
      if (other && (w === '/' || this.word(other.next) === close)) return { month: m.month, next: other.next + (close ? 1 : 0) };
    }
    // سبتمبر أيلول 2001: the two names side by side
    const other = this.oneMonthAt(m.next);
    if (other && other.month.en === m.month.en) return { month: m.month, next: other.next };
    return m;
  }

  private yearNumber(j: number, min: number, max: number): number | null {
    if (!this.plainNumber(j) || !/^\d{4}$/.test(this.word(j))) return null;
    const y = Number(this.word(j));
    return y >= min && y <= max ? y : null;
  }

  /** م, هـ or ق.م after a year: what English adds for the era ('' for AD), and the token after it. */
  private era(j: number): { suffix: '' | ' AH' | ' BC'; next: number } | null {
    const w = this.word(j);
    // ق.م, ق م, قبل الميلاد: before Christ
    if (w === 'ق') {
      const k = this.word(j + 1) === '.' ? j + 2 : j + 1;
      if (this.word(k) === ERA_AD) return { suffix: ' BC', next: this.word(k + 1) === '.' && this.glued(k + 1) ? k + 2 : k + 1 };
      return null;
    }
    if (w === 'قبل' && this.word(j + 1) === 'الميلاد') return { suffix: ' BC', next: j + 2 };
    const named = ERA_WORDS.get(w);
    if (named !== undefined) return { suffix: named, next: j + 1 };
    if (w !== ERA_AD && w !== ERA_AH) return null;
    // A single letter, then no letter: "1827م." or "1429 هـ", not the start of a word.
    if (this.glued(j + 1) && this.tokens[j + 1]?.kind === 'arabic') return null;
    return { suffix: w === ERA_AH ? ' AH' : '', next: j + 1 };
  }

  /** A year after a month or in a date: optional "عام", the year, an optional era mark. */
  private yearAfter(j: number): { year: string; next: number } | null {
    let k = j;
    if (this.word(k) === ',') k++;
    if (this.word(k) === 'من' && YEAR_NOUNS.has(this.word(k + 1))) k += 2;
    else if (YEAR_NOUNS.has(this.word(k))) k++;
    if (!this.plainNumber(k) || !/^\d{1,4}$/.test(this.word(k))) return null;
    const y = Number(this.word(k));
    const era = this.era(k + 1);
    // A short year only with its era: 21 رمضان سنة 40 للهجرة.
    if (era ? y < 1 || (era.suffix !== ' BC' && y > 2100) : y < 1000 || y > 2100) return null;
    return { year: `${y}${era?.suffix ?? ''}`, next: era ? era.next : k + 1 };
  }

  /** 10 أكتوبر, 16 ديسمبر عام 1770, 1 محرم 1430 هـ. */
  private date(i: number): Match | null {
    if (!this.plainNumber(i) || !/^\d{1,2}$/.test(this.word(i))) return null;
    const day = Number(this.word(i));
    if (day < 1 || day > 31) return null;
    const at = this.word(i + 1) === 'من' ? i + 2 : i + 1;
    const m = this.monthAt(at);
    if (!m) return null;
    const y = this.yearAfter(m.next);
    const year = y ? ` ${m.month.hijri && !y.year.endsWith('AH') ? `${y.year} AH` : y.year}` : '';
    return { first: i, shift: 0, next: y ? y.next : m.next, en: `${day} ${m.month.en}${year}`, kind: 'date' };
  }

  /** أكتوبر 2008: a month with its year (a month alone is too often something else). */
  private monthYear(i: number): Match | null {
    const m = this.monthAt(i);
    if (!m) return null;
    const y = this.yearAfter(m.next);
    if (!y) return null;
    const year = m.month.hijri && !y.year.endsWith('AH') ? `${y.year} AH` : y.year;
    return { first: i, shift: 0, next: y.next, en: `${m.month.en} ${year}`, kind: 'date' };
  }

  /** عام 2008, منذ 1990, 1827م, 1429 هـ, عام 2560 ق.م, بين عامي 1966 و1972. */
  private year(i: number): Match | null {
    let first = i;
    let shift = 0;
    let at = i;
    const noun = this.lookup(i, YEAR_NOUNS, ['و', 'ل', 'ب']);
    const preposition = !noun && YEAR_PREPOSITIONS.has(this.word(i));
    if (noun) {
      at = i + 1;
      shift = noun.shift;
    } else if (preposition) {
      at = i + 1;
      first = i + 1;
    }
    if (!this.plainNumber(at) || !/^\d{1,4}$/.test(this.word(at))) return null;
    const y = Number(this.word(at));
    let next = at + 1;
    let en = String(y);
    const era = this.era(next);
    if (era) {
      // With an era mark, a year may be short (626 هـ, 63 ق.م) after عام; alone, م could be metres.
      const least = noun ? 1 : era.suffix === '' ? 1000 : 100;
      if (y < least || (era.suffix !== ' BC' && y > 2100)) return null;
      next = era.next;
      en = `${y}${era.suffix}`;
    } else {
      // Without one: after عام any year of the common era, after a preposition a recent one,
      // and never a bare number or a count (في 2000 جندي).
      const least = noun ? 1000 : preposition ? 1900 : Number.POSITIVE_INFINITY;
      if (y < least || y > 2100 || this.readUnit(next)) return null;
    }
    // A range of years: 1966 و1972, 2005 - 2008.
    if (RANGE_JOINERS.has(this.word(next)) && (!era || era.suffix === '')) {
      const y2 = this.yearNumber(next + 1, y + 1, 2100);
      if (y2 !== null) {
        en = `${y}–${y2}`;
        next += 2;
      }
    }
    return { first, shift, next, en, kind: 'year' };
  }

  /** عشرات القتلى, آلاف من اللاجئين, ملايين الدولارات. */
  private vague(i: number): Match | null {
    let how = VAGUE.get(`${this.word(i)}_${this.word(i + 1)}`);
    let j = i + (how ? 2 : 1);
    let shift = 0;
    if (!how) {
      const v = this.lookup(i, VAGUE, ['و']);
      if (!v) return null;
      how = v.value;
      shift = v.shift;
    }
    if (this.word(j) === 'من') j++;
    const unit = this.unitAt(j, true);
    if (!unit) return null;
    return { first: i, shift, next: j + 1, en: `${how} ${unit.many}`, kind: unit.money ? 'money' : 'quantity' };
  }

  /** A number with what it counts: 8 آلاف جندي, ثلاثة ملايين دولار, 30 في المئة, 4 و12 سنة. */
  private amount(i: number): Match | null {
    const a = this.readValue(i);
    if (!a) return null;
    let low: number | null = null;
    let v = a;
    // A range: 4 و12 سنة, 20 - 30 في المئة, بين ثلاثة وخمسة أيام.
    const wa = this.readValue(a.next, ['و']);
    const joined = RANGE_JOINERS.has(this.word(a.next)) ? this.readValue(a.next + 1, []) : wa && wa.shift > 0 ? wa : null;
    if (joined && joined.value > a.value * (joined.scale > a.scale ? joined.scale : 1) && this.readUnit(joined.next, joined.scale >= 1e3)) {
      low = joined.scale > a.scale ? a.value * joined.scale : a.value;
      v = joined;
    }
    const unit = this.readUnit(v.next, v.scale >= 1e3);
    const span = { first: i, shift: a.shift };
    const amount = low === null ? formatValue(v.value) : `${formatValue(low)}–${formatValue(v.value)}`;
    if (v.value === 0 && unit?.unit !== 'percent') return null;
    if (!unit) {
      // Unitless numbers say too little, unless in the millions: 65 مليون.
      if (low !== null || v.scale < 1e6) return null;
      return { ...span, next: v.next, en: amount, kind: 'quantity' };
    }
    if (unit.unit === 'percent') {
      const en = low === null ? `${EN.format(v.value)}%` : `${EN.format(low)}–${EN.format(v.value)}%`;
      return { ...span, next: unit.next, en, kind: 'percent' };
    }
    const u = unit.unit;
    const many = v.value !== 1 || low !== null;
    const noun = many ? u.many : u.one;
    if (u.money) {
      const symbol = unit.adjective === 'sterling' ? '£' : unit.adjective === null || unit.adjective === 'US' ? u.money.symbol : undefined;
      const adjective = unit.adjective && unit.adjective !== 'sterling' ? `${unit.adjective} ` : '';
      const en =
        symbol && low === null
          ? `${symbol}${amount}`
          : `${amount} ${unit.adjective === 'sterling' ? 'pounds sterling' : `${adjective}${noun}`}`;
      return { ...span, next: unit.next, en, kind: 'money' };
    }
    let en = unit.adjective ? `${amount} ${unit.adjective} ${noun}` : `${amount} ${noun}`;
    if (unit.adjective === 'Richter') en = `magnitude ${amount}`;
    else if (unit.adjective === 'Celsius') en = `${amount}°C`;
    else if (unit.adjective === 'Fahrenheit') en = `${amount}°F`;
    return { ...span, next: unit.next, en: en.replace('square km', 'km²'), kind: 'quantity' };
  }

  /** All the numbers and dates, left to right, without overlaps. */
  read(): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      const m = this.date(i) ?? this.year(i) ?? this.monthYear(i) ?? this.vague(i) ?? this.amount(i);
      if (m) {
        out.push(m);
        i = m.next;
      } else i++;
    }
    return out;
  }
}

function item(source: string, norm: NormalizedText, tokens: readonly Token[], m: Match): NumberItem {
  const first = tokens[m.first] as Token;
  const last = tokens[m.next - 1] as Token;
  const [start, spanEnd] = toOriginalSpan(norm, first.start + m.shift, last.end);
  // Keep the marks normalization dropped after the last letter: هـ, ٢٠٠٨مً.
  let end = spanEnd;
  while (end < source.length && /[\u0640\u064B-\u065F\u0670]/.test(source[end] as string)) end++;
  return { text: source.slice(start, end), start, end, en: m.en, kind: m.kind };
}

/** The numbers and dates in `text`, in reading order, with their English. */
export function readNumbers(text: string): NumberItem[] {
  const norm = normalize(text);
  // Arabic decimal and thousands separators read as . and , (one character each: offsets hold).
  const folded = norm.text.replace(/[\u066B\u066C]/g, (c) => (c === '\u066B' ? '.' : ','));
  const tokens = tokenize(folded);
  return new Reader(tokens).read().map((m) => item(text, norm, tokens, m));
}
