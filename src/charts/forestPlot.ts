import { chartSvg, type Chart } from './chartSvg';
import { bannerMark, cellMark, diamondMark, intervalMark, legendMark, linesMark, notReachedMark, pointMark, predictionIntervalMark, referenceMark, ruleMark, axisMark } from './forestMarks';
import { forestLayout, measureForest, type ForestMeasure } from './forestLayout';
import type { MarkerStyle } from './markers';
import type { TextStyle } from './svgText';
import { textWidth, wrapText } from './textWidth';
import { valueSetsSvg, type ValueMark, type ValueSets } from './valueMark';
import type { ChartLayout, LayoutMetrics } from './layout';
import { layoutMetrics } from './layout';

export { forestLayout, measureForest, type ForestMeasure } from './forestLayout';

/**
 * Value markers of a drawn estimate (test/values/): where the point and the CI ends sit (`estimate`, `lower`,
 * `upper`, in the axis's shown units, see `x.shownScale`), and the numbers of the value and weight columns in order.
 */
export interface ForestMarks {
  estimate?: ValueMark;
  lower?: ValueMark;
  upper?: ValueMark;
  valueText?: (ValueMark | undefined)[];
  weightText?: (ValueMark | undefined)[];
}
/** One text cell of a row (events/n of an arm), with the value markers of its numbers in order. */
export interface ForestCell {
  text: string;
  marks?: (ValueMark | undefined)[];
}

/** One estimate with its interval (a study arm, a study, a series). */
export interface ForestRow extends MarkerStyle {
  type: 'row';
  label: string;
  /** Point estimate on the axis scale; null when there is none to draw (see `notReached`). */
  estimate: number | null;
  lower?: number;
  upper?: number;
  /** Text of the value column, e.g. "74 [69, 78]". */
  valueText: string;
  weightText?: string;
  /** Texts of the cell columns (`columns.cells`), e.g. events/n of each arm. */
  cells?: ForestCell[];
  /** Relative marker area (e.g. the pooling weight in %); markers are scaled to the largest. */
  sizeWeight?: number;
  /** Draws an open arrow at the right end of the axis with this label instead of a marker (e.g. "median not reached"). */
  notReached?: string;
  marks?: ForestMarks;
}

/** A bold line naming the rows below it (a study). */
export interface ForestHeader {
  type: 'header';
  label: string;
}

/** Pooled estimate: a diamond, and optionally a prediction-interval row below it. */
export interface ForestPooled {
  type: 'pooled';
  label: string;
  estimate: number;
  lower: number;
  upper: number;
  valueText: string;
  weightText?: string;
  prediction?: { lower: number; upper: number; label: string; valueText: string; marks?: ForestMarks };
  marks?: ForestMarks;
}

export type ForestItem = ForestRow | ForestHeader | ForestPooled;

export interface ForestPanel {
  /** Panel heading, e.g. "5-year overall survival". */
  title?: string;
  items: ForestItem[];
}

export interface ForestOptions {
  /** Figure slug: prefixes every id in the markup. */
  id: string;
  /** Accessible name (<title>) and description (<desc>). */
  title: string;
  description: string;
  layout: ChartLayout;
  /** Overrides the layout's width, font size and padding (slides: drawn at their pixel size). */
  metrics?: LayoutMetrics;
  /**
   * Items that size the columns and markers (default: the items drawn). Parts of one figure drawn separately
   * (slides) pass all its items, so every part has the same label column, axis and marker scale.
   */
  measure?: ForestItem[] | ForestMeasure;
  /** Line height as a multiple of the font size (default 1.45; slides use less to fit more rows). */
  lineHeight?: number;
  /** Draw the column headings (default true); false with no panels draws only banner, legend and notes. */
  headings?: boolean;
  fontFamily?: string;
  x: {
    domain: [number, number];
    ticks: number[];
    tickFormat: (v: number) => string;
    /** Axis value × shownScale = the number a reader sees (100 for proportions drawn as percentages); default 1. */
    shownScale?: number;
    label: string;
    /** Vertical reference line (0 for differences). */
    reference?: number;
    /** Direction labels left and right of the reference, e.g. ["favours comparator", "favours resection"]. */
    directions?: [string, string];
  };
  /** Column headings: label, one per text cell column (e.g. "Resection events/n"), the value and the weight. */
  columns: { label: string; cells?: string[]; value: string; weight?: string };
  /**
   * Statistics under the plot (heterogeneity, test for overall effect, prediction-interval method): wide, left of
   * the axis of the last panel, as RevMan prints them; narrow, under it. Wrapped.
   */
  stats?: ForestCell[];
  /** Banner above the plot, e.g. "EXPLORATORY analysis ...". */
  banner?: string;
  legend?: (MarkerStyle & { label: string })[];
  /** Lines below the plot: heterogeneity, notes. Wrapped to the width. */
  notes?: string[];
  /** Named input sets the marks refer to (`@NAME`), written once into the chart. */
  valueSets?: ValueSets;
}

/**
 * Forest plot as a Chart (SVG and its size): rows of estimates with CIs grouped by headers, in one or more panels, each with
 * its own axis. The layout model (forestLayout) places every column and measures every part; the marks
 * (forestMarks) draw them. All text is at least `layoutMetrics(layout).fontSize`.
 */
export function forestPlot(panels: ForestPanel[], o: ForestOptions): Chart {
  const ms = o.measure === undefined || Array.isArray(o.measure) ? measureForest(o.measure ?? panels.flatMap((p) => p.items), o.columns, (o.metrics ?? layoutMetrics(o.layout)).fontSize) : o.measure;
  const g = forestLayout(o, ms);
  const { fs, lh, W, pad, wide, x } = g;
  const out: string[] = [valueSetsSvg(o.valueSets)];
  let y = pad;
  const lines = (xx: number, ls: string[], s: Partial<TextStyle> = {}) => {
    out.push(linesMark(xx, y + lh / 2, ls, lh, { size: fs, ...s }));
    y += ls.length * lh;
  };

  if (o.banner) {
    const ls = wrapText(o.banner, W - 2 * pad - fs, fs, true);
    out.push(bannerMark(pad, y, W - 2 * pad, ls.length * lh + fs * 0.6));
    y += fs * 0.3;
    lines(pad + fs / 2, ls, { bold: true });
    y += fs * 0.3 + fs * 0.6;
  }

  if (o.headings !== false) {
    const hl = g.headingLines;
    const rowsH = g.headingsH - fs * 0.4;
    // Headings sit on the last heading line (a two-line cell heading grows upwards).
    const last = (n: number) => y + rowsH - n * lh + lh / 2;
    const head = (xx: number, ls: string[], anchor: 'start' | 'end') => out.push(linesMark(xx, last(ls.length), ls, lh, { size: fs, bold: true, anchor }));
    if (wide) {
      head(pad, hl.label, 'start');
      hl.cells.forEach((c, k) => head(g.cellX[k]!, c, 'end'));
      if (g.ms.hasWeight) head(g.weightX, hl.weight, 'end');
      head(g.valueX, hl.value, 'start');
    } else {
      head(pad, hl.label, 'start');
      out.push(linesMark(W - pad, y + lh / 2, [...hl.value, ...hl.weight], lh, { size: fs, bold: true, anchor: 'end' }));
    }
    y += rowsH;
    out.push(ruleMark(pad, W - pad, y + 2));
    y += fs * 0.4;
  }

  panels.forEach((panel, panelIndex) => {
    const axis = `${o.id}-${o.layout}-axis-${panelIndex}`;
    if (panel.title) {
      y += fs * 0.3;
      lines(pad, wrapText(panel.title, W - 2 * pad, fs * 1.1, true), { bold: true, size: fs * 1.1 });
    }
    const top = y;
    const plotLines: number[] = [];
    for (const item of panel.items) {
      const y0 = y;
      if (item.type === 'header') {
        y += fs * 0.25;
        lines(pad, g.labelLines(item), { bold: true });
        continue;
      }
      const bold = item.type === 'pooled';
      const labelLines = g.labelLines(item);
      if (wide) {
        const cy = y + lh / 2; // everything on the label's first line
        out.push(linesMark(pad, cy, labelLines, lh, { size: fs, bold }));
        if (item.type === 'row') item.cells?.forEach((c, k) => k < g.cellX.length && out.push(cellMark(g.cellX[k]!, cy, c.text, { size: fs, anchor: 'end' }, c.marks)));
        if (g.ms.hasWeight && item.weightText) out.push(cellMark(g.weightX, cy, item.weightText, { size: fs, anchor: 'end', bold }, item.marks?.weightText));
        out.push(cellMark(g.valueX, cy, item.valueText, { size: fs, bold }, item.marks?.valueText));
        out.push(estimate(item, cy, axis));
        y += labelLines.length * lh;
      } else {
        out.push(linesMark(pad, y + lh / 2, labelLines, lh, { size: fs, bold }));
        const v = g.narrowValue(item);
        const vm = item.marks?.valueText && (v.text === item.valueText ? item.marks.valueText : [...item.marks.valueText, ...(item.marks.weightText ?? [])]);
        if (!v.sameLine) y += lh;
        out.push(cellMark(W - pad, y + lh / 2 + (labelLines.length - 1) * lh, v.text, { size: fs, anchor: 'end', bold }, vm));
        y += labelLines.length * lh;
        const cells = g.narrowCells(item);
        if (cells && item.type === 'row') {
          out.push(cellMark(pad, y + lh / 2, cells, { size: fs }, item.cells!.some((c) => c.marks) ? item.cells!.flatMap((c) => c.marks ?? [undefined]) : undefined));
          y += lh;
        }
        plotLines.push(y + lh * 0.45);
        out.push(estimate(item, y + lh * 0.45, axis));
        y += lh * 0.95;
      }
      if (item.type === 'pooled' && item.prediction) {
        const p = item.prediction;
        const pl = wrapText(p.label, g.labelW, fs);
        const marks = p.marks && { axis, lower: p.marks.lower, upper: p.marks.upper };
        if (wide) {
          const cy = y + lh / 2;
          out.push(linesMark(pad, cy, pl, lh, { size: fs }), cellMark(g.valueX, cy, p.valueText, { size: fs }, p.marks?.valueText), predictionIntervalMark(x, p.lower, p.upper, cy, fs, marks));
          y += pl.length * lh;
        } else {
          out.push(linesMark(pad, y + lh / 2, pl, lh, { size: fs }), cellMark(W - pad, y + lh / 2 + (pl.length - 1) * lh, p.valueText, { size: fs, anchor: 'end' }, p.marks?.valueText));
          y += pl.length * lh;
          plotLines.push(y + lh * 0.45);
          out.push(predictionIntervalMark(x, p.lower, p.upper, y + lh * 0.45, fs, marks));
          y += lh * 0.95;
        }
      }
      if (Math.abs(y - y0 - g.itemH(item)) > 1e-6) throw new Error(`forest layout: item "${item.label}" drawn ${y - y0} high, measured ${g.itemH(item)}`);
    }
    const bottom = y + fs * 0.2;
    const [d0, d1] = o.x.domain;
    if (o.x.reference !== undefined && o.x.reference >= Math.min(d0, d1) && o.x.reference <= Math.max(d0, d1))
      out.push(referenceMark(x(o.x.reference), wide ? [[top, bottom]] : plotLines.map((cy): [number, number] => [cy - lh * 0.5, cy + lh * 0.5])));
    y = bottom;
    drawAxisBand(axis, panelIndex === panels.length - 1);
  });

  if (o.legend && o.legend.length) {
    y += fs * 0.4;
    let lx = pad;
    const entries: Parameters<typeof legendMark>[0] = [];
    for (const item of o.legend) {
      const w = fs * 1.4 + textWidth(item.label, fs) + fs * 1.2;
      if (lx + w > W - pad && lx > pad) {
        lx = pad;
        y += lh;
      }
      entries.push({ x: lx, cy: y + lh / 2, style: item, label: item.label });
      lx += w;
    }
    out.push(legendMark(entries, fs, g.markerSize()));
    y += lh;
  }
  for (const note of o.notes ?? []) {
    y += fs * 0.2;
    lines(pad, wrapText(note, W - 2 * pad, fs));
  }
  y += pad;
  // Float noise of the running sum never adds a unit (forestHeights sums the same parts in another order).
  return chartSvg(o, W, Math.ceil(y - 1e-6), out.join(''));

  function estimate(item: ForestRow | ForestPooled, cy: number, axis: string): string {
    const m = item.marks;
    const marks = m && { axis, estimate: m.estimate, lower: m.lower, upper: m.upper };
    if (item.type === 'pooled') return diamondMark(x, item.estimate, item.lower, item.upper, cy, fs, marks);
    if (item.notReached) return notReachedMark(g.plotX1, cy, item.notReached, item.colour, fs, wide ? g.valueX + textWidth(item.valueText, fs) + g.gap : g.pad);
    let s = '';
    if (item.lower !== undefined && item.upper !== undefined) s += intervalMark(x, item.lower, item.upper, cy, item.colour, fs, { marks: marks && { axis, lower: m.lower, upper: m.upper } });
    if (item.estimate !== null) s += pointMark(x, item.estimate, cy, g.markerSize(item.sizeWeight), item, marks && { axis, estimate: m.estimate });
    return s;
  }

  /** Ticks, tick labels, direction labels and axis title; beside them (wide) or under them (narrow) the statistics of the last panel. */
  function drawAxisBand(axis: string, last: boolean) {
    const b = g.band;
    const top = y;
    const ay = y + fs * 0.2;
    const [d0, d1] = o.x.domain;
    const shown = o.x.ticks.filter((t) => t >= Math.min(d0, d1) && t <= Math.max(d0, d1));
    const labelMax = Math.max(...shown.map((t) => textWidth(o.x.tickFormat(t), fs)));
    const spacing = shown.length > 1 ? Math.abs(x(shown[1]!) - x(shown[0]!)) : Infinity;
    const every = Math.max(1, Math.ceil((labelMax + fs * 0.6) / spacing));
    const anchorIndex = Math.max(0, shown.findIndex((t) => t === (o.x.reference ?? shown[0])));
    out.push(axisMark(x, ay, shown, { fs, lh, format: o.x.tickFormat, shownScale: o.x.shownScale ?? 1, id: axis, every, anchorIndex }));
    y = ay + fs * 0.35 + lh;
    if (b.directions && o.x.reference !== undefined) {
      const rx = x(o.x.reference);
      if (b.directions.inline) {
        out.push(cellMark(rx - fs * 0.3, y + lh / 2, b.directions.left, { size: fs, anchor: 'end', italic: true }), cellMark(rx + fs * 0.3, y + lh / 2, b.directions.right, { size: fs, italic: true }));
        y += lh;
      } else if (b.directions.split) {
        out.push(cellMark(b.x0, y + lh / 2, b.directions.left, { size: fs, italic: true }), cellMark(W - pad, y + lh / 2, b.directions.right, { size: fs, anchor: 'end', italic: true }));
        y += lh;
      } else {
        lines(b.x0, b.directions.leftLines, { italic: true });
        lines(W - pad, b.directions.rightLines, { anchor: 'end', italic: true });
      }
    }
    lines(b.axisLabelX, b.axisLabelLines, { anchor: 'middle' });
    if (last && b.statsLines.length) {
      const y0 = wide ? top + fs * 0.2 : y + fs * 0.2;
      b.statsLines.forEach((l, i) => out.push(cellMark(b.statsX, y0 + lh / 2 + i * lh, l.text, { size: fs }, l.marks)));
      y = wide ? Math.max(y, top + b.statsH) : y0 + b.statsLines.length * lh;
    }
    y += fs * 0.4;
  }
}

/**
 * Heights of the parts of a forest plot drawn with options `o` (what forestPlot adds to its running y), so a
 * caller can lay out thousands of rows into columns and slides without drawing them: the height of a chart is
 * ceil(pad + headings + per panel (panel(title) + its items) + stats (under the last panel) + banner/legend/notes + pad).
 */
export function forestHeights(o: ForestOptions, ms: ForestMeasure) {
  const g = forestLayout(o, ms);
  return { pad: g.pad, headings: g.headingsH, panel: g.panelH, item: g.itemH, stats: g.statsH };
}
