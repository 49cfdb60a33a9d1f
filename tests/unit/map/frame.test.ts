import { describe, expect, it } from 'vitest';
import { frameFor, type MapPlace, MIN_SPAN, withMinSpan } from '../../../lib/map/frame';

const place = (key: string, lat: number, lon: number, mentions: number, extra: Partial<MapPlace> = {}): MapPlace => ({
  key,
  en: key,
  ar: key,
  lat,
  lon,
  mentions,
  ...extra,
});

// The seed article's places, as the glossary places them.
const moscow = place('moscow', 55.75, 37.62, 7, { kind: 'capital', country: 'RU' });
const ossetia = place('south-ossetia', 42.35, 44, 6, { kind: 'disputed', country: 'GE' });
const abkhazia = place('abkhazia', 43, 41, 6, { kind: 'disputed', country: 'GE' });
const russia = place('russia', 61.5, 98, 5, { kind: 'country', country: 'RU' });
const georgia = place('georgia', 42.3, 43.4, 4, { kind: 'country', country: 'GE' });
const nicaragua = place('nicaragua', 12.9, -85.2, 1, { kind: 'country', country: 'NI' });
const tbilisi = place('tbilisi', 41.69, 44.83, 1, { kind: 'capital', country: 'GE' });
const europe = place('europe', 50, 15, 1, { kind: 'continent' });

describe('frameFor', () => {
  it('frames what the article is about, not what it names in passing', () => {
    const frame = frameFor([moscow, ossetia, abkhazia, russia, georgia, nicaragua, tbilisi, europe]);
    expect(frame).not.toBeNull();
    const { bounds, focus, outliers, covered } = frame!;
    expect(focus.map((p) => p.key)).toEqual(['moscow', 'south-ossetia', 'abkhazia', 'tbilisi']);
    // Nicaragua, said once and half a world away, does not turn the map into a world map.
    expect(outliers.map((p) => p.key)).toEqual(['nicaragua']);
    // Russia and Georgia are on the map through Moscow and Tbilisi: Russia's Siberian centroid does not stretch it.
    expect(covered.map((p) => p.key)).toEqual(['russia', 'georgia']);
    expect(bounds.east).toBeLessThan(50);
    expect(bounds.west).toBeGreaterThan(30);
    expect(bounds.north).toBeCloseTo(55.75);
  });

  it('keeps every main place, however far apart: two capitals of a story make a world map', () => {
    const washington = place('washington', 38.9, -77, 5, { kind: 'capital', country: 'US' });
    const tehran = place('tehran', 35.7, 51.4, 6, { kind: 'capital', country: 'IR' });
    const frame = frameFor([tehran, washington])!;
    expect(frame.focus.map((p) => p.key)).toEqual(['tehran', 'washington']);
    expect(frame.bounds.east - frame.bounds.west).toBeGreaterThan(120);
  });

  it('gives a single place a region around it', () => {
    const frame = frameFor([tbilisi])!;
    expect(frame.bounds.east - frame.bounds.west).toBeCloseTo(MIN_SPAN.lon);
    expect(frame.bounds.north - frame.bounds.south).toBeCloseTo(MIN_SPAN.lat);
    expect((frame.bounds.east + frame.bounds.west) / 2).toBeCloseTo(tbilisi.lon);
  });

  it('draws no continent as a dot, and has no frame when nothing has a place', () => {
    expect(frameFor([europe])).toBeNull();
    expect(frameFor([])).toBeNull();
    expect(frameFor([place('nowhere', Number.NaN, 10, 3)])).toBeNull();
  });

  it('frames countries by their centroids when they are all there is', () => {
    const frame = frameFor([russia, georgia])!;
    expect(frame.focus.map((p) => p.key)).toEqual(['russia', 'georgia']);
    expect(frame.bounds.east).toBeGreaterThanOrEqual(98);
  });
});

describe('withMinSpan', () => {
  it('slides a box at the edge of the world back inside rather than cutting it', () => {
    const b = withMinSpan({ west: 179, east: 179, south: 89, north: 89 });
    expect(b.east).toBe(180);
    expect(b.west).toBe(180 - MIN_SPAN.lon);
    expect(b.north).toBe(90);
    expect(b.south).toBe(90 - MIN_SPAN.lat);
  });
  it('leaves a large enough box alone', () => {
    const b = { west: 10, east: 40, south: 20, north: 50 };
    expect(withMinSpan(b)).toEqual(b);
  });
});
