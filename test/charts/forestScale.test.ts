/**
 * Forest plots at any number of rows: heights computed without drawing match what is drawn, slides stop at a
 * limit and say so, a capped plot stays under its height, and the embed file carries its own colours.
 */
import { describe, expect, it } from 'vitest';
import { forestHeights, forestPlot, forestPlotCapped, forestSlides, measureForest, paletteDark, selfColoured, type ForestOptions, type ForestPanel } from '../../src/charts';
import { options, panels, tallPanels } from '../fixtures/charts/forestRows';
import { renderedTexts, viewBoxSize } from './svgTexts';

const textsOf = (svg: string) => renderedTexts(svg).map((t) => t.text);
const heightOf = (svg: string) => viewBoxSize(svg).height;

/** `studies` studies of two arms each with a pooled diamond: what a 1000x evidence base gives a figure. */
function manyStudies(studies: number): ForestPanel[] {
  return [
    {
      title: 'Many studies',
      items: [
        ...Array.from({ length: studies }, (_, i) => [
          { type: 'header' as const, label: `Study ${i + 1}` },
          { type: 'row' as const, label: `Resection (n = ${20 + (i % 50)})`, estimate: 0.6, lower: 0.4, upper: 0.8, valueText: '60 [40, 80]', shape: 'square' as const, colour: '#0072B2', filled: true },
          { type: 'row' as const, label: `Comparator arm ${i + 1} (n = ${30 + (i % 7)})`, estimate: 0.3, lower: 0.1, upper: 0.5, valueText: '30 [10, 50]', shape: 'circle' as const, colour: '#D55E00', filled: false },
        ]).flat(),
        { type: 'pooled' as const, label: `Random-effects model (REML), k = ${studies}`, estimate: 0.45, lower: 0.4, upper: 0.5, valueText: '45 [40, 50]', prediction: { lower: 0.2, upper: 0.7, label: '95% prediction interval', valueText: '[20, 70]' } },
      ],
    },
  ];
}

describe('forestHeights', () => {
  for (const layout of ['wide', 'narrow'] as const)
    it(`adds up to the height forestPlot draws (${layout}: headings, panel titles, rows, axes)`, () => {
      for (const input of [panels, tallPanels]) {
        const o: ForestOptions = { ...options(layout), banner: undefined, legend: undefined, notes: undefined };
        const ms = measureForest(input.flatMap((p) => p.items), o.columns, layout === 'wide' ? 16 : 14);
        const h = forestHeights(o, ms);
        const y = 2 * h.pad + h.headings + input.reduce((sum, p) => sum + h.panel(p.title) + p.items.reduce((s, i) => s + h.item(i), 0), 0);
        expect(heightOf(forestPlot(input, o).svg)).toBe(Math.ceil(y - 1e-9));
      }
    });
});

describe('forestSlides with a limit', () => {
  const box = { width: 1864, height: 800, fontSize: 28 };
  const note = (shown: number, total: number) => `These slides show the first ${shown} of ${total} rows.`;
  const slides = forestSlides(manyStudies(3000), { ...options('wide'), notes: ['A note.'] }, box, { maxSlides: 3, note }).map((c) => c.svg);

  it('stops at the limit, every slide within the box', () => {
    expect(slides).toHaveLength(3);
    for (const s of slides) expect(heightOf(s)).toBeLessThanOrEqual(box.height);
  });

  it('says on the last slide how many rows the slides show, and keeps the pooled estimate and notes there', () => {
    const last = textsOf(slides.at(-1)!).join(' ');
    const shown = slides.flatMap(textsOf).filter((t) => /^Resection \(n|^Comparator arm/.test(t)).length;
    expect(shown).toBeGreaterThan(0);
    expect(last).toContain(`These slides show the first ${shown} of 6000 rows.`);
    expect(last).toContain('Random-effects model (REML), k = 3000');
    expect(last).toContain('A note.');
  });

  it('adds no note when everything fits', () => {
    const all = forestSlides(tallPanels, options('wide'), box, { maxSlides: 10, note }).map((c) => c.svg);
    expect(all.flatMap(textsOf).join(' ')).not.toContain('These slides show');
    expect(all).toEqual(forestSlides(tallPanels, options('wide'), box).map((c) => c.svg));
  });
});

describe('forestPlotCapped', () => {
  const note = (shown: number, total: number) => `Shows the first ${shown} of ${total} rows; the rest are in the CSV.`;

  it('returns the whole plot, unchanged, when it fits', () => {
    const o = options('wide');
    expect(forestPlotCapped(tallPanels, o, 100_000, note).svg).toBe(forestPlot(tallPanels, o).svg);
  });

  it('cuts a tall plot to the height, whole studies first, with the pooled estimate and the note', () => {
    const svg = forestPlotCapped(manyStudies(5000), options('wide'), 4000, note).svg;
    expect(heightOf(svg)).toBeLessThanOrEqual(4000);
    expect(heightOf(svg)).toBeGreaterThan(3500);
    const texts = textsOf(svg);
    const studies = texts.filter((t) => /^Study \d+$/.test(t));
    const rows = texts.filter((t) => /^Resection \(n|^Comparator arm/.test(t)).length;
    expect(rows).toBe(2 * studies.length);
    expect(studies.at(-1)).toBe(`Study ${studies.length}`);
    expect(texts.join(' ')).toContain(`Shows the first ${rows} of 10000 rows; the rest are in the CSV.`);
    expect(texts.join(' ')).toContain('Random-effects model (REML), k = 5000');
  });
});

describe('selfColoured', () => {
  const svg = selfColoured(forestPlot(panels, options('wide')));
  it('has a fixed size from its viewBox, keeps role, title and description', () => {
    const { width, height } = viewBoxSize(svg);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}"[^>]*role="img"`));
    expect(svg).toMatch(/<title id="[^"]+">Synthetic forest plot<\/title><desc id="[^"]+">[^<]+<\/desc><style>/);
  });
  it('carries the dark palette for a dark colour scheme', () => {
    const dark = /@media \(prefers-color-scheme: dark\)\{(.*?)\}<\/style>/.exec(svg)![1]!;
    for (const [key, colour] of Object.entries(paletteDark)) expect(dark).toContain(`.paint-${key}{color:${colour}}`);
  });
});
