import { describe, expect, it } from 'vitest';
import { BLACK, contrastRatio, isDarkBackground, over, parseColor, relativeLuminance, WHITE } from '../../../lib/highlight/contrast';

describe('parseColor', () => {
  it('reads what getComputedStyle reports, in both syntaxes, and hex', () => {
    expect(parseColor('rgb(21, 23, 26)')).toEqual({ r: 21, g: 23, b: 26, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(255 128 0 / 0.5)')).toEqual({ r: 255, g: 128, b: 0, a: 0.5 });
    expect(parseColor('#fff')).toEqual(WHITE);
    expect(parseColor('#15171A')).toEqual({ r: 21, g: 23, b: 26, a: 1 });
    expect(parseColor('transparent')?.a).toBe(0);
  });
  it('gives null for what it does not understand', () => {
    expect(parseColor('color(srgb 1 0 0)')).toBeNull();
    expect(parseColor('rgb(1, 2)')).toBeNull();
    expect(parseColor('')).toBeNull();
  });
});

describe('contrast', () => {
  it('follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 5);
  });
  it('composes a translucent colour over the page', () => {
    expect(over({ r: 255, g: 0, b: 0, a: 0.5 }, WHITE)).toEqual({ r: 255, g: 127.5, b: 127.5, a: 1 });
  });
  it('tells a dark background from a light one', () => {
    expect(isDarkBackground(parseColor('rgb(21, 23, 26)')!)).toBe(true);
    expect(isDarkBackground(parseColor('rgb(32, 34, 38)')!)).toBe(true);
    expect(isDarkBackground(parseColor('rgb(246, 245, 241)')!)).toBe(false);
    expect(isDarkBackground(parseColor('rgb(200, 200, 200)')!)).toBe(false);
    // Half-transparent black over the default white canvas is mid-grey: not dark.
    expect(isDarkBackground({ r: 0, g: 0, b: 0, a: 0.3 })).toBe(false);
  });
});
