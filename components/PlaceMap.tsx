/**
 * A small map of the article's places, drawn offline: the bundled Natural Earth land, projected
 * by d3-geo into path strings that become SVG elements (never markup). The land data and the
 * projection code load on demand, so the rest of the popup shows without waiting for them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLang } from '../lib/i18n';
import type { MapPlace } from '../lib/map/frame';

type WorldModule = typeof import('../lib/map/world');

let loading: Promise<WorldModule> | null = null;
const loadWorld = () => {
  loading ??= import('../lib/map/world');
  return loading;
};

export interface PlaceMapProps {
  places: readonly MapPlace[];
  lang: UiLang;
  width: number;
  /** What the map is, for screen readers. */
  title: string;
  /** "Not on this map: …" */
  offMapLabel: (names: string) => string;
}

export function PlaceMap({ places, lang, width, title, offMapLabel }: PlaceMapProps) {
  const [world, setWorld] = useState<WorldModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadWorld().then(
      (m) => live && setWorld(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const nameOf = (p: MapPlace) => (lang === 'ar' ? p.ar : (p.en ?? p.ar));
  const drawing = useMemo(() => world?.drawWorldMap(places, { width, labelOf: nameOf }) ?? null, [world, places, width, lang]);

  if (failed || places.length === 0) return null;
  if (!world) return <div class="place-map pending" style={{ height: '150px' }} aria-hidden="true" />;
  if (!drawing) return null;
  const { height } = drawing;
  return (
    <figure class="place-map" data-testid="place-map">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        // Label anchors are computed left to right; the names themselves still read in their own direction.
        direction="ltr"
      >
        <rect class="sea" width={width} height={height} />
        <path class="graticule" d={drawing.graticule} />
        <path class="land" d={drawing.land} data-testid="map-land" />
        {drawing.dots.map((d) => (
          <circle key={d.place.key} class="dot" data-key={d.place.key} cx={d.x} cy={d.y} r={d.r}>
            <title>{nameOf(d.place)}</title>
          </circle>
        ))}
        {drawing.labels.map((l) => (
          <text key={l.key} class="label" x={l.x} y={l.y} text-anchor={l.anchor} lang={lang}>
            {l.text}
          </text>
        ))}
      </svg>
      {drawing.offMap.length > 0 && (
        <figcaption class="muted" data-testid="off-map">
          {offMapLabel(drawing.offMap.map(nameOf).join(lang === 'ar' ? '، ' : ', '))}
        </figcaption>
      )}
    </figure>
  );
}
