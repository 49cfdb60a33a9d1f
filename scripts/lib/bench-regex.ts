/**
 * The baseline the benchmark measures Dalil against: what most page highlighters do, written as
 * well as we can. ONE alternation RegExp over every name (normalized, escaped, longest first so
 * the longest name wins at a position), with the same proclitics as the gazetteer (و ف, then ب ل
 * ك, and ل + ال → لل), Arabic word boundaries emulated by lookarounds, compiled once, run over
 * the text normalized the way Dalil normalizes it, so both matchers see the same input.
 */
import { normalize, normalizeKey, toOriginalSpan } from '../../lib/arabic/normalize';

/**
 * A letter of an Arabic word, as the tokenizer reads one (lib/arabic/tokenize.ts): a name must
 * not start right after one, nor end right before one.
 */
const ARABIC_LETTER = '[\\u0621-\\u063F\\u0641-\\u064A\\u0671-\\u06D3\\u0750-\\u077F\\u08A0-\\u08C9]';

export interface AlternationMatcher {
  readonly regex: RegExp;
  /** Distinct normalized names in the alternation, and their ل + ال contractions. */
  readonly names: number;
  readonly contractions: number;
  /** Length of the pattern's source, in characters. */
  readonly sourceLength: number;
}

/**
 * Names stay plain strings (atoms) in the alternation: V8 then sorts and merges them by their
 * first characters into a trie of its own, which a character class between words (\s) would stop.
 */
function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function longestFirst(names: Iterable<string>): string[] {
  return [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Builds the one RegExp over `forms` (Arabic name forms as written in the glossary).
 *
 * `salt` makes the pattern's source unique (an alternative no text contains) so that V8's RegExp
 * cache, keyed by source, cannot hand back code compiled by an earlier build: every build pays
 * its own compilation, as a page that builds the expression once would.
 */
export function buildAlternationMatcher(forms: Iterable<string>, salt = ''): AlternationMatcher {
  const names = longestFirst([...forms].map(normalizeKey).filter((n) => n.length >= 2));
  // ل + ال → لل: after the preposition ل, a name's article loses its alef (للقاهرة).
  const contracted = names.filter((n) => n.startsWith('ال') && n.length > 3).map((n) => n.slice(1));
  const never = salt ? `|\\uFFFE${salt}` : '';
  // Proclitics are lazy: the bare word first, then ب ل ك, then و ف, then both, as the gazetteer
  // tries its readings; within one reading the longest name comes first.
  const source =
    `(?<!${ARABIC_LETTER})` +
    `(?:[وف]??[بلك]??(${names.map(escapeName).join('|')}${never})` +
    `|[وف]??ل(${longestFirst(contracted).map(escapeName).join('|')}))` +
    `(?!${ARABIC_LETTER})`;
  return { regex: new RegExp(source, 'g'), names: names.length, contractions: contracted.length, sourceLength: source.length };
}

/**
 * One pass over `text`: normalize, run the expression, map each name (without its clitics) back to
 * the original text. Returns the spans flat: [start0, end0, start1, end1, …].
 */
export function alternationSpans(matcher: AlternationMatcher, text: string): number[] {
  const norm = normalize(text);
  // Every space between two words becomes ' ', as the names in the expression are written (the
  // gazetteer takes any one space); the length stays, so offsets still map back.
  const input = norm.text.replace(/[\t\n\r\f\v]/g, ' ');
  const { regex } = matcher;
  const spans: number[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(input); m !== null; m = regex.exec(input)) {
    const end = regex.lastIndex;
    const name = (m[1] ?? m[2]) as string;
    const [s, e] = toOriginalSpan(norm, end - name.length, end);
    spans.push(s, e);
  }
  return spans;
}
