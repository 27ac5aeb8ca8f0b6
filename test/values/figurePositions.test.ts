/**
 * Every marked value is drawn where its axis says: for each SVG chart in dist/figures/ (downloads and the embed
 * files, which are what every page shows), the linear map value → x of each axis is fitted to its ticks (`data-tick`,
 * the number a reader reads there), independently of the chart code; each point mark (square, circle, triangle,
 * diamond) must centre within 0.5 px of map(its value), and each interval (CI line, prediction interval, pooled
 * diamond) must end within 0.5 px of map(its bounds), clipped to the axis line where a bound leaves the axis.
 * Values come from data/ (dataValue) or, when derived, from R (derivedValue); never from src/.
 *
 * The PNG and slide downloads are rasterised from SVG strings made by the same chart functions
 * (src/components/figure/figureFiles.ts: `.png` renders pngSvg(), which frames figureChart(fig, 'wide') or
 * figureChartCapped(); each `-slide*.png` renders slideSvgs(), from figureSlideCharts()), so those strings are checked
 * here too, drawn in-process: a PNG cannot be read back for positions.
 *
 * Checked by hand: adding 5 to every x of the marks of figure 1 in dist/figures/five-year-os-by-arm/*.svg and
 * its page (rect x, circle cx, line x1/x2 of the marked CIs) fails every file of that figure here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, it } from 'vitest';
import pkg from '../../package.json';
import { valueSetsSvg } from '../../src/charts';
import { pngSvg, slideSvgs, standaloneSvg } from '../../src/components/figure/figureFiles';
import { allFigures } from '../../src/figures/registry';
import { getEvidence } from '../../src/data/site';
import { siteUnderTest, suiteWhen } from '../helpers/environment';
import { centreX, endsX, fitAxis, markedValue } from './figureGeometry';
import { expandValueSets } from './valueSets';

const TOLERANCE = 0.5;
const site = siteUnderTest();

interface Checked {
  marks: number;
  problems: string[];
}

/** Checks every axis of every <svg> in `root` (nested charts are their own scope: their coordinates are their own). */
export function checkPositions(root: HTMLElement): Checked {
  expandValueSets(root);
  const out: Checked = { marks: 0, problems: [] };
  for (const svg of root.querySelectorAll('svg')) {
    const own = svg.querySelectorAll('[data-axis]').filter((el) => el.closest('svg') === svg);
    const byAxis = new Map<string, HTMLElement[]>();
    for (const el of own) byAxis.set(el.getAttribute('data-axis')!, [...(byAxis.get(el.getAttribute('data-axis')!) ?? []), el]);
    for (const [id, els] of byAxis) {
      const ticks = els.filter((e) => e.hasAttribute('data-tick'));
      if (ticks.length < 2) {
        out.problems.push(`${id}: ${ticks.length} tick(s), cannot fit the axis`);
        continue;
      }
      const axis = fitAxis(id, ticks, els.find((e) => e.hasAttribute('data-axis-line')));
      if (axis.tickResidual > 0.05) out.problems.push(`${id}: ticks are not on one line (residual ${axis.tickResidual.toFixed(3)} px)`);
      const map = (v: number) => axis.intercept + axis.slope * v;
      const clip = (x: number) => Math.min(Math.max(x, axis.x0), axis.x1);
      const expectAt = (what: string, got: number, want: number) => {
        out.marks++;
        if (!(Math.abs(got - want) <= TOLERANCE)) out.problems.push(`${id}: ${what} at x=${got}, expected ${want.toFixed(2)}`);
      };
      for (const el of els) {
        try {
          const v = markedValue(el);
          if (v !== undefined) expectAt(`<${el.tagName.toLowerCase()}> ${el.getAttribute('data-v')} = ${v}`, centreX(el), map(v));
          const lo = markedValue(el, '-lower');
          const hi = markedValue(el, '-upper');
          if (lo !== undefined || hi !== undefined) {
            const [a, b] = endsX(el);
            if (lo !== undefined) expectAt(`lower end (${lo}) of <${el.tagName.toLowerCase()}>`, a, clip(map(lo)));
            if (hi !== undefined) expectAt(`upper end (${hi}) of <${el.tagName.toLowerCase()}>`, b, clip(map(hi)));
          }
        } catch (e) {
          out.problems.push(`${id}: ${(e as Error).message}`);
        }
      }
    }
  }
  return out;
}

const svgFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? svgFiles(join(dir, e.name)).map((f) => join(e.name, f)) : e.name.endsWith('.svg') ? [e.name] : []));

/** The figures drawn on axes (forest plots); the PRISMA flow and the certainty overview have none. */
const onAxes = new Set(['five-year-os-by-arm', 'resection-vs-comparator-rd', 'pooled-five-year-os-resection', 'median-survival', 'survival-landmarks']);

suiteWhen('drawn marks sit where their axis puts their data/ value', [site], () => {
  const dir = join(site.dir, 'figures');
  const files = svgFiles(dir);
  it.each(files)('dist/figures/%s', (file) => {
    const { marks, problems } = checkPositions(parse(readFileSync(join(dir, file), 'utf8')));
    if (problems.length) expect.fail(`${problems.length} misplaced or unreadable mark(s):\n${problems.join('\n')}`);
    if (onAxes.has(file.split('/')[0]!)) expect(marks).toBeGreaterThan(0);
  });
  // Pages show charts only as images of these files (Figure.astro, FigurePicture.astro): a figure's page names its
  // two embed files, checked above, and inlines no chart of its own.
  it.each([...onAxes])('figure page /figures/%s/ shows the checked files (wide and narrow), no unchecked chart', (slug) => {
    const html = parse(readFileSync(join(dir, slug, 'index.html'), 'utf8'));
    const shown = [html.querySelector('picture img')?.getAttribute('src'), ...html.querySelectorAll('picture source').map((s) => s.getAttribute('srcset'))].map((u) => (u ?? '').replace(/^.*\/figures\//, ''));
    expect(shown.sort()).toEqual([`${slug}/${slug}-embed-narrow.svg`, `${slug}/${slug}-embed-wide.svg`]);
    for (const f of shown) expect(files).toContain(f);
    expect(html.querySelectorAll('svg').length, 'inline charts').toBe(0);
  });
  it.each([...onAxes])('%s: the SVG strings its PNG and slides are rasterised from', (slug) => {
    const fig = allFigures(getEvidence()).find((f) => f.slug === slug)!;
    const c = { siteTitle: 'NELM', version: pkg.version, url: `https://example.org/figures/${slug}/` };
    const strings = [standaloneSvg(fig, c), pngSvg(fig, c), ...slideSvgs(fig, c)].map((s) => s.svg);
    // Slides are rasterised and carry no value-set definitions: the figure's sets are given beside each string.
    const sets = valueSetsSvg(fig.valueSets);
    const results = strings.map((s) => checkPositions(parse(`<div>${sets}${s}</div>`)));
    const problems = results.flatMap((r) => r.problems);
    if (problems.length) expect.fail(problems.join('\n'));
    for (const r of results) expect(r.marks).toBeGreaterThan(0);
  });
});
