import { formatFixed, formatInterval, formatNumber } from '../lib/format';
import { palette, type ForestCell, type ForestItem, type MarkerStyle } from '../charts';
import { asFraction, countOf, marksOf, type PooledMarks } from './marks';
import type { ArmKind, DataTable } from './derive';
import { marked, plainText, type FigureText } from './text';

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

/**
 * "Heterogeneity: I² = 43.7%, τ² = 0.0081, Q = 8.75 (df = 5), p = 0.119", each number marked by `mk(stat)`
 * (i2, tau2, q, q-df, q-p; "p < 0.001" is a floor, not a value).
 */
export function heterogeneityParts(fit: { i2: number; tau2: number; q: number; qDf: number; qP: number }, mk: (stat: string) => Marks): FigureText {
  return [
    'Heterogeneity: I² = ',
    marked(formatNumber(fit.i2, 1), mk('i2')),
    '%, τ² = ',
    marked(formatNumber(fit.tau2, 4), mk('tau2')),
    ', Q = ',
    marked(formatNumber(fit.q, 2), mk('q')),
    ' (df = ',
    marked(String(fit.qDf), mk('q-df')),
    '), ',
    ...(fit.qP < 0.001 ? ['p < 0.001'] : ['p = ', marked(formatNumber(fit.qP, 3), mk('q-p'))]),
  ];
}

/**
 * Page width of a forest plot with events/n columns (RevMan's layout): 960 units at 16-unit type, so the columns,
 * two-line labels and the plot fit; the page switches to the narrow chart below 720 px (text never under 12 px).
 */
export const wideForestMetrics = { width: 960, fontSize: 16, pad: 10 } as const;

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

/** One decimal, always: every number of a forest plot's value and weight columns reads alike ("10.0", "−2.5"). */
export const f1 = (v: number) => formatFixed(v, 1);
/** "est [lo, hi]" with one decimal each. */
export const fixedInterval = (e: number | undefined, lo: number, hi: number) => formatInterval(e, lo, hi, f1);
/** An estimate and CI on the 0-1 scale printed ×100 with one decimal (percent or percentage points). */
export const hundredfoldInterval = (e: number, lo: number, hi: number) => fixedInterval(e * 100, lo * 100, hi * 100);

/** A p-value as the statistics lines print it: three decimals, or "< 0.001" (the conventional floor, a constant). */
export const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${formatFixed(p, 3)}`);

type Marks = { v: string; derived?: string; scale?: number };
/**
 * The statistics lines under a pooled forest plot (RevMan's and metafor's): heterogeneity with τ² on the scale
 * drawn, the test for overall effect and the prediction-interval method, every number marked for test/values/.
 * `mk(stat)` gives the marker of a statistic (tau2, i2, q, q-df, q-p, z, z-p, k).
 */
export function poolStatsLines(fit: { tau2: number; i2: number; q: number; qDf: number; qP: number; k: number }, test: { z: number; p: number }, o: { tau2: string; tau2Scale: number; mk: (stat: string, scale?: number) => Marks }): ForestCell[] {
  const pMark = (p: number, stat: string) => (p < 0.001 ? undefined : o.mk(stat));
  const tau2 = fit.tau2 * o.tau2Scale;
  return [
    { text: `Heterogeneity: τ² = ${formatFixed(tau2, o.tau2Scale === 1 ? 4 : 1)} ${o.tau2}, I² = ${f1(fit.i2)}%`, marks: [o.mk('tau2', o.tau2Scale), o.mk('i2')] },
    { text: `Q = ${formatFixed(fit.q, 2)}, df = ${fit.qDf}, ${pText(fit.qP)}`, marks: [o.mk('q'), o.mk('q-df'), pMark(fit.qP, 'q-p')] },
    { text: `Test for overall effect (k = ${fit.k}): z = ${formatFixed(test.z, 2)}, ${pText(test.p)}`, marks: [o.mk('k'), o.mk('z'), pMark(test.p, 'z-p')] },
    { text: 'Prediction interval: t on k − 2 df (metafor pi.type "riley")', marks: [undefined] },
  ];
}

/** One line of a robustness table: what was changed, and the pooled estimate, CI, τ² and I² it gives, each marked. */
export interface RobustnessEntry {
  /** What was changed; study and arm labels as data/ holds them. */
  analysis: FigureText;
  fit: { estimate: number; ci_lb: number; ci_ub: number; tau2: number; i2: number };
  /** Marker of a statistic of this analysis (estimate, ci_lb, ci_ub, tau2, i2). */
  mk: (stat: string, scale?: number) => Marks;
}

/** Most leave-one-out lines a robustness table shows (issue 13: a pool of hundreds of studies; a page of 14 KB). */
export const leaveOneOutRows = 10;

/**
 * The leave-one-out lines a robustness table shows: all, or the `leaveOneOutRows` whose omission moves the pooled
 * estimate most (what the table is for: does one study drive the result), largest change first, ties in study
 * order, with a note that the figure's JSON download (`pooled.leave_one_out`) keeps every one. `pooled`: the main
 * estimate; `omitted`: one data/ ref per line (the omitted study's n), so the note's counts are marked.
 */
export function shownLeaveOneOut(lines: RobustnessEntry[], omitted: string[], pooled: number): { lines: RobustnessEntry[]; note?: FigureText } {
  if (lines.length <= leaveOneOutRows) return { lines };
  const shown = lines
    .map((line, i) => ({ i, change: Math.abs(line.fit.estimate - pooled) }))
    .sort((a, b) => b.change - a.change || a.i - b.i)
    .slice(0, leaveOneOutRows)
    .map((x) => x.i);
  return {
    lines: shown.map((i) => lines[i]!),
    note: ['Shows the ', countOf(shown.map((i) => omitted[i]!)), ' of ', countOf(omitted), ' leave-one-out analyses that move the pooled estimate most; every one is in pooled.leave_one_out of the figure’s JSON download.'],
  };
}

/**
 * The robustness table under a pooled figure: one row per analysis, numbers in one format per column (estimate
 * and CI with one decimal in the units drawn, τ² on the scale drawn, I² with one decimal).
 */
export function robustnessTable(entries: RobustnessEntry[], o: { scale: number; estimateLabel: string; tau2Label: string; tau2Scale: number }): DataTable & { analyses: FigureText[] } {
  const t2 = (v: number) => formatFixed(v * o.tau2Scale, o.tau2Scale === 1 ? 4 : 1);
  return {
    columns: [
      { key: 'analysis', label: 'Analysis' },
      { key: 'estimate', label: o.estimateLabel },
      { key: 'ci_lb', label: '95% CI lower' },
      { key: 'ci_ub', label: '95% CI upper' },
      { key: 'tau2', label: o.tau2Label },
      { key: 'i2', label: 'I² (%)' },
    ],
    analyses: entries.map((e) => e.analysis),
    rows: entries.map((e) => ({ analysis: plainText(e.analysis), estimate: f1(e.fit.estimate * o.scale), ci_lb: f1(e.fit.ci_lb * o.scale), ci_ub: f1(e.fit.ci_ub * o.scale), tau2: t2(e.fit.tau2), i2: f1(e.fit.i2) })),
    marks: marksOf(entries, (e) => ({ estimate: e.mk('estimate'), ci_lb: e.mk('ci_lb'), ci_ub: e.mk('ci_ub'), tau2: e.mk('tau2', o.tau2Scale), i2: e.mk('i2') })),
  };
}

/**
 * The pooled (REML) row of a forest plot with its prediction interval, drawn on the 0-1 scale of its figure and
 * printed ×100 with one decimal ("74.0 [69.7, 77.8]"); every number carries its mark.
 */
export function pooledForestItem(pooled: { estimate: number; ci_lb: number; ci_ub: number; pi_lb: number; pi_ub: number }, m: PooledMarks): ForestItem {
  return {
    type: 'pooled',
    label: 'Random-effects model (REML)',
    estimate: pooled.estimate,
    lower: pooled.ci_lb,
    upper: pooled.ci_ub,
    valueText: hundredfoldInterval(pooled.estimate, pooled.ci_lb, pooled.ci_ub),
    weightText: '100.0%',
    marks: { estimate: m.estimate, lower: m.lower, upper: m.upper, valueText: [m.estimate, m.lower, m.upper], weightText: [m.total] },
    prediction: {
      lower: pooled.pi_lb,
      upper: pooled.pi_ub,
      label: '95% prediction interval',
      valueText: fixedInterval(undefined, pooled.pi_lb * 100, pooled.pi_ub * 100),
      marks: { lower: m.piLower, upper: m.piUpper, valueText: [m.piLower, m.piUpper] },
    },
  };
}

/** The source and locator columns that close every figure table (CSV headers: the published interface). */
export const provenanceColumns = [
  { key: 'source', label: 'Source' },
  { key: 'locator', label: 'Locator' },
] as const;
/** The source and locator cells of a row, from its provenance. */
export const provenanceCells = (p: { source: string; locator: string }) => ({ source: p.source, locator: p.locator });
/** The id cells that open a row drawn from one outcome (study, group, outcome), in the CSV's order. */
export const outcomeIdCells = (r: { studyId: string; groupId: string; outcomeId: string }) => ({ study_id: r.studyId, group_id: r.groupId, outcome_id: r.outcomeId });

/** Markers of the pooled row's CI, prediction interval and weight cells (the 0-1 scale of the downloads). */
export const pooledRowMarks = (m: PooledMarks) => ({
  ci_lb: asFraction(m.lower),
  ci_ub: asFraction(m.upper),
  pi_lb: asFraction(m.piLower),
  pi_ub: asFraction(m.piUpper),
  weight_percent: m.total,
});
