import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { allFigures } from '../../src/figures/registry';
import { figureFileNames, slideSvgs } from '../../src/components/figure/figureFiles';
import { getEvidence } from '../../src/data/site';
import { figureChart } from '../../src/components/figure/drawFigure';
import { renderedTexts, viewBoxSize } from '../charts/svgTexts';

const ev = getEvidence();
const words = (texts: string[]) => new Set(texts.join(' ').split(/\s+/).filter(Boolean));

describe('figure slides (1920 × 1080)', () => {
  for (const f of allFigures(ev)) {
    const c = { siteTitle: ev.meta.title, version: pkg.version, url: `https://example.org/nelm/figures/${f.slug}/` };
    const slides = slideSvgs(f, c).map((s) => s.svg);

    it(`${f.slug}: every slide is 1920 × 1080 with chart type >= 28 px, title >= 28 px and citation >= 24 px`, () => {
      for (const s of slides) {
        expect(viewBoxSize(s)).toEqual({ width: 1920, height: 1080 });
        const texts = renderedTexts(s);
        // Depth 1: the frame's title (bold, first) and citation lines; deeper: the chart.
        const frame = texts.filter((t) => t.depth === 1);
        expect(frame[0]!.size).toBeGreaterThanOrEqual(28);
        for (const t of frame) expect(t.size, t.text).toBeGreaterThanOrEqual(24);
        for (const t of texts.filter((x) => x.depth > 1)) expect(t.size, t.text).toBeGreaterThanOrEqual(28);
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

    it(`${f.slug}: the downloads list one slide file per slide`, () => {
      const names = figureFileNames(f, c).map((x) => x.name).filter((n) => n.includes('-slide'));
      expect(names).toEqual(slides.map((_, i) => `${f.slug}-slide${i ? `-${i + 1}` : ''}.png`));
    });
  }
});
