// @ts-nocheck
import { formatInterval, formatNumber } from '../../../lib/format';
import { forestPlot, forestPlotCapped, forestSlides, palette, type ChartLayout, type ForestItem, type ForestOptions, type ForestPanel, type MarkerStyle } from '../../../charts';
import type { FigureBuild } from '../figureTypes';
import type { ArmKind } from '../../../lib/figures';

/** Proportion (0..1) as a percentage number with 1 decimal: 0.7405 -> "74.1". */
export const pct = (p: number) => formatNumber(p * 100, 1);

/** "74 [69.1, 78.4]" from a reported percentage and a CI on the 0..1 scale. */
export const percentWithCi = (percent: number, lower: number, upper: number) => formatInterval(percent, lower * 100, upper * 100, (v) => formatNumber(v, 1));

export const armMarker: Record<ArmKind, MarkerStyle> = {
  resection: { shape: 'square', colour: palette.resection, filled: true },
  comparator: { shape: 'circle', colour: palette.comparator, filled: false },
};

export const armLegend = [
  { ...armMarker.resection, label: 'Liver resection arm' },
  { ...armMarker.comparator, label: 'Comparator arm' },
];

/** Rounds for CSV/JSON so downloads stay readable; 4 decimals on the 0..1 scale. */
export const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Ticks from lo to hi by step, free of float noise. */
export function ticks(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; lo + i * step <= hi + 1e-9; i++) out.push(Math.round((lo + i * step) * 1e6) / 1e6);
  return out;
}

/** "I² = 43.7%, τ² = 0.0081, Q = 8.75 (df = 5), p = 0.12". */
export function heterogeneityLine(fit: { i2: number; tau2: number; q: number; qDf: number; qP: number }): string {
  const p = fit.qP < 0.001 ? 'p < 0.001' : `p = ${formatNumber(fit.qP, 3)}`;
  return `Heterogeneity: I² = ${formatNumber(fit.i2, 1)}%, τ² = ${formatNumber(fit.tau2, 4)}, Q = ${formatNumber(fit.q, 2)} (df = ${fit.qDf}), ${p}`;
}

/** The drawings of a forest-style figure: page chart, slides and the height-capped chart (PNG). */
export function forestDrawings(panels: ForestPanel[], options: (layout: ChartLayout, fontFamily?: string) => ForestOptions): Pick<FigureBuild, 'chart' | 'slides' | 'chartCapped'> {
  return {
    chart: (layout, fontFamily) => forestPlot(panels, options(layout, fontFamily)),
    slides: (box, fontFamily, limit) => forestSlides(panels, options('wide', fontFamily), box, limit),
    chartCapped: (maxHeight, fontFamily, note) => forestPlotCapped(panels, options('wide', fontFamily), maxHeight, note),
  };
}

/** Appends `item` under a header per study, in order; one header per study label (a Set, not a search of the list). */
export function studyHeaders() {
  const seen = new Set<string>();
  return (out: ForestItem[], studyLabel: string) => {
    if (!seen.has(studyLabel)) out.push({ type: 'header', label: studyLabel });
    seen.add(studyLabel);
  };
}

/** A list in a note that stays a note at any evidence size: up to `max` items, then how many more the data table holds. */
export function listed(items: string[], max = 10): string {
  if (items.length <= max) return items.join('; ');
  return `${items.slice(0, max).join('; ')}; and ${formatNumber(items.length - max, 0)} more in the data table`;
}
