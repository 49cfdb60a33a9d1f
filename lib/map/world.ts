/**
 * The map with its land: Natural Earth's 1:110m land (world-atlas, public domain), bundled, so the
 * map draws offline. The popup loads this module on demand: the land data stays out of the
 * popup's first script.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landTopology from 'world-atlas/land-110m.json';
import { type DrawOptions, drawMap, type MapDrawing } from './draw';
import type { MapPlace } from './frame';

type LandTopology = Topology<{ land: GeometryCollection }>;

let land: GeoJSON.FeatureCollection | null = null;

/** The world's land as GeoJSON, decoded once. */
export function worldLand(): GeoJSON.FeatureCollection {
  const topology = landTopology as unknown as LandTopology;
  land ??= feature(topology, topology.objects.land);
  return land;
}

export function drawWorldMap(places: readonly MapPlace[], options: DrawOptions): MapDrawing | null {
  return drawMap(worldLand(), places, options);
}
