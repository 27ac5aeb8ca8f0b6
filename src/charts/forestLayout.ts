/**
 * The layout model of a forest plot: where every column sits and how tall every part is, computed once from the
 * options and the measured items. forestPlot draws from it, and forestGroups/forestSlides/forestPlotCapped lay
 * out columns and slides from the same heights without drawing, so measured and drawn heights cannot disagree.
 *
 * Wide layout (pages, downloads, slides), as RevMan and metafor draw it: study label · one text column per
 * `cells` heading (events/n per arm) · weight · estimate [95% CI] · the plot. Narrow layout (phones): the label
 * and value on one line, the cells on the next, the interval on the full width below.
 */
import { scaleLinear } from 'd3-scale';
import type { ForestItem, ForestOptions } from './forestPlot';
import { layoutMetrics } from './layout';
import { numbersIn } from './svgText';
import { textWidth, wrapText } from './textWidth';
import type { ForestCell } from './forestPlot';
import type { XScale } from './forestMarks';

/** Column widths and marker scale measured over a figure's items: measured once, shared by every part drawn. */
export interface ForestMeasure {
  valueW: number;
  weightW: number;
  /** Width of each cell column (its widest text, or the widest word of its heading). */
  cellW: number[];
  /** Width the longest label needs on one line. */
  labelNeed: number;
  hasWeight: boolean;
  /** Largest `sizeWeight` of a row (0 when none). */
  maxWeight: number;
}

const widestWord = (text: string, fs: number, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, fs, bold)));

/** Measures `items` at font size `fs` (one pass over the items; loops, not spreads, so any number fits). */
export function measureForest(items: readonly ForestItem[], columns: ForestOptions['columns'], fs: number): ForestMeasure {
  let hasWeight = false;
  let valueW = textWidth(columns.value, fs, true);
  let weightW = columns.weight !== undefined ? textWidth(columns.weight, fs, true) : 0;
  let labelNeed = textWidth(columns.label, fs, true);
  const cellW = (columns.cells ?? []).map((h) => widestWord(h, fs, true));
  let maxWeight = 0;
  for (const i of items) {
    if (i.type === 'header') continue;
    labelNeed = Math.max(labelNeed, textWidth(i.label, fs, i.type === 'pooled'));
    valueW = Math.max(valueW, textWidth(i.valueText, fs, i.type === 'pooled'));
    if (i.weightText !== undefined) {
      hasWeight = true;
      weightW = Math.max(weightW, textWidth(i.weightText, fs));
    }
    if (i.type === 'row') i.cells?.forEach((c, k) => k < cellW.length && (cellW[k] = Math.max(cellW[k]!, textWidth(c.text, fs))));
    if (i.type === 'pooled' && i.prediction) {
      valueW = Math.max(valueW, textWidth(i.prediction.valueText, fs));
      labelNeed = Math.max(labelNeed, textWidth(i.prediction.label, fs));
    }
    if (i.type === 'row' && i.sizeWeight !== undefined && i.sizeWeight > maxWeight) maxWeight = i.sizeWeight;
  }
  hasWeight = hasWeight && columns.weight !== undefined;
  return { valueW, weightW: hasWeight ? weightW : 0, cellW, labelNeed, hasWeight, maxWeight };
}

/** The placed axis band under a panel: tick labels, the direction labels, the axis title and, beside them, the statistics lines. */
export interface AxisBand {
  /** Left edge of the band the axis text may use (wide); the statistics lines stay left of it. */
  x0: number;
  directions?: { inline: boolean; split: boolean; left: string; right: string; leftLines: string[]; rightLines: string[] };
  axisLabelLines: string[];
  axisLabelX: number;
  /** Statistics lines (heterogeneity, overall effect, prediction method), wrapped. */
  statsLines: ForestCell[];
  statsX: number;
  /** Height of the axis side and of the statistics side, from the axis line's top. */
  axisH: number;
  statsH: number;
}

export interface ForestGeometry {
  fs: number;
  lh: number;
  W: number;
  pad: number;
  gap: number;
  wide: boolean;
  ms: ForestMeasure;
  labelW: number;
  /** Right edges of the cell columns, and of the weight column; left edge of the value column. */
  cellX: number[];
  weightX: number;
  valueX: number;
  plotX0: number;
  plotX1: number;
  x: XScale;
  band: AxisBand;
  /** Marker side for a row of weight `w` (the base size without weights). */
  markerSize: (w?: number) => number;
  /** Lines of an item's label and of its prediction label, as drawn. */
  labelLines: (i: ForestItem) => string[];
  /** Narrow layout: the value line (value · weight) and whether it fits beside the label's last line. */
  narrowValue: (i: Exclude<ForestItem, { type: 'header' }>) => { text: string; sameLine: boolean };
  /** Narrow layout: the cells of a row as one line ("Resection events/n 251/339 · ..."). */
  narrowCells: (i: ForestItem) => string | undefined;
  /** Heights: the column headings, one item, a panel (title, space under its items, axis band), the statistics' extra. */
  headingsH: number;
  headingLines: { label: string[]; cells: string[][]; value: string[]; weight: string[] };
  itemH: (i: ForestItem) => number;
  panelH: (title?: string) => number;
  /** What the statistics lines add under the last panel's axis (0 without statistics). */
  statsH: number;
}

/** The layout of a forest plot drawn with options `o` over items measured as `ms`. */
export function forestLayout(o: ForestOptions, ms: ForestMeasure): ForestGeometry {
  const m = o.metrics ?? layoutMetrics(o.layout);
  const fs = m.fontSize;
  const lh = fs * (o.lineHeight ?? 1.45);
  const W = m.width;
  const pad = m.pad;
  const gap = fs * 0.8;
  const wide = o.layout !== 'narrow';
  const { valueW, weightW, hasWeight, labelNeed, cellW } = ms;
  const tickHalf = Math.max(...o.x.ticks.map((t) => textWidth(o.x.tickFormat(t), fs))) / 2;
  const headings = o.columns.cells ?? [];

  // Wide: text columns left of the plot; the label column takes what the longest label needs, but the plot keeps
  // at least 20% of the width (the label column gives way first, down to 16%, and its labels wrap).
  const textCols = cellW.reduce((a, w) => a + w + gap, 0) + (hasWeight ? weightW + gap : 0) + valueW + gap * 1.5;
  const endMargin = Math.max(fs * 0.6, tickHalf);
  const labelW = wide ? Math.max(W * 0.16, Math.min(labelNeed, W - 2 * pad - textCols - endMargin - W * 0.2)) : W - 2 * pad - valueW - gap;
  const cellX: number[] = [];
  let at = pad + labelW;
  for (const w of cellW) cellX.push((at += gap + w));
  const weightX = hasWeight ? (at += gap + weightW) : at;
  const valueX = wide ? at + gap : W - pad;
  const plotX0 = wide ? valueX + valueW + gap * 1.5 : pad + Math.max(fs * 0.6, tickHalf);
  const plotX1 = W - pad - endMargin;
  const x = scaleLinear().domain(o.x.domain).range([plotX0, plotX1]) as unknown as XScale;
  x.domain = o.x.domain;

  // The axis band: tick labels, then the direction labels, then the axis title; the statistics at its left (wide).
  const statsAll = o.stats ?? [];
  let directions: AxisBand['directions'];
  // The axis text may use the right 45% of the width at least; the statistics keep the rest, left of it.
  let x0 = wide ? Math.min(plotX0 - gap * 0.5, pad + (W - 2 * pad) * 0.55) : pad;
  if (o.x.directions && o.x.reference !== undefined) {
    const rx = x(o.x.reference);
    const left = `← ${o.x.directions[0]}`;
    const right = `${o.x.directions[1]} →`;
    const leftStart = rx - fs * 0.3 - textWidth(left, fs);
    // Inline: each label beside the reference line. Else both on one line at the ends of the band, else one line each.
    const inline = textWidth(right, fs) <= W - pad - rx - fs * 0.3 && leftStart >= (statsAll.length && wide ? x0 : pad);
    const split = !inline && textWidth(left, fs) + textWidth(right, fs) + gap <= W - pad - x0;
    const width = W - pad - x0;
    directions = { left, right, inline, split, leftLines: inline || split ? [] : wrapText(left, width, fs), rightLines: inline || split ? [] : wrapText(right, width, fs) };
  }
  x0 = Math.max(pad, x0);
  // Without statistics beside it, the axis title may use the whole width: it stays on one line in a slide column.
  const titleX0 = statsAll.length > 0 ? x0 : pad;
  const plotW = plotX1 - plotX0;
  const centre = (plotX0 + plotX1) / 2;
  const underPlot = wide && textWidth(o.x.label, fs) <= Math.min(plotW + gap * 2, 2 * Math.min(centre - titleX0, W - pad - centre));
  const axisLabelLines = wrapText(o.x.label, underPlot ? plotW + gap * 2 : wide ? W - pad - titleX0 : W - 2 * pad, fs);
  // Not under the plot: as close to its centre as the band allows (one line), else centred on the band.
  const labelHalf = textWidth(o.x.label, fs) / 2;
  const axisLabelX = underPlot ? centre : wide ? (axisLabelLines.length === 1 ? Math.max(titleX0 + labelHalf, Math.min(centre, W - pad - labelHalf)) : (titleX0 + W - pad) / 2) : W / 2;
  // Wrapped statistics keep their value markers: each line takes as many marks as it shows numbers.
  const statsLines = statsAll.flatMap((s) => {
    let k = 0;
    return wrapText(s.text, wide ? x0 - gap * 0.5 - pad : W - 2 * pad, fs).map((text) => {
      const n = numbersIn(text);
      const marks = s.marks?.slice(k, (k += n));
      return { text, marks };
    });
  });
  const dirsH = directions ? (directions.inline || directions.split ? lh : (directions.leftLines.length + directions.rightLines.length) * lh) : 0;
  const ticksH = fs * 0.2 + fs * 0.35 + lh;
  const axisH = ticksH + dirsH + axisLabelLines.length * lh;
  const statsH = statsLines.length === 0 ? 0 : wide ? Math.max(0, fs * 0.2 + statsLines.length * lh - axisH) : fs * 0.2 + statsLines.length * lh;
  const band: AxisBand = { x0, directions, axisLabelLines, axisLabelX, statsLines, statsX: pad, axisH, statsH: fs * 0.2 + statsLines.length * lh };

  const baseMarker = fs * 0.72;
  const markerSize = (w?: number) => (w !== undefined && ms.maxWeight > 0 ? baseMarker * (0.6 + 0.9 * Math.sqrt(w / ms.maxWeight)) : baseMarker);
  // Headers (a study over its rows) have no cells: they may run over the empty text columns up to the plot.
  const labelLines = (i: ForestItem) => (i.type === 'header' ? wrapText(i.label, wide ? plotX0 - gap * 1.5 - pad : W - 2 * pad, fs, true) : wrapText(i.label, labelW, fs, i.type === 'pooled'));
  const narrowValue = (i: Exclude<ForestItem, { type: 'header' }>) => {
    const text = hasWeight && i.weightText ? `${i.valueText} · ${i.weightText}` : i.valueText;
    const lines = labelLines(i);
    return { text, sameLine: textWidth(text, fs) + textWidth(lines[lines.length - 1]!, fs) + gap <= W - 2 * pad };
  };
  const narrowCells = (i: ForestItem) => (i.type === 'row' && i.cells?.length ? i.cells.map((c, k) => `${headings[k] ?? ''} ${c.text}`.trim()).join(' · ') : undefined);
  const itemH = (i: ForestItem): number => {
    if (i.type === 'header') return fs * 0.25 + labelLines(i).length * lh;
    let h: number;
    if (wide) h = labelLines(i).length * lh;
    else h = (narrowValue(i).sameLine ? 0 : lh) + labelLines(i).length * lh + (narrowCells(i) ? lh : 0) + lh * 0.95;
    if (i.type === 'pooled' && i.prediction) h += wrapText(i.prediction.label, labelW, fs).length * lh + (wide ? 0 : lh * 0.95);
    return h;
  };
  const headingLines = {
    label: wide ? wrapText(o.columns.label, labelW, fs, true) : [o.columns.label],
    cells: headings.map((h, k) => (wide ? wrapText(h, cellW[k]!, fs, true) : [])),
    value: [o.columns.value],
    weight: hasWeight ? [o.columns.weight!] : [],
  };
  const headingRows = wide ? Math.max(headingLines.label.length, ...headingLines.cells.map((c) => c.length)) : hasWeight ? 2 : 1;
  return {
    fs,
    lh,
    W,
    pad,
    gap,
    wide,
    ms,
    labelW,
    cellX,
    weightX,
    valueX,
    plotX0,
    plotX1,
    x,
    band,
    markerSize,
    labelLines,
    narrowValue,
    narrowCells,
    headingsH: headingRows * lh + fs * 0.4,
    headingLines,
    itemH,
    panelH: (title?: string) => (title ? fs * 0.3 + wrapText(title, W - 2 * pad, fs * 1.1, true).length * lh : 0) + fs * 0.2 + axisH + fs * 0.4,
    statsH,
  };
}
