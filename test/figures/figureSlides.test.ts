import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EXPECTED_ROWS } from './expectedRows';
import pkg from '../../package.json';
import { allFigures } from '../../src/figures/registry';
import { figureFileNames, slideSvgs } from '../../src/components/figure/figureFiles';
import { getEvidence } from '../../src/data/site';
import { figureChart } from '../../src/components/figure/drawFigure';
import { renderedTexts, viewBoxSize } from '../charts/svgTexts';

const ev = getEvidence();
/** Rows of the data a slide holds at most before the figure may take another slide (issue 11: up to 15 rows, one slide). */
const ROWS_PER_SLIDE = 15;

/**
 * How empty a slide's chart area is: the share of it below the lowest inked pixel row. The area runs from the top
 * of the nested chart (under the title) to the top of the first citation line; the slide is rasterised as sharp
 * draws the slide PNGs.
 */
async function emptyShare(slide: string): Promise<number> {
  const top = Number(/<svg x="[\d.]+" y="([\d.]+)"/.exec(slide)![1]);
  const afterChart = slide.slice(slide.lastIndexOf('</svg>', slide.length - 7));
  const footer = [...afterChart.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="([\d.]+)"/g)].map((m) => Number(m[1]) - Number(m[2]));
  const bottom = Math.min(...footer);
  const { data, info } = await sharp(Buffer.from(slide), { density: 72 }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let lowest = top;
  for (let y = Math.ceil(top); y < Math.floor(bottom); y++) {
    for (let x = 0; x < info.width; x++) if (data[y * info.width + x]! < 160) { lowest = y; break; }
  }
  return (bottom - lowest) / (bottom - top);
}

const words = (texts: string[]) => new Set(texts.join(' ').split(/\s+/).filter(Boolean));

describe('figure slides (1920 × 1080)', () => {
  for (const f of allFigures(ev)) {
    const c = { siteTitle: ev.meta.title, version: pkg.version, url: `https://example.org/nelm/figures/${f.slug}/` };
    const slides = slideSvgs(f, c).map((s) => s.svg);

    it(`${f.slug}: every slide is 1920 × 1080 with chart type >= 24 px, title >= 28 px and citation >= 24 px`, () => {
      for (const s of slides) {
        expect(viewBoxSize(s)).toEqual({ width: 1920, height: 1080 });
        const texts = renderedTexts(s);
        // Depth 1: the frame's title (bold, first) and citation lines; deeper: the chart.
        const frame = texts.filter((t) => t.depth === 1);
        expect(frame[0]!.size).toBeGreaterThanOrEqual(28);
        for (const t of frame) expect(t.size, t.text).toBeGreaterThanOrEqual(24);
        // Chart type is 28 px, or 26 or 24 px where that saves a slide (12 pt on a 13.3-inch-wide slide).
        for (const t of texts.filter((x) => x.depth > 1)) expect(t.size, t.text).toBeGreaterThanOrEqual(24);
      }
    });

    it(`${f.slug}: every slide carries the citation: site, version, permalink and each source credited`, () => {
      for (const s of slides) {
        const citation = renderedTexts(s).filter((t) => t.depth === 1).map((t) => t.text).join(' ');
        expect(citation).toContain(`${ev.meta.title}, version ${pkg.version}`);
        expect(citation).toContain(c.url);
        for (const cr of f.credits) expect(citation.replace(/\s+/g, ' ')).toContain(cr.sourceName);
      }
    });

    it(`${f.slug}: the slides together show every word the chart shows (axis tick labels may be thinned)`, () => {
      const tick = (t: { text: string; anchor: string }) => t.anchor === 'middle' && /^[−-]?[\d.,]+%?$/.test(t.text);
      const drawn = words(renderedTexts(figureChart(f, 'wide').svg).filter((t) => !tick(t)).map((t) => t.text));
      const shown = words(slides.flatMap((s) => renderedTexts(s).map((t) => t.text)));
      expect([...drawn].filter((w) => !shown.has(w))).toEqual([]);
    });

    it(`${f.slug}: as many slides as its rows in data/ need (one slide up to ${ROWS_PER_SLIDE} rows)`, () => {
      const rows = EXPECTED_ROWS[f.slug]!;
      expect(slides.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(rows / ROWS_PER_SLIDE)));
    });

    it(`${f.slug}: no slide is more than a quarter empty`, async () => {
      for (const [i, s] of slides.entries()) expect(await emptyShare(s), `slide ${i + 1}`).toBeLessThanOrEqual(0.25);
    });

    it(`${f.slug}: the downloads list one slide file per slide`, () => {
      const names = figureFileNames(f, c).map((x) => x.name).filter((n) => n.includes('-slide'));
      expect(names).toEqual(slides.map((_, i) => `${f.slug}-slide${i ? `-${i + 1}` : ''}.png`));
    });
  }
});
