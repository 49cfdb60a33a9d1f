/**
 * Which part of the world the popup's map shows: the places the article is about, not every
 * place it names in passing. Plain geometry in degrees; no projection here.
 */

/** A place the article mentions, with where it is. */
export interface MapPlace {
  key: string;
  en: string | null;
  ar: string;
  lat: number;
  lon: number;
  mentions: number;
  /** The glossary's kind of place: country, capital, city, region, sea, continent … */
  kind?: string;
  /** ISO 3166-1 alpha-2 of the country the place is in (or is). */
  country?: string;
}

/** A box in degrees, west to east and south to north (no wrap across the antimeridian). */
export interface GeoBounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface MapFrame {
  /** The box the map is fitted to (with the minimum span applied; padding is the drawing's job). */
  bounds: GeoBounds;
  /** The places the frame was built around. */
  focus: MapPlace[];
  /**
   * Places left out of the frame: named in passing, and far from what the article is about.
   * They may still fall inside the map; the drawing decides what is visible.
   */
  outliers: MapPlace[];
  /** Countries whose centroid does not matter: a place inside them is on the map (Russia through Moscow). */
  covered: MapPlace[];
}

/** Continents have coordinates, but a dot says nothing about where in them. */
const TOO_LARGE_FOR_A_DOT: ReadonlySet<string> = new Set(['continent']);

/** A frame never shows less than this, so a single town has a region around it. */
export const MIN_SPAN = { lon: 14, lat: 9 } as const;

/** A place named only in passing joins the frame only if the frame stays this small. */
export const MAX_SPAN_FOR_MINOR = { lon: 60, lat: 40 } as const;

export function isDrawable(p: MapPlace): boolean {
  return (
    Number.isFinite(p.lat) &&
    Number.isFinite(p.lon) &&
    Math.abs(p.lat) <= 90 &&
    Math.abs(p.lon) <= 180 &&
    !TOO_LARGE_FOR_A_DOT.has(p.kind ?? '')
  );
}

function boundsOf(places: readonly MapPlace[]): GeoBounds | null {
  if (places.length === 0) return null;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of places) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  return { west, east, south, north };
}

/** Grows `b` around its centre to at least `min` degrees each way, staying on the globe. */
export function withMinSpan(b: GeoBounds, min: { lon: number; lat: number } = MIN_SPAN): GeoBounds {
  const out = { ...b };
  if (out.east - out.west < min.lon) {
    const c = (out.east + out.west) / 2;
    out.west = c - min.lon / 2;
    out.east = c + min.lon / 2;
  }
  if (out.north - out.south < min.lat) {
    const c = (out.north + out.south) / 2;
    out.south = c - min.lat / 2;
    out.north = c + min.lat / 2;
  }
  // Slide back inside the globe rather than cut: the span is what gives the reader context.
  const shift = (lo: number, hi: number, limit: number) => (lo < -limit ? -limit - lo : hi > limit ? limit - hi : 0);
  const dLon = shift(out.west, out.east, 180);
  const dLat = shift(out.south, out.north, 90);
  return { west: out.west + dLon, east: out.east + dLon, south: out.south + dLat, north: out.north + dLat };
}

function fitsMinorSpan(b: GeoBounds): boolean {
  return b.east - b.west <= MAX_SPAN_FOR_MINOR.lon && b.north - b.south <= MAX_SPAN_FOR_MINOR.lat;
}

/**
 * The frame for an article's places. The article's main places (mentioned at least twice and
 * at least a third as often as the most mentioned) are always in it, however far apart; a place
 * named in passing joins only if the frame stays regional. A country also named through a place
 * inside it does not stretch the frame to its centroid (Russia's is in Siberia). Null when there
 * is no place to show.
 */
export function frameFor(places: readonly MapPlace[]): MapFrame | null {
  const drawable = places.filter(isDrawable);
  if (drawable.length === 0) return null;
  const codesWithin = new Set(drawable.filter((p) => p.kind !== 'country' && p.country).map((p) => p.country as string));
  const covered = drawable.filter((p) => p.kind === 'country' && p.country !== undefined && codesWithin.has(p.country));
  const candidates = drawable
    .filter((p) => !covered.includes(p))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.mentions - a.p.mentions || a.i - b.i)
    .map(({ p }) => p);
  // Only covered countries: their centroids are all there is.
  if (candidates.length === 0) return { bounds: withMinSpan(boundsOf(covered) as GeoBounds), focus: covered, outliers: [], covered: [] };

  const top = (candidates[0] as MapPlace).mentions;
  const isMain = (p: MapPlace) => p.mentions >= 2 && p.mentions * 3 >= top;
  const focus = candidates.filter(isMain);
  if (focus.length === 0) focus.push(candidates[0] as MapPlace);
  const outliers: MapPlace[] = [];
  for (const p of candidates) {
    if (focus.includes(p)) continue;
    const grown = boundsOf([...focus, p]) as GeoBounds;
    if (fitsMinorSpan(grown) || sameBounds(grown, boundsOf(focus) as GeoBounds)) focus.push(p);
    else outliers.push(p);
  }
  return { bounds: withMinSpan(boundsOf(focus) as GeoBounds), focus, outliers, covered };
}

function sameBounds(a: GeoBounds, b: GeoBounds): boolean {
  return a.west === b.west && a.east === b.east && a.south === b.south && a.north === b.north;
}
