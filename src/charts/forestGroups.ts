import { forestHeights, type ForestItem, type ForestMeasure, type ForestOptions, type ForestPanel } from './forestPlot';

/** A run of items that stays together: a header with its rows, or a row alone; the pooled diamond joins the run before it. */
export interface ForestGroup {
  panel: number;
  /** First group of its panel (otherwise the panel's title says "continued"). */
  first: boolean;
  items: ForestItem[];
}

export function groupsOf(panels: ForestPanel[]): ForestGroup[] {
  const out: ForestGroup[] = [];
  panels.forEach((p, panel) => {
    let current: ForestGroup | undefined;
    let first = true;
    for (const item of p.items) {
      // A header opens a group and its rows join it; the pooled diamond joins the group before it, so it is
      // never alone on a slide, away from the studies it pools; anything else stands alone.
      if (current && ((item.type === 'row' && current.items[0]!.type === 'header') || item.type === 'pooled')) current.items.push(item);
      else {
        out.push((current = { panel, first, items: [item] }));
        first = false;
      }
    }
  });
  return out;
}

/** Groups [a, b) back into panels; a panel cut by a column or slide break repeats its title, "continued". */
export function panelsOf(all: ForestPanel[], groups: ForestGroup[]): ForestPanel[] {
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

/**
 * Heights of columns drawn from runs of groups with options `o` (headings on, no banner, legend or notes), from
 * prefix sums of the group heights: `column(a, b)` is the viewBox height forestPlot gives groups [a, b), in time
 * independent of b − a; `sum(a, b)` the rows' share of it.
 */
export function columnHeights(panels: ForestPanel[], groups: ForestGroup[], o: ForestOptions, ms: ForestMeasure) {
  const h = forestHeights(o, ms);
  const prefix = [0];
  for (const g of groups) prefix.push(prefix[prefix.length - 1]! + g.items.reduce((sum, i) => sum + h.item(i), 0));
  const titled = panels.map((p) => ({ full: h.panel(p.title), continued: h.panel(p.title ? `${p.title} (continued)` : undefined) }));
  // The statistics lines sit under the last panel's axis: drawn once per column.
  const fixed = 2 * h.pad + (o.headings === false ? 0 : h.headings) + h.stats;
  return {
    item: h.item,
    sum: (a: number, b: number) => prefix[b]! - prefix[a]!,
    /** Unrounded: forestPlot's running y at the end of groups [a, b), pads included. */
    exact: (a: number, b: number) => {
      let y = fixed + prefix[b]! - prefix[a]!;
      const pa = groups[a]!.panel;
      const pb = groups[b - 1]!.panel;
      y += groups[a]!.first ? titled[pa]!.full : titled[pa]!.continued;
      for (let p = pa + 1; p <= pb; p++) if (panels[p]!.items.length > 0) y += titled[p]!.full;
      return y;
    },
    // forestPlot rounds its height up; the margin covers float noise between the two sums.
    column(a: number, b: number) {
      return Math.ceil(this.exact(a, b) + 1e-6);
    },
  };
}

/**
 * Groups [a, b) of a plot cut short at b, with the pooled items of the groups after b moved to the end of the
 * last one: a pooled estimate (of every study) stays in view whatever the cut leaves out.
 */
export function cutGroups(groups: ForestGroup[], a: number, b: number): ForestGroup[] {
  const kept = groups.slice(a, b);
  const pooled = groups.slice(b).flatMap((g) => g.items.filter((i) => i.type === 'pooled'));
  if (pooled.length === 0 || kept.length === 0) return kept;
  const last = kept[kept.length - 1]!;
  return [...kept.slice(0, -1), { ...last, items: [...last.items, ...pooled] }];
}

/** Height the pooled items after group b add to a cut-short column (0 when none). */
export function pooledAfter(groups: ForestGroup[], b: number, itemHeight: (i: ForestItem) => number): number {
  let h = 0;
  for (let g = b; g < groups.length; g++) for (const i of groups[g]!.items) if (i.type === 'pooled') h += itemHeight(i);
  return h;
}

/**
 * The first groups of a plot holding at most `maxRows` rows (at least one group), with every pooled item kept at
 * the end (a pooled estimate pools every study, shown or not): what a page shows of a figure too long for it.
 */
export function firstRows(panels: ForestPanel[], maxRows: number): { panels: ForestPanel[]; shownRows: number; totalRows: number } {
  const groups = groupsOf(panels);
  const rowsOf = (g: ForestGroup) => g.items.reduce((k, i) => k + (i.type === 'row' ? 1 : 0), 0);
  const totalRows = groups.reduce((k, g) => k + rowsOf(g), 0);
  if (totalRows <= maxRows) return { panels, shownRows: totalRows, totalRows };
  let b = 0;
  let shownRows = 0;
  while (b < groups.length && (b === 0 || shownRows + rowsOf(groups[b]!) <= maxRows)) shownRows += rowsOf(groups[b++]!);
  return { panels: panelsOf(panels, cutGroups(groups, 0, b)), shownRows, totalRows };
}
