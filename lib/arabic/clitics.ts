/**
 * Proclitics that glue to names in Arabic news: وأبخازيا، بأوسيتيا، للافروف، وبالقاهرة، فالرئيس.
 *
 * We never stem. `procliticReadings` lists the ways a word could split into clitics + stem; the
 * caller keeps a reading only when the stem is a known name (lookup-driven) or fits a rule.
 * A stemmer would turn بوتين into وتين; a lookup cannot.
 */

export interface CliticReading {
  /** The stem to look up (normalized). */
  readonly stem: string;
  /** How many characters of the word (from its start) are clitics, not part of the name. */
  readonly prefixLength: number;
  /** The clitics, for display and for rules (e.g. "و", "ب", "ول"). */
  readonly prefix: string;
}

const CONJUNCTIONS = ['و', 'ف'] as const;

/** Whether a reading's clitics are "and" alone (و or ف), no preposition. */
export function isConjunctionOnly(prefix: string): boolean {
  return prefix === 'و' || prefix === 'ف';
}
const PREPOSITIONS = ['ب', 'ل', 'ك'] as const;
/** The shortest stem we accept after stripping (two letters keeps names like ري out of reach). */
const MIN_STEM = 2;

/**
 * All readings of a normalized word, the bare word first, then shorter clitic prefixes before
 * longer ones. Includes the ل + ال contraction (للقوقاز = ل + القوقاز).
 */
export function procliticReadings(word: string): readonly CliticReading[] {
  // A word that starts with no clitic letter has only its bare reading: no lookup needed.
  if (!CLITIC_INITIAL[word.charCodeAt(0)]) return [{ stem: word, prefixLength: 0, prefix: '' }];
  let cached = cache.get(word);
  if (!cached) {
    cached = computeReadings(word);
    // A bounded cache: news vocabulary repeats, and the readings of a word never change.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, cached);
  }
  return cached;
}

/** Whether a word starting with this unit can carry a clitic (و ف ب ل ك); indexed by UTF-16 unit. */
const CLITIC_INITIAL: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (const c of [...CONJUNCTIONS, ...PREPOSITIONS]) t[c.charCodeAt(0)] = 1;
  return t;
})();

const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly CliticReading[]>();

/** Forgets the remembered readings (for benchmarks that time a first use; results never change). */
export function clearProcliticCache(): void {
  cache.clear();
}

function computeReadings(word: string): readonly CliticReading[] {
  const readings: CliticReading[] = [{ stem: word, prefixLength: 0, prefix: '' }];
  addPrepositions(readings, word, 0);
  // A conjunction first (و، ف), then again with a preposition after it (وب، فل …).
  const c = word.charCodeAt(0);
  if (c === WAW || c === FA) {
    if (word.length - 1 >= MIN_STEM) readings.push({ stem: word.slice(1), prefixLength: 1, prefix: word.slice(0, 1) });
    addPrepositions(readings, word, 1);
  }
  return readings;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/** The readings of a preposition (ب ل ك) at `at`, after `at` letters of conjunction; ل + ال → لل too. */
function addPrepositions(readings: CliticReading[], word: string, at: number): void {
  const p = word.charCodeAt(at);
  if (p !== BA && p !== LAM && p !== KAF) return;
  const prefixLength = at + 1;
  const prefix = word.slice(0, prefixLength);
  if (word.length - prefixLength >= MIN_STEM) readings.push({ stem: word.slice(prefixLength), prefixLength, prefix });
  // ل + ال → لل: the stem's article lost its alef.
  if (p === LAM && word.charCodeAt(prefixLength) === LAM) {
    const stem = `ا${word.slice(prefixLength)}`;
    if (stem.length >= MIN_STEM) readings.push({ stem, prefixLength, prefix });
  }
}

/** The definite article forms a stem may start with. */
export function stripArticle(stem: string): string | null {
  return stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : null;
}
