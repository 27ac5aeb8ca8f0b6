// @ts-nocheck
import { chartSvg } from './chartSvg';
import { scaleLinear } from 'd3-scale';
import { arrowHead, marker, type MarkerStyle } from './markers';
import { paint } from './paint';
import { ink, palette } from './palette';
import { r, svgLines, svgText } from './svgText';
import { textWidth, wrapText } from './textWidth';
import type { ChartLayout, LayoutMetrics } from './layout';
import { layoutMetrics } from './layout';

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
  /** Relative marker area (e.g. the pooling weight in %); markers are scaled to the largest. */
  sizeWeight?: number;
  /** Draws an open arrow at the right end of the axis with this label instead of a marker (e.g. "median not reached"). */
  notReached?: string;
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
  prediction?: { lower: number; upper: number; label: string; valueText: string };
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
    label: string;
    /** Vertical reference line (0 for differences). */
    reference?: number;
    /** Direction labels left and right of the reference, e.g. ["favours comparator", "favours resection"]. */
    directions?: [string, string];
  };
  columns: { label: string; value: string; weight?: string };
  /** Banner above the plot, e.g. "EXPLORATORY analysis ...". */
  banner?: string;
  legend?: (MarkerStyle & { label: string })[];
  /** Lines below the plot: heterogeneity, notes. Wrapped to the width. */
  notes?: string[];
}

/**
 * Forest-style interval plot as an SVG string: rows of estimates with CIs grouped by headers, in one or
 * more panels, each with its own axis. Wide layout: labels in a measured left column, values and weights
 * right. Narrow layout (phones): the label and value on one line, the interval on the full width below.
 * CIs that leave the axis end in an arrowhead; all text is at least `layoutMetrics(layout).fontSize`.
 */
/** Column widths and marker scale measured over a figure's items: measured once, shared by every part drawn. */
export interface ForestMeasure {
  valueW: number;
  weightW: number;
  /** Width the longest label needs on one line. */
  labelNeed: number;
  hasWeight: boolean;
  /** Largest `sizeWeight` of a row (0 when none). */
  maxWeight: number;
}

/** Measures `items` at font size `fs` (one pass over the items; loops, not spreads, so any number fits). */
export function measureForest(items: readonly ForestItem[], columns: ForestOptions['columns'], fs: number): ForestMeasure {
  let hasWeight = false;
  let valueW = textWidth(columns.value, fs, true);
  let weightW = columns.weight !== undefined ? textWidth(columns.weight, fs, true) : 0;
  let labelNeed = textWidth(columns.label, fs, true);
  let maxWeight = 0;
  for (const i of items) {
    labelNeed = Math.max(labelNeed, textWidth(i.label, fs, i.type !== 'row'));
    if (i.type === 'header') continue;
    valueW = Math.max(valueW, textWidth(i.valueText, fs, i.type === 'pooled'));
    if (i.weightText !== undefined) {
      hasWeight = true;
      weightW = Math.max(weightW, textWidth(i.weightText, fs));
    }
    if (i.type === 'pooled' && i.prediction) {
      valueW = Math.max(valueW, textWidth(i.prediction.valueText, fs));
      labelNeed = Math.max(labelNeed, textWidth(i.prediction.label, fs));
    }
    if (i.type === 'row' && i.sizeWeight !== undefined && i.sizeWeight > maxWeight) maxWeight = i.sizeWeight;
  }
  hasWeight = hasWeight && columns.weight !== undefined;
  return { valueW, weightW: hasWeight ? weightW : 0, labelNeed, hasWeight, maxWeight };
}

/** Where the columns of a forest plot sit, from its options and measure. */
function geometry(o: ForestOptions, ms: ForestMeasure) {
  const m = o.metrics ?? layoutMetrics(o.layout);
  const fs = m.fontSize;
  const lh = fs * (o.lineHeight ?? 1.45);
  const W = m.width;
  const pad = m.pad;
  const gap = fs * 0.8;
  const wide = o.layout !== 'narrow';
  const { valueW, weightW, hasWeight, labelNeed } = ms;
  // Wide: the label column takes what the longest label needs, up to 40% of the width; longer labels wrap.
  // The plot keeps at least 34% of the width: the label column gives way first (down to 24%), its labels wrap.
  const sideW = valueW + gap * 3 + (hasWeight ? weightW + gap : 0) + 2 * pad;
  const labelW = wide ? Math.max(W * 0.24, Math.min(labelNeed, W * 0.4, W - sideW - W * 0.34)) : W - 2 * pad - valueW - gap;
  // Narrow: leave half of the widest tick label inside the viewBox at both ends.
  const tickHalf = Math.max(...o.x.ticks.map((t) => textWidth(o.x.tickFormat(t), fs))) / 2;
  const plotX0 = wide ? pad + labelW + gap * 1.5 : pad + Math.max(fs * 0.6, tickHalf);
  const plotX1 = wide ? W - pad - valueW - gap * 1.5 - (hasWeight ? weightW + gap : 0) : W - pad - Math.max(fs * 0.6, tickHalf);
  const x = scaleLinear().domain(o.x.domain).range([plotX0, plotX1]);
  // Axis title centred under the plot when it fits on one line there, else wrapped under the full width.
  const plotW = plotX1 - plotX0;
  const fitsUnderPlot = wide && textWidth(o.x.label, fs) <= Math.min(plotW + gap * 2, 2 * Math.min((plotX0 + plotX1) / 2 - pad, W - pad - (plotX0 + plotX1) / 2));
  const axisLabelLines = wrapText(o.x.label, fitsUnderPlot ? plotW + gap * 2 : W - 2 * pad, fs);
  let directions: { left: string; right: string; inline: boolean; leftLines: string[]; rightLines: string[] } | undefined;
  if (o.x.directions && o.x.reference !== undefined) {
    const rx = x(o.x.reference);
    const left = `← ${o.x.directions[0]}`;
    const right = `${o.x.directions[1]} →`;
    const inline = textWidth(left, fs) <= rx - pad - fs * 0.3 && textWidth(right, fs) <= W - pad - rx - fs * 0.3;
    directions = { left, right, inline, leftLines: inline ? [] : wrapText(left, W - 2 * pad, fs), rightLines: inline ? [] : wrapText(right, W - 2 * pad, fs) };
  }
  return { fs, lh, W, pad, gap, wide, valueW, weightW, hasWeight, labelW, plotX0, plotX1, x, fitsUnderPlot, axisLabelLines, directions };
}

/**
 * Heights of the parts of a forest plot drawn with options `o` (what forestPlot adds to its running y), so a
 * caller can lay out thousands of rows into columns and slides without drawing them. The height of a chart is
 * ceil(pad + headings + per panel (panel(title) + the items + axis) + banner/legend/notes + pad).
 */
export function forestHeights(o: ForestOptions, ms: ForestMeasure) {
  const g = geometry(o, ms);
  const { fs, lh, W, pad, gap, wide, labelW } = g;
  const item = (i: ForestItem): number => {
    if (i.type === 'header') return fs * 0.25 + wrapText(i.label, wide ? labelW : W - 2 * pad, fs, true).length * lh;
    const labelLines = wrapText(i.label, labelW, fs, i.type === 'pooled');
    let h: number;
    if (wide) h = labelLines.length * lh;
    else {
      const valueLine = g.hasWeight && i.weightText ? `${i.valueText} · ${i.weightText}` : i.valueText;
      const sameLine = textWidth(valueLine, fs) + textWidth(labelLines[labelLines.length - 1]!, fs) + gap <= W - 2 * pad;
      h = (sameLine ? 0 : lh) + labelLines.length * lh + lh * 0.95;
    }
    if (i.type === 'pooled' && i.prediction) h += wrapText(i.prediction.label, labelW, fs).length * lh + (wide ? 0 : lh * 0.95);
    return h;
  };
  const dirs = g.directions ? (g.directions.inline ? lh : (g.directions.leftLines.length + g.directions.rightLines.length) * lh) : 0;
  return {
    pad,
    headings: wide ? lh + fs * 0.4 : (g.hasWeight ? 2 * lh : lh) + fs * 0.4,
    /** A panel's title (none: 0), the space under its items and its axis. */
    panel: (title?: string) => (title ? fs * 0.3 + wrapText(title, W - 2 * pad, fs * 1.1, true).length * lh : 0) + fs * 0.2 + fs * 0.2 + fs * 0.35 + lh + g.axisLabelLines.length * lh + dirs + fs * 0.4,
    item,
  };
}

export function forestPlot(panels: ForestPanel[], o: ForestOptions): string {
  const ms = o.measure === undefined || Array.isArray(o.measure) ? measureForest(o.measure ?? panels.flatMap((p) => p.items), o.columns, (o.metrics ?? layoutMetrics(o.layout)).fontSize) : o.measure;
  const g = geometry(o, ms);
  const { fs, lh, W, pad, gap, wide, hasWeight, labelW, plotX0, plotX1, x } = g;
  const valueX = wide ? plotX1 + gap * 1.5 : W - pad; // wide: left-aligned column; narrow: right-aligned
  const weightX = W - pad;
  const [d0, d1] = o.x.domain;
  const inside = (v: number) => v >= Math.min(d0, d1) && v <= Math.max(d0, d1);
  const maxWeight = ms.maxWeight;
  const baseMarker = fs * 0.72;

  const out: string[] = [];
  const plotLines: number[] = [];
  let y = pad;
  const text = (xx: number, yy: number, t: string, s: Partial<Parameters<typeof svgText>[3]> = {}) => out.push(svgText(xx, yy, t, { size: fs, fill: ink, ...s }));
  const block = (lines: string[], xx: number, s: Partial<Parameters<typeof svgText>[3]> = {}) => {
    out.push(svgLines(xx, y + lh / 2, lines, lh, { size: fs, fill: ink, ...s }));
    y += lines.length * lh;
  };

  if (o.banner) {
    const lines = wrapText(o.banner, W - 2 * pad - fs, fs, true);
    const h = lines.length * lh + fs * 0.6;
    out.push(`<rect x="${r(pad)}" y="${r(y)}" width="${r(W - 2 * pad)}" height="${r(h)}" ${paint(palette.warning, { fill: false, stroke: true }, 'warning')} stroke-width="2" stroke-dasharray="6 3"/>`);
    y += fs * 0.3;
    block(lines, pad + fs / 2, { bold: true });
    y += fs * 0.3 + fs * 0.6;
  }

  // Column headings.
  if (o.headings === false) {
    // Parts of a slide: no headings (the columns carry their own).
  } else if (wide) {
    text(pad, y + lh / 2, o.columns.label, { bold: true });
    text(valueX, y + lh / 2, o.columns.value, { bold: true });
    if (hasWeight) text(weightX, y + lh / 2, o.columns.weight!, { bold: true, anchor: 'end' });
  } else {
    text(pad, y + lh / 2, o.columns.label, { bold: true });
    text(valueX, y + lh / 2, o.columns.value, { bold: true, anchor: 'end' });
    if (hasWeight) {
      y += lh;
      text(valueX, y + lh / 2, o.columns.weight!, { bold: true, anchor: 'end' });
    }
  }
  if (o.headings !== false) {
    y += lh;
    out.push(`<line x1="${r(pad)}" x2="${r(W - pad)}" y1="${r(y + 2)}" y2="${r(y + 2)}" stroke="${ink}" stroke-opacity="0.5"/>`);
    y += fs * 0.4;
  }

  panels.forEach((panel) => {
    if (panel.title) {
      y += fs * 0.3;
      block(wrapText(panel.title, W - 2 * pad, fs * 1.1, true), pad, { bold: true, size: fs * 1.1 });
    }
    const top = y;
    plotLines.length = 0;
    for (const item of panel.items) {
      if (item.type === 'header') {
        y += fs * 0.25;
        block(wrapText(item.label, wide ? labelW : W - 2 * pad, fs, true), pad, { bold: true });
        continue;
      }
      const labelLines = wrapText(item.label, labelW, fs, item.type === 'pooled');
      if (wide) {
        const h = labelLines.length * lh;
        const cy = y + lh / 2; // interval on the first label line
        out.push(svgLines(pad, cy, labelLines, lh, { size: fs, fill: ink, bold: item.type === 'pooled' }));
        drawEstimate(item, cy);
        text(valueX, cy, item.valueText, { bold: item.type === 'pooled' });
        if (hasWeight && item.weightText) text(weightX, cy, item.weightText, { anchor: 'end' });
        y += h;
      } else {
        out.push(svgLines(pad, y + lh / 2, labelLines, lh, { size: fs, fill: ink, bold: item.type === 'pooled' }));
        const valueLine = hasWeight && item.weightText ? `${item.valueText} · ${item.weightText}` : item.valueText;
        if (textWidth(valueLine, fs) + textWidth(labelLines[labelLines.length - 1]!, fs) + gap <= W - 2 * pad)
          text(valueX, y + lh / 2 + (labelLines.length - 1) * lh, valueLine, { anchor: 'end', bold: item.type === 'pooled' });
        else {
          y += lh;
          text(valueX, y + lh / 2 + (labelLines.length - 1) * lh, valueLine, { anchor: 'end', bold: item.type === 'pooled' });
        }
        y += labelLines.length * lh;
        plotLines.push(y + lh * 0.45);
        drawEstimate(item, y + lh * 0.45);
        y += lh * 0.95;
      }
      if (item.type === 'pooled' && item.prediction) {
        const p = item.prediction;
        const lines = wrapText(p.label, labelW, fs);
        if (wide) {
          const cy = y + lh / 2;
          out.push(svgLines(pad, cy, lines, lh, { size: fs, fill: ink }));
          drawInterval(p.lower, p.upper, cy, palette.pooled, true);
          text(valueX, cy, p.valueText);
          y += lines.length * lh;
        } else {
          out.push(svgLines(pad, y + lh / 2, lines, lh, { size: fs, fill: ink }));
          text(valueX, y + lh / 2 + (lines.length - 1) * lh, p.valueText, { anchor: 'end' });
          y += lines.length * lh;
          plotLines.push(y + lh * 0.45);
          drawInterval(p.lower, p.upper, y + lh * 0.45, palette.pooled, true);
          y += lh * 0.95;
        }
      }
    }
    const bottom = y + fs * 0.2;
    if (o.x.reference !== undefined && inside(o.x.reference)) {
      const rx = r(x(o.x.reference));
      // Narrow: only across the interval lines, never through the labels above them.
      const spans = wide ? [[top, bottom]] : plotLines.map((cy) => [cy - lh * 0.5, cy + lh * 0.5]);
      for (const [a, b] of spans) out.push(`<line x1="${rx}" x2="${rx}" y1="${r(a!)}" y2="${r(b!)}" stroke="${ink}" stroke-dasharray="4 3" stroke-opacity="0.7"/>`);
    }
    y = bottom;
    drawAxis();
  });

  if (o.legend && o.legend.length) {
    y += fs * 0.4;
    let lx = pad;
    const row: string[] = [];
    for (const item of o.legend) {
      const w = fs * 1.4 + textWidth(item.label, fs) + fs * 1.2;
      if (lx + w > W - pad && lx > pad) {
        lx = pad;
        y += lh;
      }
      row.push(marker(lx + fs * 0.5, y + lh / 2, baseMarker, item));
      row.push(svgText(lx + fs * 1.3, y + lh / 2, item.label, { size: fs, fill: ink }));
      lx += w;
    }
    out.push(...row);
    y += lh;
  }
  for (const note of o.notes ?? []) {
    y += fs * 0.2;
    block(wrapText(note, W - 2 * pad, fs), pad);
  }
  y += pad;

  const H = Math.ceil(y);
  return chartSvg(o, W, H, out.join(''));

  function drawInterval(lo: number, hi: number, cy: number, colour: string, dashed = false) {
    const a = Math.max(Math.min(lo, hi), Math.min(d0, d1));
    const b = Math.min(Math.max(lo, hi), Math.max(d0, d1));
    if (b < a) return;
    const dash = dashed ? ' stroke-dasharray="5 3"' : '';
    out.push(`<line x1="${r(x(a))}" x2="${r(x(b))}" y1="${r(cy)}" y2="${r(cy)}" ${paint(colour, { stroke: true })} stroke-width="2"${dash}/>`);
    const tick = fs * 0.35;
    if (lo < Math.min(d0, d1)) out.push(arrowHead(x(a) - 1, cy, -1, fs * 0.55, colour));
    else if (dashed) out.push(`<line x1="${r(x(a))}" x2="${r(x(a))}" y1="${r(cy - tick)}" y2="${r(cy + tick)}" ${paint(colour, { stroke: true })} stroke-width="2"/>`);
    if (hi > Math.max(d0, d1)) out.push(arrowHead(x(b) + 1, cy, 1, fs * 0.55, colour));
    else if (dashed) out.push(`<line x1="${r(x(b))}" x2="${r(x(b))}" y1="${r(cy - tick)}" y2="${r(cy + tick)}" ${paint(colour, { stroke: true })} stroke-width="2"/>`);
  }

  function drawEstimate(item: ForestRow | ForestPooled, cy: number) {
    if (item.type === 'pooled') {
      const hh = fs * 0.55;
      const lo = x(Math.max(item.lower, d0));
      const hi = x(Math.min(item.upper, d1));
      const c = x(item.estimate);
      out.push(`<path d="M${r(lo)},${r(cy)}L${r(c)},${r(cy - hh)}L${r(hi)},${r(cy)}L${r(c)},${r(cy + hh)}Z" ${paint(palette.pooled, { fill: true, stroke: true })}/>`);
      return;
    }
    if (item.notReached) {
      // An open arrow at the axis end: the value lies beyond what the series observed; never a number.
      const xEnd = plotX1;
      out.push(`<line x1="${r(xEnd - fs * 3)}" x2="${r(xEnd)}" y1="${r(cy)}" y2="${r(cy)}" ${paint(item.colour, { stroke: true })} stroke-width="2" stroke-dasharray="3 3"/>`);
      out.push(arrowHead(xEnd, cy, 1, fs * 0.7, item.colour, true));
      text(xEnd - fs * 3.4, cy, item.notReached, { anchor: 'end', italic: true });
      return;
    }
    if (item.lower !== undefined && item.upper !== undefined) drawInterval(item.lower, item.upper, cy, item.colour);
    if (item.estimate !== null && inside(item.estimate)) {
      const size = item.sizeWeight !== undefined && maxWeight > 0 ? baseMarker * (0.6 + 0.9 * Math.sqrt(item.sizeWeight / maxWeight)) : baseMarker;
      out.push(marker(x(item.estimate), cy, size, item));
    }
  }

  function drawAxis() {
    const ay = y + fs * 0.2;
    out.push(`<line x1="${r(plotX0)}" x2="${r(plotX1)}" y1="${r(ay)}" y2="${r(ay)}" stroke="${ink}"/>`);
    // Thin the ticks until their labels no longer touch (every 2nd, 3rd, ... kept; the reference tick always kept).
    const shown = o.x.ticks.filter(inside);
    const labelMax = Math.max(...shown.map((t) => textWidth(o.x.tickFormat(t), fs)));
    const spacing = shown.length > 1 ? Math.abs(x(shown[1]!) - x(shown[0]!)) : Infinity;
    const every = Math.max(1, Math.ceil((labelMax + fs * 0.6) / spacing));
    const anchorIndex = Math.max(0, shown.findIndex((t) => t === (o.x.reference ?? shown[0])));
    // Every tick keeps its mark (the scale stays readable); only the labels are thinned.
    for (const [i, t] of shown.entries()) {
      const tx = x(t);
      const labelled = (i - anchorIndex) % every === 0;
      out.push(`<line x1="${r(tx)}" x2="${r(tx)}" y1="${r(ay)}" y2="${r(ay + fs * (labelled ? 0.35 : 0.2))}" stroke="${ink}"/>`);
      if (labelled) out.push(svgText(tx, ay + fs * 0.35 + lh / 2, o.x.tickFormat(t), { size: fs, fill: ink, anchor: 'middle' }));
    }
    y = ay + fs * 0.35 + lh;
    block(g.axisLabelLines, g.fitsUnderPlot ? (plotX0 + plotX1) / 2 : W / 2, { anchor: 'middle' });
    if (g.directions && o.x.reference !== undefined) {
      const rx = x(o.x.reference);
      // Below the axis nothing else is drawn, so the labels may run past the plot into the side columns.
      if (g.directions.inline) {
        text(rx - fs * 0.3, y + lh / 2, g.directions.left, { anchor: 'end', italic: true });
        text(rx + fs * 0.3, y + lh / 2, g.directions.right, { italic: true });
        y += lh;
      } else {
        // Not enough room on one side of the reference: one label per line, pointing away from each other.
        block(g.directions.leftLines, pad, { italic: true });
        block(g.directions.rightLines, W - pad, { anchor: 'end', italic: true });
      }
    }
    y += fs * 0.4;
  }
}
