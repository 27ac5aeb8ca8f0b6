import { escapeXml } from './escapeXml';
import { forestPlot, type ForestItem, type ForestOptions, type ForestPanel } from './forestPlot';
import { r } from './svgText';

/** The area a slide gives its chart, in pixels (the chart is drawn at scale 1), and the smallest type. */
export interface SlideBox {
  width: number;
  height: number;
  fontSize: number;
}

/** A run of items that stays together: a header with its rows, or a row alone; the pooled diamond joins the run before it. */
interface Group {
  panel: number;
  /** First group of its panel (otherwise the panel's title says "continued"). */
  first: boolean;
  items: ForestItem[];
}

function groupsOf(panels: ForestPanel[]): Group[] {
  const out: Group[] = [];
  panels.forEach((p, panel) => {
    let current: Group | undefined;
    for (const item of p.items) {
      // A header opens a group and its rows join it; the pooled diamond joins the group before it, so it is
      // never alone on a slide, away from the studies it pools; anything else stands alone.
      if (current && ((item.type === 'row' && current.items[0]!.type === 'header') || item.type === 'pooled')) current.items.push(item);
      else out.push((current = { panel, first: !out.some((g) => g.panel === panel), items: [item] }));
    }
  });
  return out;
}

/** Groups [a, b) back into panels; a panel cut by a column or slide break repeats its title, "continued". */
function panelsOf(all: ForestPanel[], groups: Group[]): ForestPanel[] {
  const out: ForestPanel[] = [];
  let last = -1;
  for (const g of groups) {
    if (g.panel !== last) {
      const title = all[g.panel]!.title;
      out.push({ title: title && !g.first ? `${title} (continued)` : title, items: [] });
      last = g.panel;
    }
    out[out.length - 1]!.items.push(...g.items);
  }
  return out;
}

/** Inner padding of slide parts: room for strokes at the edges (a nested <svg> clips). */
export const slidePad = 4;

const heightOf = (svg: string) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)![1]);

/** Inner chart as a nested <svg> at (x, y), scale 1, without the accessibility attributes of a standalone chart. */
function nest(svg: string, x: number, y: number): string {
  return svg.replace(/<svg [^>]*>/, (tag) => {
    const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(tag)!;
    return `<svg x="${r(x)}" y="${r(y)}" width="${vb[1]}" height="${vb[2]}" viewBox="0 0 ${vb[1]} ${vb[2]}">`;
  }).replace(/<title[^>]*>[^<]*<\/title><desc[^>]*>[^<]*<\/desc>/, '');
}

/**
 * A forest plot laid out for 1920 × 1080 slides with type at `box.fontSize` px: rows in one full-width column,
 * or in two columns side by side when that needs fewer slides; a study is never split; what does not fit goes
 * on the next slide. Each column has its headings and axis; banner and legend are on every slide, the notes
 * (heterogeneity, method) on the last. Returns one chart SVG per slide, each `box.width` wide and, unless a
 * single study is taller than the box, at most `box.height` high.
 */
export function forestSlides(panels: ForestPanel[], o: ForestOptions, box: SlideBox): string[] {
  const fs = box.fontSize;
  const gap = fs * 2;
  const lineHeight = 1.3;
  const colW = (box.width - gap) / 2;
  const groups = groupsOf(panels);
  const base: ForestOptions = { ...o, layout: 'wide', banner: undefined, legend: undefined, notes: undefined, measure: panels.flatMap((p) => p.items) };
  const part = (extra: Partial<ForestOptions>) => forestPlot([], { ...base, ...extra, headings: false, lineHeight, metrics: { width: box.width, fontSize: fs, pad: slidePad } });
  const top = o.banner ? part({ banner: o.banner }) : '';
  const bottom = (last: boolean) => part({ legend: o.legend, notes: last ? o.notes : undefined });
  const topH = top ? heightOf(top) : 0;
  const room = (last: boolean) => box.height - topH - heightOf(bottom(last));

  const cache = new Map<string, string>();
  const column = (a: number, b: number, width: number) => {
    const key = `${a}:${b}:${width}`;
    if (!cache.has(key)) cache.set(key, forestPlot(panelsOf(panels, groups.slice(a, b)), { ...base, lineHeight, id: `${o.id}-${a}`, metrics: { width, fontSize: fs, pad: slidePad } }));
    return cache.get(key)!;
  };
  /** Best split of [a, b) into two columns: the smallest taller column. */
  const split = (a: number, b: number) => {
    let best = { k: a + 1, h: Infinity };
    for (let k = a + 1; k < b; k++) {
      const h = Math.max(heightOf(column(a, k, colW)), heightOf(column(k, b, colW)));
      if (h < best.h) best = { k, h };
    }
    return best;
  };

  type Slide = { columns: [number, number][]; width: number; last: boolean };
  /** Fills slides of `perSlide` columns in order; the notes go on the last, which keeps at least one group. */
  const pack = (perSlide: 1 | 2, slack = 0): Slide[] => {
    const n = groups.length;
    const fits = (x: number, y: number, last: boolean) => (perSlide === 1 || y - x < 2 ? heightOf(column(x, y, box.width)) : split(x, y).h) <= room(last) - slack;
    const slide = (x: number, y: number, last: boolean): Slide =>
      perSlide === 1 || y - x < 2 ? { columns: [[x, y]], width: box.width, last } : { columns: [[x, split(x, y).k], [split(x, y).k, y]], width: colW, last };
    const out: Slide[] = [];
    let a = 0;
    while (a < n) {
      if (fits(a, n, true)) {
        out.push(slide(a, n, true));
        break;
      }
      let b = a + 1;
      while (b + 1 < n && fits(a, b + 1, false)) b++;
      out.push(slide(a, b, false));
      a = b;
    }
    return out;
  };
  /**
   * Same number of slides, evened out: the greedy fill leaves the last slide nearly empty (a pooled diamond
   * alone); filling each slide less, as long as no slide is added, moves rows onto it.
   */
  const balanced = (perSlide: 1 | 2): Slide[] => {
    let best = pack(perSlide);
    for (let slack = fs; best.length > 1 && slack < box.height; slack += fs) {
      const next = pack(perSlide, slack);
      if (next.length > best.length) break;
      best = next;
    }
    return best;
  };
  // Two columns only when they save a slide: one full-width column wraps fewer labels and has the wider axis.
  const one = balanced(1);
  const two = one.length > 1 ? balanced(2) : one;
  const slides = two.length < one.length ? two : one;

  return slides.map((s, i) => {
    const cols = s.columns.map(([ca, cb]) => column(ca, cb, s.width));
    const colH = Math.max(...cols.map(heightOf));
    const foot = bottom(s.last);
    const H = Math.ceil(topH + colH + heightOf(foot));
    const body = [top ? nest(top, 0, 0) : '', ...cols.map((c, j) => nest(c, j * (colW + gap), topH)), nest(foot, 0, topH + colH)].join('');
    const label = slides.length > 1 ? ` (slide ${i + 1} of ${slides.length})` : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(box.width)} ${H}" width="100%" role="img" aria-labelledby="${o.id}-slide${i + 1}-title" class="chart chart-slide" font-family="${escapeXml(o.fontFamily ?? 'sans-serif')}">` +
      `<title id="${o.id}-slide${i + 1}-title">${escapeXml(o.title + label)}</title>` +
      body +
      `</svg>`
    );
  });
}
