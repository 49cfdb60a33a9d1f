/**
 * The popup's map as data: SVG path strings for the land and the graticule, and where each
 * place's dot and name go. d3-geo does the projecting; the view turns this into elements
 * (never markup). Runs in Node for the tests.
 */
import { type GeoPermissibleObjects, type GeoProjection, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { frameFor, type GeoBounds, isDrawable, type MapPlace } from './frame';
import { type PlacedLabel, placeLabels } from './labels';

export interface MapDot {
  place: MapPlace;
  x: number;
  y: number;
  r: number;
}

export interface MapDrawing {
  width: number;
  height: number;
  /** The land, clipped to the view: one path's `d`. */
  land: string;
  /** Lines every 10°, clipped to the view. */
  graticule: string;
  /** Most mentioned last, so they are drawn on top. */
  dots: MapDot[];
  labels: PlacedLabel[];
  /** Places with coordinates that the map does not show (far from what the article is about). */
  offMap: MapPlace[];
}

export interface DrawOptions {
  width: number;
  minHeight?: number;
  maxHeight?: number;
  /** Space kept free around the framed places, in pixels. */
  padding?: number;
  /** The name shown beside a dot. */
  labelOf?: (p: MapPlace) => string;
  /** At most this many names on the map. */
  maxLabels?: number;
  fontSize?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The box as points along its edges: enough for fitExtent to see its curved outline. */
function outline(b: GeoBounds): GeoPermissibleObjects {
  const coordinates: Array<[number, number]> = [];
  const steps = 4;
  for (let i = 0; i <= steps; i++) {
    const lon = b.west + ((b.east - b.west) * i) / steps;
    const lat = b.south + ((b.north - b.south) * i) / steps;
    coordinates.push([lon, b.south], [lon, b.north], [b.west, lat], [b.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** Dot radius grows with mentions, gently: 1 → 3.5 px, 9 → 6.5 px. */
export function dotRadius(mentions: number): number {
  return round1(Math.min(7, 2.5 + Math.sqrt(Math.max(1, mentions))));
}

/**
 * Draws `places` on `land` (GeoJSON), fitted to the frame of the article's main places. A Natural
 * Earth projection turned to the frame's centre keeps regional shapes honest and still works
 * when the frame is the whole world. Null when no place has coordinates to show.
 */
export function drawMap(land: GeoPermissibleObjects, places: readonly MapPlace[], options: DrawOptions): MapDrawing | null {
  const frame = frameFor(places);
  if (!frame) return null;
  const { width, minHeight = 140, maxHeight = 210, padding = 14, maxLabels = 6, fontSize = 11 } = options;
  const labelOf = options.labelOf ?? ((p: MapPlace) => p.en ?? p.ar);
  const { bounds } = frame;
  const centreLon = (bounds.west + bounds.east) / 2;
  const target = outline(bounds);

  // Height from the frame's shape: fit the width first, then take the height it needs.
  const projection: GeoProjection = geoNaturalEarth1().rotate([-centreLon, 0]);
  projection.fitWidth(width - 2 * padding, target);
  const [[, y0], [, y1]] = geoPath(projection).bounds(target);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, y1 - y0 + 2 * padding)));
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    target,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);

  const inView = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
  const covered = new Set(frame.covered.map((p) => p.key));
  const dots: MapDot[] = [];
  const offMap: MapPlace[] = [];
  for (const place of places) {
    if (!isDrawable(place)) continue;
    const xy = projection([place.lon, place.lat]);
    if (xy && inView(xy[0], xy[1])) dots.push({ place, x: round1(xy[0]), y: round1(xy[1]), r: dotRadius(place.mentions) });
    // A country shown through a place inside it is not missing from the map.
    else if (!covered.has(place.key)) offMap.push(place);
  }
  const byImportance = [...dots].sort((a, b) => b.place.mentions - a.place.mentions);
  const labels = placeLabels(
    byImportance.map((d) => ({ key: d.place.key, x: d.x, y: d.y, r: d.r, text: labelOf(d.place) })),
    { width, height, fontSize, max: maxLabels },
  );
  return {
    width,
    height,
    land: path(land) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    dots: byImportance.reverse(),
    labels,
    offMap,
  };
}
