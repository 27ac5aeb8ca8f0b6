import { describe, expect, it } from 'vitest';
import { forestPlot, layoutMetrics, narrowBelow, textWidth } from '../../src/charts';
import { options, panels } from '../fixtures/charts/forestRows';
import { expectSvgSnapshot } from './snapshot';

const viewBoxWidth = (svg: string) => Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
const texts = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), attrs: m[3]!, text: m[4]! }));

describe('forestPlot', () => {
  for (const layout of ['wide', 'narrow'] as const) {
    const svg = forestPlot(panels, options(layout)).svg;
    it(`matches its snapshot (${layout})`, () => expectSvgSnapshot(`forest-plot-${layout}`, svg));

    it(`is an accessible image with ids prefixed by the figure (${layout})`, () => {
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain(`aria-labelledby="synthetic-${layout}-title synthetic-${layout}-desc"`);
      expect(svg).toContain(`<title id="synthetic-${layout}-title">Synthetic forest plot</title>`);
      expect(svg).toContain(`<desc id="synthetic-${layout}-desc">`);
      expect(svg).toContain('width="100%"');
      for (const m of svg.matchAll(/\bid="([^"]+)"/g)) expect(m[1]).toMatch(/^synthetic-/);
    });

    it(`is deterministic (${layout})`, () => expect(forestPlot(panels, options(layout)).svg).toBe(svg));
  }

  it('never renders text below 12 px where each layout is shown', () => {
    const narrow = forestPlot(panels, options('narrow')).svg;
    const wide = forestPlot(panels, options('wide')).svg;
    // Narrow at a 360 px rendered width; wide at the narrowest container that shows it.
    expect(Math.min(...fontSizes(narrow)) * (360 / viewBoxWidth(narrow))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...fontSizes(wide)) * (narrowBelow / viewBoxWidth(wide))).toBeGreaterThanOrEqual(12);
  });

  it('keeps every row label left of the plot in the wide layout', () => {
    const svg = forestPlot(panels, options('wide')).svg;
    const fs = layoutMetrics('wide').fontSize;
    const plotLeft = Math.min(...[...svg.matchAll(/<line x1="([\d.]+)" x2="([\d.]+)" y1="([\d.]+)" y2="\3"[^>]*stroke-width="2"/g)].map((m) => Math.min(Number(m[1]), Number(m[2]))));
    const labels = texts(svg).filter((t) => t.x === layoutMetrics('wide').pad && !t.attrs.includes('text-anchor'));
    expect(labels.length).toBeGreaterThan(3);
    // The long label wrapped instead of running into the plot.
    expect(labels.filter((t) => t.text.startsWith('Arm with')).length).toBe(1);
    for (const t of labels.filter((l) => l.y > 100 && !/^(Synthetic panel|EXPLORATORY|I²)/.test(l.text)))
      expect(t.x + textWidth(t.text, fs, t.attrs.includes('bold')), t.text).toBeLessThanOrEqual(plotLeft);
  });

  it('ends CIs that leave the axis in arrowheads and draws "not reached" as an open arrow, never a number', () => {
    const svg = forestPlot(panels, options('wide')).svg;
    // Comparator CI below 0 -> one filled left arrowhead; prediction interval beyond both ends -> two more.
    // Marks carry their colour in `color` and paint with currentColor (so pages can re-colour them for dark mode).
    expect([...svg.matchAll(/<path d="M[^"]+Z" color="#D55E00" class="paint-comparator" fill="currentColor"/g)].length).toBe(1);
    expect([...svg.matchAll(/<path d="M[^"]+Z" color="#009E73" class="paint-pooled" fill="currentColor"/g)].length).toBeGreaterThanOrEqual(3);
    expect(svg).toMatch(/<path d="M[^"Z]+" color="#D55E00" class="paint-comparator" fill="none" stroke="currentColor" stroke-width="2"\/>/);
    // The value column says "not reached"; the arrow's label is drawn only where it does not run over that text.
    expect(svg).toContain('>not reached</text>');
    const label = /<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*font-style="italic"[^>]*>median not reached<\/text>/.exec(svg);
    const value = /<text x="([\d.]+)"[^>]*>not reached<\/text>/.exec(svg)!;
    const fs = layoutMetrics('wide').fontSize;
    if (label) expect(Number(label[1]) - textWidth('median not reached', fs)).toBeGreaterThanOrEqual(Number(value[1]) + textWidth('not reached', fs));
  });
});
