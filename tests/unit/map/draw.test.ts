import { describe, expect, it } from 'vitest';
import { dotRadius, drawMap } from '../../../lib/map/draw';
import type { MapPlace } from '../../../lib/map/frame';
import { drawWorldMap, worldLand } from '../../../lib/map/world';

const place = (key: string, en: string, lat: number, lon: number, mentions: number, extra: Partial<MapPlace> = {}): MapPlace => ({
  key,
  en,
  ar: key,
  lat,
  lon,
  mentions,
  ...extra,
});

const SEED_PLACES: MapPlace[] = [
  place('gn:524901', 'Moscow', 55.7522, 37.6156, 7, { kind: 'capital', country: 'RU' }),
  place('south-ossetia', 'South Ossetia', 42.35, 44, 6, { kind: 'disputed', country: 'GE' }),
  place('abkhazia', 'Abkhazia', 43, 41, 6, { kind: 'disputed', country: 'GE' }),
  place('iso:RU', 'Russia', 61.5, 98, 5, { kind: 'country', country: 'RU' }),
  place('iso:GE', 'Georgia', 42.3, 43.4, 4, { kind: 'country', country: 'GE' }),
  place('caucasus', 'Caucasus', 42.5, 44.5, 4, { kind: 'region' }),
  place('iso:NI', 'Nicaragua', 12.9, -85.2, 1, { kind: 'country', country: 'NI' }),
  place('gn:611717', 'Tbilisi', 41.6941, 44.8337, 1, { kind: 'capital', country: 'GE' }),
  place('black-sea', 'Black Sea', 43.4, 34, 1, { kind: 'sea' }),
  place('europe', 'Europe', 50, 15, 1, { kind: 'continent' }),
];

/** Every coordinate pair in an SVG path string. */
function points(d: string): Array<[number, number]> {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('drawWorldMap', () => {
  const drawing = drawWorldMap(SEED_PLACES, { width: 372 });

  it('draws the land of the region, clipped to the map', () => {
    expect(drawing).not.toBeNull();
    const { land, width, height } = drawing!;
    expect(land.startsWith('M')).toBe(true);
    const pts = points(land);
    expect(pts.length).toBeGreaterThan(100);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(-0.1);
      expect(x).toBeLessThanOrEqual(width + 0.1);
      expect(y).toBeGreaterThanOrEqual(-0.1);
      expect(y).toBeLessThanOrEqual(height + 0.1);
    }
    expect(height).toBeGreaterThanOrEqual(140);
    expect(height).toBeLessThanOrEqual(210);
  });

  it('puts a dot on every place of the story, inside the map, and says what is off it', () => {
    const { dots, offMap, width, height } = drawing!;
    const keys = dots.map((d) => d.place.key).sort();
    expect(keys).toEqual(['abkhazia', 'black-sea', 'caucasus', 'gn:524901', 'gn:611717', 'iso:GE', 'south-ossetia'].sort());
    for (const d of dots) {
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x).toBeLessThanOrEqual(width);
      expect(d.y).toBeGreaterThanOrEqual(0);
      expect(d.y).toBeLessThanOrEqual(height);
    }
    // Nicaragua is off the map; Russia is there through Moscow; a continent is never a dot.
    expect(offMap.map((p) => p.en)).toEqual(['Nicaragua']);
    // The most mentioned is drawn last (on top).
    expect(dots.at(-1)?.place.en).toBe('Moscow');
  });

  it('keeps geography: Moscow is north of Tbilisi, the Black Sea west of the Caucasus', () => {
    const at = (key: string) => drawing!.dots.find((d) => d.place.key === key)!;
    expect(at('gn:524901').y).toBeLessThan(at('gn:611717').y);
    expect(at('black-sea').x).toBeLessThan(at('caucasus').x);
  });

  it('labels the most mentioned place, in the language asked for', () => {
    expect(drawing!.labels[0]?.text).toBe('Moscow');
    const arabic = drawWorldMap(SEED_PLACES, { width: 372, labelOf: (p) => `ar:${p.key}` })!;
    expect(arabic.labels[0]?.text).toBe('ar:gn:524901');
  });

  it('zooms in around a single place', () => {
    const one = drawWorldMap([place('gn:611717', 'Tbilisi', 41.6941, 44.8337, 2)], { width: 372 })!;
    expect(one.dots).toHaveLength(1);
    const [dot] = one.dots;
    // Centred, and the view is regional: a degree of longitude is many pixels.
    expect(Math.abs(dot!.x - 186)).toBeLessThan(5);
    const wider = drawWorldMap([place('a', 'A', 41.7, 44.8, 2), place('b', 'B', 41.7, 45.8, 2)], { width: 372 })!;
    const [a, b] = wider.dots.sort((p, q) => p.x - q.x);
    expect(b!.x - a!.x).toBeGreaterThan(15);
  });

  it('is null when no place can be drawn', () => {
    expect(drawWorldMap([], { width: 372 })).toBeNull();
    expect(drawMap(worldLand(), [place('europe', 'Europe', 50, 15, 3, { kind: 'continent' })], { width: 372 })).toBeNull();
  });
});

describe('dotRadius', () => {
  it('grows with mentions, within bounds', () => {
    expect(dotRadius(1)).toBe(3.5);
    expect(dotRadius(9)).toBe(5.5);
    expect(dotRadius(1000)).toBe(7);
    expect(dotRadius(0)).toBe(3.5);
  });
});
