import { chartOf, nestedSvg, type Chart } from './chartSvg';
import { escapeXml } from './escapeXml';
import { forestPlot, measureForest, type ForestItem, type ForestOptions, type ForestPanel } from './forestPlot';
import { columnHeights, cutGroups, groupsOf, panelsOf, pooledAfter } from './forestGroups';
import { r } from './svgText';

/** The area a slide gives its chart, in pixels (the chart is drawn at scale 1), and the smallest type. */
export interface SlideBox {
  width: number;
  height: number;
  fontSize: number;
}

/** Inner padding of slide parts: room for strokes at the edges (a nested <svg> clips). */
export const slidePad = 4;

/** At most `maxSlides` slides; what does not fit is left to the SVG and CSV, and the last slide says so in `note`. */
export interface SlideLimit {
  maxSlides: number;
  /** Closing line of a cut-short set of slides, e.g. "Slides show 120 of 6,000 rows; every row is in the SVG and CSV." */
  note: (shownRows: number, totalRows: number) => string;
}

/**
 * A forest plot laid out for 1920 × 1080 slides with type at `box.fontSize` px: rows in one full-width column,
 * or in two columns side by side when that needs fewer slides; a study is never split; what does not fit goes
 * on the next slide, up to `limit.maxSlides` slides (the last then names how many rows the slides leave out).
 * Each column has its headings and axis; banner and legend are on every slide, the notes (heterogeneity,
 * method) on the last. Returns one chart SVG per slide, each `box.width` wide and, unless a single study is
 * taller than the box, at most `box.height` high. Layout uses computed heights (forestHeights), so it takes
 * time linear in the rows; only the slides returned are drawn.
 */
export function forestSlides(panels: ForestPanel[], o: ForestOptions, box: SlideBox, limit?: SlideLimit): Chart[] {
  const fs = box.fontSize;
  const gap = fs * 2;
  const lineHeight = 1.25;
  const colW = (box.width - gap) / 2;
  const groups = groupsOf(panels);
  const n = groups.length;
  const allItems = panels.flatMap((p) => p.items);
  const ms = measureForest(allItems, o.columns, fs);
  // Slides are rasterised: no document reads their value markers, so the named sets (a pool's every input,
  // megabytes at 1000x, once per part of every slide) are not written into them.
  const base: ForestOptions = { ...o, layout: 'wide', banner: undefined, legend: undefined, notes: undefined, measure: ms, lineHeight, valueSets: undefined };
  const metrics = (width: number) => ({ width, fontSize: fs, pad: slidePad });
  const part = (extra: Partial<ForestOptions>) => forestPlot([], { ...base, ...extra, headings: false, metrics: metrics(box.width) });
  const top = o.banner ? part({ banner: o.banner }) : undefined;
  const rowsIn = (items: ForestItem[]) => items.reduce((k, i) => k + (i.type === 'row' ? 1 : 0), 0);
  const totalRows = rowsIn(allItems);
  /** Notes of the last slide; a cut-short last slide adds the limit's note. */
  const notesOf = (last: boolean, shownRows?: number) => (last ? [...(o.notes ?? []), ...(limit && shownRows !== undefined ? [limit.note(shownRows, totalRows)] : [])] : undefined);
  const bottom = (last: boolean, shownRows?: number) => part({ legend: o.legend, notes: notesOf(last, shownRows) });
  const topH = top ? top.height : 0;
  // Room for the columns on a slide: plain, last (notes), and last of a cut-short set (notes and the limit's note,
  // measured with the total in place of the shown count: never shorter).
  const roomPlain = box.height - topH - bottom(false).height;
  const roomLast = box.height - topH - bottom(true).height;
  type End = 'plain' | 'last' | 'cut';

  const full = columnHeights(panels, groups, { ...base, metrics: metrics(box.width) }, ms);
  const half = columnHeights(panels, groups, { ...base, metrics: metrics(colW) }, ms);
  // A cut-short last slide also keeps the pooled estimate (moved up from after the cut): its room is kept free.
  const pooledH = Math.max(pooledAfter(groups, 0, full.item), pooledAfter(groups, 0, half.item));
  const roomCut = limit ? box.height - topH - bottom(true, totalRows).height - pooledH : roomLast;
  const room = (end: End) => (end === 'plain' ? roomPlain : end === 'last' ? roomLast : roomCut);

  const cache = new Map<string, Chart>();
  /** Column of groups [a, b); `cut`: the last column of a cut-short set, which takes the pooled items after b. */
  const column = (a: number, b: number, width: number, cut = false) => {
    const key = `${a}:${b}:${width}:${cut}`;
    if (!cache.has(key)) cache.set(key, forestPlot(panelsOf(panels, cut ? cutGroups(groups, a, b) : groups.slice(a, b)), { ...base, id: `${o.id}-${a}`, metrics: metrics(width) }));
    return cache.get(key)!;
  };
  /** Best split of [a, b) into two columns: the smallest taller column. */
  const split = (a: number, b: number) => {
    let best = { k: a + 1, h: Infinity };
    for (let k = a + 1; k < b; k++) {
      const h = Math.max(half.column(a, k), half.column(k, b));
      if (h < best.h) best = { k, h };
    }
    return best;
  };

  type Slide = { columns: [number, number][]; width: number; end: End };
  type Pack = { slides: Slide[]; shown: number };
  /** Fills slides of `perSlide` columns in order; the notes go on the last, which keeps at least one group. */
  const pack = (perSlide: 1 | 2, slack = 0): Pack => {
    const fits = (x: number, y: number, end: End) => {
      const r = room(end) - slack;
      if (perSlide === 1 || y - x < 2) return full.column(x, y) <= r;
      // Two columns hold at most twice the room: reject without trying the splits.
      return half.sum(x, y) <= 2 * r && split(x, y).h <= r;
    };
    const slide = (x: number, y: number, end: End): Slide => {
      if (perSlide === 1 || y - x < 2) return { columns: [[x, y]], width: box.width, end };
      const k = split(x, y).k;
      return { columns: [[x, k], [k, y]], width: colW, end };
    };
    const out: Slide[] = [];
    let a = 0;
    while (a < n) {
      if (fits(a, n, 'last')) {
        out.push(slide(a, n, 'last'));
        a = n;
        break;
      }
      const end: End = limit && out.length === limit.maxSlides - 1 ? 'cut' : 'plain';
      let b = a + 1;
      while (b + 1 < n && fits(a, b + 1, end)) b++;
      out.push(slide(a, b, end));
      a = b;
      if (end === 'cut') break;
    }
    return { slides: out, shown: a };
  };
  /**
   * Same number of slides, evened out: the greedy fill leaves the last slide nearly empty (a pooled diamond
   * alone); filling each slide less, as long as no slide is added, moves rows onto it. A cut-short set stays full.
   */
  const balanced = (perSlide: 1 | 2): Pack => {
    let best = pack(perSlide);
    for (let slack = fs; best.shown === n && best.slides.length > 1 && slack < box.height; slack += fs) {
      const next = pack(perSlide, slack);
      if (next.slides.length > best.slides.length || next.shown < n) break;
      best = next;
    }
    return best;
  };
  // Two columns only when they save a slide (or, cut short, show more): one full-width column wraps fewer
  // labels and has the wider axis.
  const one = balanced(1);
  const two = one.slides.length > 1 ? balanced(2) : one;
  const chosen = two.slides.length < one.slides.length || two.shown > one.shown ? two : one;
  const slides = chosen.slides;
  const shownRows = chosen.shown < n ? rowsIn(groups.slice(0, chosen.shown).flatMap((g) => g.items)) : undefined;

  return slides.map((s, i) => {
    const cols = s.columns.map(([ca, cb], j) => column(ca, cb, s.width, s.end === 'cut' && j === s.columns.length - 1));
    const colH = Math.max(...cols.map((c) => c.height));
    const foot = bottom(s.end !== 'plain', s.end === 'cut' ? shownRows : undefined);
    const H = Math.ceil(topH + colH + foot.height);
    const body = [top ? nestedSvg(top, 0, 0) : '', ...cols.map((c, j) => nestedSvg(c, j * (colW + gap), topH)), nestedSvg(foot, 0, topH + colH)].join('');
    const label = slides.length > 1 ? ` (slide ${i + 1} of ${slides.length})` : '';
    const id = `${o.id}-slide${i + 1}-title`;
    return chartOf({ width: Number(r(box.width)), height: H, className: 'chart chart-slide', fontFamily: o.fontFamily ?? 'sans-serif', labelledBy: id, head: `<title id="${id}">${escapeXml(o.title + label)}</title>`, body });
  });
}
