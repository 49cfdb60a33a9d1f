/**
 * The highlight colours in the content script's stylesheet leave a page's own text readable on
 * light and dark sites (::highlight cannot see the page's theme, so one set must serve both),
 * and still stand out from the page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor, type Rgba } from '../../../lib/highlight/contrast';

const css = readFileSync(fileURLToPath(new URL('../../../entrypoints/content/highlights.css', import.meta.url)), 'utf8');

function rules(): Map<string, { background: Rgba; color: Rgba | null }> {
  const out = new Map<string, { background: Rgba; color: Rgba | null }>();
  for (const m of css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const body = m[2] as string;
    const bg = /background-color:\s*([^;]+);/.exec(body)?.[1];
    const color = /(?:^|[\s;])color:\s*([^;]+);/.exec(body)?.[1];
    out.set(m[1] as string, { background: parseColor(bg ?? '') as Rgba, color: color ? parseColor(color) : null });
  }
  return out;
}

/** Page background and text colour: light, sepia, and dark news sites. */
const PAGES: Record<string, [string, string]> = {
  white: ['#ffffff', '#1b1b1b'],
  sepia: ['#f6f5f1', '#1b1b1b'],
  dark: ['#15171a', '#e4e4e4'],
  black: ['#000000', '#cccccc'],
  'dark grey': ['#2b2b2b', '#dddddd'],
};

describe('highlights.css', () => {
  const all = rules();

  it('styles every highlight Dalil registers', () => {
    expect([...all.keys()].sort()).toEqual(['dalil-active', 'dalil-organization', 'dalil-person', 'dalil-place']);
    for (const r of all.values()) expect(r.background).not.toBeNull();
  });

  for (const [name, [bg, fg]] of Object.entries(PAGES)) {
    it(`keeps text readable (WCAG AA, 4.5:1) and the names visible on a ${name} page`, () => {
      const page = parseColor(bg) as Rgba;
      const text = parseColor(fg) as Rgba;
      for (const [highlight, r] of all) {
        const painted = over(r.background, page);
        const ink = r.color ?? text;
        expect(contrastRatio(painted, ink), `${highlight} text`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(painted, page), `${highlight} against the page`).toBeGreaterThanOrEqual(1.2);
      }
    });
  }
});
