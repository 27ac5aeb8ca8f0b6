import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marker, paint, palette, paletteDark } from '../../src/charts';

/** WCAG 2.2 relative luminance and contrast ratio (1.4.11 non-text contrast needs >= 3:1). */
const luminance = (hex: string) => {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// The page backgrounds as the site's stylesheet defines them (light :root and the dark media query).
const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const cssVar = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block)![1]!;
const backgrounds = { light: [cssVar(css, 'bg'), cssVar(css, 'surface'), '#ffffff'], dark: [cssVar(dark, 'bg'), cssVar(dark, 'surface')] };

describe('chart colours', () => {
  it('reads both page themes from global.css', () => {
    expect(backgrounds.light[0]).not.toBe(backgrounds.dark[0]);
  });
  for (const [key, colour] of Object.entries(palette))
    it(`${key}: ${colour} has >= 3:1 on the light backgrounds, its dark variant ${paletteDark[key as keyof typeof palette]} on the dark ones`, () => {
      for (const bg of backgrounds.light) expect(contrast(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
      for (const bg of backgrounds.dark) expect(contrast(paletteDark[key as keyof typeof palette], bg), `dark ${key} on ${bg}`).toBeGreaterThanOrEqual(3);
    });

  it('paints marks through currentColor with the colour in `color` and a class the chart file re-colours in a dark colour scheme', () => {
    expect(paint(palette.resection, { fill: true, stroke: true })).toBe('color="#0072B2" class="paint-resection" fill="currentColor" stroke="currentColor"');
    expect(paint(palette.warning, { stroke: true }, 'warning')).toBe('color="#D55E00" class="paint-warning" stroke="currentColor"');
    expect(paint('#123456', { fill: false })).toBe('color="#123456" fill="none"');
    expect(marker(10, 10, 8, { shape: 'circle', colour: palette.comparator, filled: false })).toContain('color="#D55E00" class="paint-comparator" fill="none" stroke="currentColor"');
  });
  // The dark palette of the charts' files (pages show charts only as images of them): forestScale.test.ts, selfColoured.
});
