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
  const push = (prefix: string, stem: string, prefixLength: number) => {
    if (stem.length >= MIN_STEM) readings.push({ stem, prefixLength, prefix });
  };
  const heads: string[] = [''];
  for (const c of CONJUNCTIONS) if (word.startsWith(c)) heads.push(c);
  for (const head of heads) {
    const rest = word.slice(head.length);
    if (head) push(head, rest, head.length);
    for (const p of PREPOSITIONS) {
      if (!rest.startsWith(p)) continue;
      const afterP = rest.slice(1);
      push(head + p, afterP, head.length + 1);
      // ل + ال → لل: the stem's article lost its alef.
      if (p === 'ل' && afterP.startsWith('ل')) push(`${head}ل`, `ا${afterP}`, head.length + 1);
    }
  }
  return readings;
}

/** The definite article forms a stem may start with. */
export function stripArticle(stem: string): string | null {
  return stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : null;
}
