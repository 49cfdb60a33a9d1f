/**
 * Where the article's places are, for the map. The digest names the places; their coordinates
 * are in the glossary. A digest item may carry them itself (`coords`, `placeKind`, `country`);
 * otherwise we ask the background for the entry, one `lookup` per place, all at once.
 */
import type { GlossaryEntry } from '../../lib/glossary/types';
import type { MapPlace } from '../../lib/map/frame';
import type { DigestItem } from '../../lib/summary/digest';

/** What a digest item may carry about its place, when the background adds it. */
interface PlaceFields {
  coords?: unknown;
  placeKind?: unknown;
  country?: unknown;
}

function isLatLon(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length === 2 && x.every((n) => typeof n === 'number' && Number.isFinite(n));
}

function toPlace(item: DigestItem, coords: [number, number], kind: unknown, country: unknown): MapPlace {
  return {
    key: item.key,
    en: item.en,
    ar: item.ar,
    lat: coords[0],
    lon: coords[1],
    mentions: item.mentions,
    kind: typeof kind === 'string' ? kind : undefined,
    country: typeof country === 'string' ? country : undefined,
  };
}

/** The places with known coordinates, in the digest's order. A failed lookup just leaves that place off the map. */
export async function placesOnMap(
  items: readonly DigestItem[],
  lookup: (id: string) => Promise<GlossaryEntry | null>,
): Promise<MapPlace[]> {
  const found = await Promise.all(
    items.map(async (item): Promise<MapPlace | null> => {
      const own = item as DigestItem & PlaceFields;
      if (isLatLon(own.coords)) return toPlace(item, own.coords, own.placeKind, own.country);
      if (!item.id) return null;
      const entry = await lookup(item.id).catch(() => null);
      return entry && isLatLon(entry.coords) ? toPlace(item, entry.coords, entry.placeKind, entry.country) : null;
    }),
  );
  return found.filter((p): p is MapPlace => p !== null);
}
