/**
 * Names beside the map's dots, placed so that none covers another name or another dot. The most
 * important places are placed first; a name that fits nowhere is left out (its dot has a tooltip,
 * and the list below the map names every place).
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelledDot {
  key: string;
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Where the text is anchored (SVG x, y of the baseline) and how (left-to-right drawing). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** At most this many names. */
  max: number;
  /** The drawn width of a text; an estimate from its length will do. */
  measure?: (text: string) => number;
}

/** Average advance of a character of a UI font at size 1: Latin and Arabic are close enough. */
const CHAR_WIDTH = 0.56;
const GAP = 3;
const MARGIN = 2;

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function dotBox(d: LabelledDot): Box {
  return { x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r };
}

/** Places names for `dots`, taken in the order given (most important first). */
export function placeLabels(dots: readonly LabelledDot[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, max } = options;
  const measure = options.measure ?? ((t: string) => t.length * fontSize * CHAR_WIDTH);
  // Every dot, and every name placed so far (a name sits clear of its own dot by construction).
  const taken: Box[] = dots.map(dotBox);
  const placed: PlacedLabel[] = [];
  for (const d of dots) {
    if (placed.length >= max) break;
    const w = measure(d.text);
    const h = fontSize;
    // Baseline sits a little under the centre line, so the text looks centred on the dot.
    const midBaseline = d.y + h * 0.35;
    const candidates: Array<Omit<PlacedLabel, 'key' | 'text'>> = [
      { x: d.x + d.r + GAP, y: midBaseline, anchor: 'start', box: { x: d.x + d.r + GAP, y: d.y - h / 2, w, h } },
      { x: d.x - d.r - GAP, y: midBaseline, anchor: 'end', box: { x: d.x - d.r - GAP - w, y: d.y - h / 2, w, h } },
      { x: d.x, y: d.y - d.r - GAP, anchor: 'middle', box: { x: d.x - w / 2, y: d.y - d.r - GAP - h * 0.85, w, h } },
      { x: d.x, y: d.y + d.r + GAP + h * 0.8, anchor: 'middle', box: { x: d.x - w / 2, y: d.y + d.r + GAP, w, h } },
    ];
    const fit = candidates.find(
      (c) =>
        c.box.x >= MARGIN &&
        c.box.y >= MARGIN &&
        c.box.x + c.box.w <= width - MARGIN &&
        c.box.y + c.box.h <= height - MARGIN &&
        !taken.some((t) => overlaps(t, c.box)),
    );
    if (!fit) continue;
    taken.push(fit.box);
    placed.push({ key: d.key, text: d.text, ...fit });
  }
  return placed;
}
