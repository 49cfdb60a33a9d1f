import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels } from '../../../lib/map/labels';

const opts = { width: 300, height: 200, fontSize: 10, max: 10, measure: (t: string) => t.length * 6 };

describe('placeLabels', () => {
  it('puts a name to the right of its dot when there is room', () => {
    const [l] = placeLabels([{ key: 'a', x: 50, y: 100, r: 4, text: 'Moscow' }], opts);
    expect(l).toMatchObject({ key: 'a', anchor: 'start', x: 57 });
  });

  it('turns a name to the left at the right edge', () => {
    const [l] = placeLabels([{ key: 'a', x: 290, y: 100, r: 4, text: 'Tbilisi' }], opts);
    expect(l?.anchor).toBe('end');
    expect(l!.box.x + l!.box.w).toBeLessThanOrEqual(300);
  });

  it('never lets two names, or a name and a dot, overlap; the less important name gives way', () => {
    const dots = [
      { key: 'big', x: 100, y: 100, r: 5, text: 'South Ossetia' },
      { key: 'near', x: 104, y: 102, r: 3, text: 'Georgia' },
      { key: 'under', x: 112, y: 112, r: 3, text: 'Tbilisi' },
    ];
    const placed = placeLabels(dots, opts);
    expect(placed[0]?.key).toBe('big');
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const d of dots) expect(overlaps(a.box, { x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r })).toBe(false);
    }
  });

  it('places at most `max` names', () => {
    const dots = Array.from({ length: 8 }, (_, i) => ({ key: `p${i}`, x: 20 + i * 35, y: 30 + (i % 2) * 100, r: 3, text: 'X' }));
    expect(placeLabels(dots, { ...opts, max: 3 })).toHaveLength(3);
  });
});
