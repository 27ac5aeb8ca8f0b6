import { describe, expect, it } from 'vitest';
import { forestSlides, type ForestOptions } from '../../src/charts';
import { options, panels, tallPanels } from '../fixtures/charts/forestRows';
import { renderedTexts, viewBoxSize } from './svgTexts';

// The chart area a 1920 × 1080 slide leaves under a two-line title and above a two-line citation.
const box = { width: 1864, height: 800, fontSize: 28 };
const o: ForestOptions = { ...options('wide'), notes: ['Heterogeneity: I² = 0%', 'A second note about the method.'] };
const slides = forestSlides(tallPanels, o, box).map((c) => c.svg);
const textsOf = (svg: string) => renderedTexts(svg).map((t) => t.text);

describe('forestSlides', () => {
  it('needs more than one slide for the tall input and keeps each within the box, at the box width', () => {
    expect(slides.length).toBeGreaterThan(1);
    for (const s of slides) {
      expect(viewBoxSize(s).width).toBe(box.width);
      expect(viewBoxSize(s).height).toBeLessThanOrEqual(box.height);
    }
  });

  it('draws every text at the slide type size or larger (columns are nested at scale 1)', () => {
    for (const s of slides) for (const t of renderedTexts(s)) expect(t.size, t.text).toBeGreaterThanOrEqual(28);
  });

  it('shows every study once, with all its rows on the same slide', () => {
    const headers = tallPanels.flatMap((p) => p.items).filter((item) => item.type === 'header');
    // The fixture's studies: A 2000 to I 2008 in the first panel, "Later study" 1 to 3 in the second.
    expect(headers).toHaveLength(12);
    for (const item of headers) {
      const where = slides.map((s, i) => (textsOf(s).includes(item.label) ? i : -1)).filter((i) => i >= 0);
      expect(where, item.label).toHaveLength(1);
    }
    for (let i = 0; i < 9; i++) {
      const slide = slides.find((s) => textsOf(s).includes(`Study ${String.fromCharCode(65 + i)} ${2000 + i}`))!;
      expect(textsOf(slide).join(' ')).toContain(`Resection arm ${i + 1}`);
      expect(textsOf(slide).join(' ')).toContain(`Comparator arm ${i + 1}`);
    }
  });

  it('puts the banner and legend on every slide, the notes and the pooled diamond (with a study) on the last only', () => {
    slides.forEach((s, i) => {
      const t = textsOf(s).join(' ');
      const last = i === slides.length - 1;
      expect(t).toContain('EXPLORATORY: synthetic data.');
      expect(t).toContain('Resection');
      expect(t.includes('Heterogeneity: I² = 0%'), `slide ${i + 1} notes`).toBe(last);
      expect(t.includes('Random-effects model (REML), k = 12'), `slide ${i + 1} pooled`).toBe(last);
    });
    expect(textsOf(slides.at(-1)!).some((t) => t.startsWith('Later study'))).toBe(true);
  });

  it('names a panel cut by a column or slide break "continued"', () => {
    const all = slides.flatMap(textsOf);
    expect(all.filter((t) => t === 'Five-year panel')).toHaveLength(1);
    expect(all.some((t) => t.startsWith('Five-year panel (continued)'))).toBe(true);
  });

  it('gives every part of the figure the same axis: a tick label sits at the same x in every column of a width', () => {
    const ticks = slides.flatMap((s) =>
      [...s.matchAll(/<svg x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*>(.*?)<\/svg>/g)].flatMap((m) =>
        [...m[3]!.matchAll(/<text x="([\d.]+)" [^>]*text-anchor="middle"[^>]*>50%<\/text>/g)].map((t) => `${m[2]}:${t[1]}`),
      ),
    );
    expect(ticks.length).toBeGreaterThan(1);
    const byWidth = new Map<string, Set<string>>();
    for (const t of ticks) byWidth.set(t.split(':')[0]!, (byWidth.get(t.split(':')[0]!) ?? new Set()).add(t));
    for (const xs of byWidth.values()) expect(xs.size).toBe(1);
  });

  it('keeps a small figure on one slide in one full-width column', () => {
    const one = forestSlides(panels, options('wide'), box).map((c) => c.svg);
    expect(one).toHaveLength(1);
    expect([...one[0]!.matchAll(/<svg x="0" /g)].length).toBeGreaterThanOrEqual(1);
    expect(textsOf(one[0]!).filter((t) => t === 'Study')).toHaveLength(1);
  });

  it('is deterministic', () => expect(forestSlides(tallPanels, o, box).map((c) => c.svg)).toEqual(slides));
});
