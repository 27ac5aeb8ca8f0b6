/**
 * The figures at 30 times the real number of studies (seeded synthetic clones, scripts/synthetic): every row in
 * the SVG and CSV, a PNG that sharp can draw (at most pngMaxHeight, cut with a note), a page chart and slides of the first
 * pageRows rows (saying how many are left out), and credit lines that stay lines.
 */
import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { allFigures } from '../../src/figures/registry';
import { figureCitation, maxSlides, pngMaxHeight, pngSvg, slideSvgs, standaloneSvg } from '../../src/components/figure/figureFiles';
import { figureChart, pageRows } from '../../src/components/figure/drawFigure';
import { consistencyNotes } from '../../src/data/consistency';
import { loadEvidence } from '../../src/data/loadEvidence';
import { creditStudiesNamed, everyRowMarks } from '../../src/figures/derive';
import { syntheticFiles } from '../../scripts/synthetic/syntheticFiles';
import { renderedTexts, viewBoxSize } from '../charts/svgTexts';
import { PROJECT_ROOT } from '../helpers/tmpProject';

const FACTOR = 30;
const { files, real } = syntheticFiles(PROJECT_ROOT, FACTOR, randomLcg(7));
const loaded = loadEvidence(files);
if (!loaded.ok) throw new Error(`synthetic evidence invalid: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
const ev = { ...loaded.evidence, notes: consistencyNotes(loaded.evidence) };
const texts = (svg: string) => renderedTexts(svg).map((t) => t.text).join(' ');

/**
 * Figures drawn per study or arm grow with the studies, and at 30x each is cut short (PNG and slides) and credits
 * more studies than it names. The PRISMA flow (the review's own counts) and the certainty overview (its four
 * questions) do not grow: they stay whole.
 */
const GROWS = new Set(['five-year-os-by-arm', 'resection-vs-comparator-rd', 'pooled-five-year-os-resection', 'median-survival', 'survival-landmarks']);
const STAYS = new Set(['prisma-flow', 'certainty-overview']);

describe(`figures at ${FACTOR}x the studies`, () => {
  it('has the studies', () => expect(ev.studies.length).toBe(real.length * FACTOR));
  it('knows whether each figure grows', () => expect(allFigures(ev).map((f) => f.slug).sort()).toEqual([...GROWS, ...STAYS].sort()));

  for (const f of allFigures(ev)) {
    const c = { siteTitle: ev.meta.title, version: pkg.version, url: `https://example.org/figures/${f.slug}/` };
    const grows = GROWS.has(f.slug);

    it(`${f.slug}: PNG drawing at most ${pngMaxHeight} high; ${grows ? 'cut short, it says how many of the CSV\'s rows it shows' : 'whole'}`, () => {
      const png = pngSvg(f, c).svg;
      expect(viewBoxSize(png).height).toBeLessThanOrEqual(pngMaxHeight);
      if (!grows) {
        expect(png).toBe(standaloneSvg(f, c).svg);
        return;
      }
      const m = /This image shows the first ([\d,]+) of ([\d,]+) rows; every row is in the SVG and CSV of this figure\./.exec(texts(png));
      expect(m, 'note').not.toBeNull();
      expect(Number(m![1]!.replace(/,/g, ''))).toBeLessThan(Number(m![2]!.replace(/,/g, '')));
    });

    it(`${f.slug}: ${grows ? `page chart and slides show the first ${pageRows} rows and say how many are left out; the SVG download holds every row` : 'one slide of 1920 × 1080, whole'}`, () => {
      const slides = slideSvgs(f, c).map((s) => s.svg);
      for (const s of slides) expect(viewBoxSize(s)).toEqual({ width: 1920, height: 1080 });
      const cut = /Shows the first ([\d,]+) of ([\d,]+) rows and the pooled result where there is one; every row is in the CSV and in the SVG download of this figure\./;
      if (!grows) {
        expect(slides.length).toBe(1);
        expect(slides.map(texts).join(' ')).not.toMatch(cut);
        return;
      }
      const rows = f.table.rows.filter((r) => r.row_type !== 'pooled').length;
      for (const shown of [texts(figureChart(f, 'wide').svg), texts(figureChart(f, 'narrow').svg), slides.map(texts).join(' ')]) {
        const m = cut.exec(shown);
        expect(m, 'note').not.toBeNull();
        expect(Number(m![1]!.replace(/,/g, ''))).toBeLessThanOrEqual(pageRows);
        expect(Number(m![2]!.replace(/,/g, ''))).toBe(rows);
      }
      expect(slides.length).toBeLessThan(maxSlides);
      // The cut chart's description is the figure's summary and the cut, not a list of every row (2.3 MB at 1000x).
      for (const layout of ['wide', 'narrow'] as const) {
        const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(figureChart(f, layout).svg)?.[1];
        expect(desc).toMatch(cut);
        expect(desc!.startsWith(f.summary.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'))).toBe(true);
        expect(desc!.length).toBeLessThan(f.summary.length + 300);
      }
      // The SVG download draws every row: its last study is the table's last.
      expect(texts(standaloneSvg(f, c).svg)).not.toMatch(cut);
    });

    it(`${f.slug}: credit lines name at most ${creditStudiesNamed} studies each and count the rest`, () => {
      const data = figureCitation(f, c)[1]!;
      const long = f.credits.filter((cr) => cr.studies.length > creditStudiesNamed);
      // Growing figures credit hundreds of studies per source; the others credit the review alone.
      expect(long.length > 0).toBe(grows);
      for (const cr of long) expect(data).toContain(`and ${(cr.studies.length - creditStudiesNamed).toLocaleString('en-GB')} more studies named in the data table`);
      expect(data.length).toBeLessThan(f.credits.length * (creditStudiesNamed + 4) * 80);
    });
  }

  // Issue 13: pooled figures of hundreds of studies. Markers name the pool's inputs once (a named set), so none grows
  // with the pool, and the robustness table shows the 10 leave-one-out lines that move the pooled estimate most, the
  // JSON download all of them.
  for (const slug of ['pooled-five-year-os-resection', 'resection-vs-comparator-rd']) {
    const f = allFigures(ev).find((x) => x.slug === slug)!;
    const pooledStudies = (f.json.studies as unknown[]).length;
    const refCount = (m: { v: string } | undefined) => (m ? m.v.split(' ').length : 0);

    it(`${slug}: no marker of its tables names more than one arm pair's inputs and the pool set`, () => {
      expect(pooledStudies).toBeGreaterThan(100);
      const [set, refs] = Object.entries(f.valueSets ?? {})[0]!;
      expect(refs.length).toBeGreaterThanOrEqual(2 * pooledStudies);
      const marks = [...(f.robustness ? everyRowMarks(f.robustness.table) : []), ...everyRowMarks(f.table)].flatMap((row) => Object.values(row));
      const derived = marks.filter((m) => m?.derived && m.derived !== 'count');
      expect(derived.filter((m) => m!.v.includes(`@${set}`)).length).toBeGreaterThan(0);
      expect(Math.max(...derived.map(refCount))).toBeLessThanOrEqual(5);
    });

    it(`${slug}: robustness table shows the 10 leave-one-out lines that move the pooled estimate most and says where the rest are`, () => {
      const analyses = f.robustness!.table.rows.map((r) => String(r.analysis)).filter((a) => a.startsWith('Leave out '));
      const pooled = f.json.pooled as { estimate: number; leave_one_out: { omitted: string; estimate: number }[] };
      expect(pooled.leave_one_out.length).toBe(pooledStudies);
      // Expected from the JSON download: every leave-one-out fit, ranked by how far it moves the estimate.
      const labelOf = new Map(ev.studies.map((st) => [st.id, st.label]));
      const ranked = pooled.leave_one_out.map((l, i) => ({ l, i })).sort((a, b) => Math.abs(b.l.estimate - pooled.estimate) - Math.abs(a.l.estimate - pooled.estimate) || a.i - b.i);
      expect(analyses).toEqual(ranked.slice(0, 10).map((x) => `Leave out ${labelOf.get(x.l.omitted)}`));
      const note = f.robustness!.note!.map((p) => (typeof p === 'string' ? p : 'data' in p ? p.data : p.text)).join('');
      expect(note).toBe(`Shows the 10 of ${pooledStudies} leave-one-out analyses that move the pooled estimate most; every one is in pooled.leave_one_out of the figure’s JSON download.`);
    });
  }
});
