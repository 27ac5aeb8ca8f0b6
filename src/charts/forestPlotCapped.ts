import type { Chart } from './chartSvg';
import { columnHeights, cutGroups, groupsOf, panelsOf, pooledAfter } from './forestGroups';
import { forestPlot, measureForest, type ForestOptions, type ForestPanel } from './forestPlot';
import { layoutMetrics } from './layout';

/**
 * The forest plot at most `maxHeight` viewBox units high: when the whole plot is taller, its first studies (a
 * study is never split), any pooled estimate, and a closing note from `note(shownRows, totalRows)` saying where the rest is. Columns
 * and marker sizes stay those of the whole plot. Returns the whole plot, unchanged, when it fits. Time linear in
 * the rows: heights are computed (forestHeights), and only the plot returned is drawn.
 */
export function forestPlotCapped(panels: ForestPanel[], o: ForestOptions, maxHeight: number, note: (shownRows: number, totalRows: number) => string): Chart {
  const groups = groupsOf(panels);
  const all = panels.flatMap((p) => p.items);
  const ms = measureForest(all, o.columns, (o.metrics ?? layoutMetrics(o.layout)).fontSize);
  const opts: ForestOptions = { ...o, measure: ms };
  const heights = columnHeights(panels, groups, opts, ms);
  const n = groups.length;
  /** Banner, legend and notes: what the plot adds to its columns (both rounded up, so never less). */
  const around = (notes?: string[]) => forestPlot([], { ...opts, headings: false, notes }).height - forestPlot([], { ...opts, headings: false, banner: undefined, legend: undefined, notes: undefined }).height + 1;
  if (n === 0 || heights.exact(0, n) + around(o.notes) <= maxHeight) {
    const whole = forestPlot(panels, opts);
    if (whole.height <= maxHeight || n === 0) return whole;
  }
  const totalRows = all.filter((i) => i.type === 'row').length;
  const room = maxHeight - around([...(o.notes ?? []), note(totalRows, totalRows)]);
  // A pooled estimate is kept whatever is cut (it pools every study, shown or not): its room is kept free.
  const pooledH = pooledAfter(groups, 0, heights.item);
  let b = 0;
  while (b < n && heights.exact(0, b + 1) + pooledH <= room) b++;
  for (b = Math.max(b, 1); ; b--) {
    const kept = cutGroups(groups, 0, b);
    const shownRows = kept.flatMap((g) => g.items).filter((i) => i.type === 'row').length;
    const svg = forestPlot(panelsOf(panels, kept), { ...opts, notes: [...(o.notes ?? []), note(shownRows, totalRows)] });
    if (svg.height <= maxHeight || b === 1) return svg;
  }
}
