// @ts-nocheck
import { type ChartLayout, type ForestOptions, palette, type ForestItem } from '../../../charts';
import { collectCredits, resectionVsComparator, type DataTable, type FigureEvidence } from '../../../lib/figures';
import { formatInterval, formatNumber } from '../../../lib/format';
import type { FigureBuild } from '../figureTypes';
import { pagesOfFigure } from '../figurePages';
import { forestDrawings, heterogeneityLine, listed, r4, ticks } from './shared';

const slug = 'resection-vs-comparator-rd';
const pp = (v: number) => formatNumber(v * 100, 1);
const ppInterval = (e: number, lo: number, hi: number) => formatInterval(e * 100, lo * 100, hi * 100, (v) => formatNumber(v, 1));

export const exploratoryWarning =
  'EXPLORATORY: this pooling was not done in the source review. The data are observational and selection-biased (resected patients had less tumour burden), and event counts are approximated from printed percentages.';

/** Figure 2: risk difference in 5-year OS, resection vs comparator, with a REML pooled estimate (exploratory). */
export function resectionVsComparatorRd(ev: FigureEvidence): FigureBuild {
  const { rows, pooled } = resectionVsComparator(ev);
  const inPool = rows.filter((r) => r.pooled);
  const notPooled = rows.filter((r) => !r.pooled);
  const title = 'Liver resection vs comparator: risk difference in 5-year overall survival (exploratory random-effects pooling)';
  const rule = `Rule: every study in the review's Table 1 with a resection arm and at least one other arm reporting 5-year OS with n; one pair per comparator. For pooling, each study contributes one comparator: the non-surgical arm with the most patients. ${notPooled.length ? `Shown but not pooled: ${listed(notPooled.map((r) => `${r.studyLabel} ${r.comparator.armLabel}`))}.` : ''} Arms with only 3-year values are not used.`;
  const method = `Risk difference = resection − comparator, events approximated as round(% × n / 100); 95% CI: rd ± 1.96·SE with the large-sample variance (metafor escalc "RD", vtype "LS"). Random-effects model with REML τ²; 95% prediction interval uses t with k − 2 df.`;
  const items: ForestItem[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (!seen.has(r.studyId)) items.push({ type: 'header', label: `${r.studyLabel}: ${r.resection.armLabel} ≈${r.ai}/${r.n1i}` });
    seen.add(r.studyId);
    items.push({
      type: 'row',
      label: `vs ${r.comparator.armLabel} ≈${r.ci}/${r.n2i}`,
      estimate: r.rd,
      lower: r.lower,
      upper: r.upper,
      valueText: ppInterval(r.rd, r.lower, r.upper),
      weightText: r.pooled && r.weight !== null ? `${formatNumber(r.weight, 1)}%` : 'not pooled',
      sizeWeight: r.weight ?? undefined,
      shape: 'square',
      colour: r.pooled ? palette.resection : palette.neutral,
      filled: r.pooled,
    });
  }
  if (pooled)
    items.push({
      type: 'pooled',
      label: `Random-effects model (REML), k = ${pooled.k}`,
      estimate: pooled.estimate,
      lower: pooled.ci_lb,
      upper: pooled.ci_ub,
      valueText: ppInterval(pooled.estimate, pooled.ci_lb, pooled.ci_ub),
      weightText: '100%',
      prediction: { lower: pooled.pi_lb, upper: pooled.pi_ub, label: '95% prediction interval', valueText: formatInterval(undefined, pooled.pi_lb * 100, pooled.pi_ub * 100, (v) => formatNumber(v, 1)) },
    });
  // Axis from the data in steps of 20 points, always including 0; clipped CIs still end in arrows.
  const ends = [...rows.flatMap((r) => [r.lower, r.upper]), ...(pooled ? [pooled.pi_lb, pooled.pi_ub] : []), 0];
  const domain: [number, number] = [Math.max(-1, Math.floor(Math.min(...ends) / 0.2) * 0.2), Math.min(1, Math.ceil(Math.max(...ends) / 0.2) * 0.2)];
  const het = pooled ? heterogeneityLine(pooled) : 'No pooled estimate (no study qualifies).';
  const description = `Forest plot of ${rows.length} resection-vs-comparator risk differences in 5-year OS (percentage points). ${pooled ? `Pooled over ${pooled.k} studies: ${pp(pooled.estimate)} points, 95% CI ${pp(pooled.ci_lb)} to ${pp(pooled.ci_ub)}, prediction interval ${pp(pooled.pi_lb)} to ${pp(pooled.pi_ub)}. ${het}.` : ''}`;
  const tableRows: DataTable['rows'] = rows.map((r) => ({
    row_type: r.pooled ? 'study' : 'not-pooled',
    study: r.studyLabel,
    resection_arm: r.resection.armLabel,
    comparator_arm: r.comparator.armLabel,
    ai: r.ai,
    n1i: r.n1i,
    ci: r.ci,
    n2i: r.n2i,
    rd: r4(r.rd),
    ci_lb: r4(r.lower),
    ci_ub: r4(r.upper),
    pi_lb: null,
    pi_ub: null,
    weight_percent: r.weight === null ? null : r4(r.weight),
  }));
  if (pooled)
    tableRows.push({ row_type: 'pooled', study: `Random-effects model (REML), k = ${pooled.k}`, resection_arm: '', comparator_arm: '', ai: null, n1i: null, ci: null, n2i: null, rd: r4(pooled.estimate), ci_lb: r4(pooled.ci_lb), ci_ub: r4(pooled.ci_ub), pi_lb: r4(pooled.pi_lb), pi_ub: r4(pooled.pi_ub), weight_percent: 100 });
  const table = {
    columns: [
      { key: 'row_type', label: 'Row' },
      { key: 'study', label: 'Study' },
      { key: 'resection_arm', label: 'Resection arm' },
      { key: 'comparator_arm', label: 'Comparator arm' },
      { key: 'ai', label: 'Resection events (approx.)' },
      { key: 'n1i', label: 'Resection n' },
      { key: 'ci', label: 'Comparator events (approx.)' },
      { key: 'n2i', label: 'Comparator n' },
      { key: 'rd', label: 'Risk difference' },
      { key: 'ci_lb', label: '95% CI lower' },
      { key: 'ci_ub', label: '95% CI upper' },
      { key: 'pi_lb', label: '95% PI lower' },
      { key: 'pi_ub', label: '95% PI upper' },
      { key: 'weight_percent', label: 'Weight %' },
    ],
    rows: tableRows,
  };
  const json = {
    measure: 'RD',
    method: 'REML',
    studies: inPool.map((r) => ({ label: r.studyLabel, ai: r.ai, n1i: r.n1i, ci: r.ci, n2i: r.n2i })),
    pooled: pooled
      ? { estimate: pooled.estimate, ci_lb: pooled.ci_lb, ci_ub: pooled.ci_ub, pi_lb: pooled.pi_lb, pi_ub: pooled.pi_ub, tau2: pooled.tau2, i2: pooled.i2, q: pooled.q, k: pooled.k }
      : null,
    notPooled: notPooled.map((r) => ({ label: `${r.studyLabel}: ${r.comparator.armLabel}`, ai: r.ai, n1i: r.n1i, ci: r.ci, n2i: r.n2i })),
    rows: tableRows.length,
  };
  const options = (layout: ChartLayout, fontFamily?: string): ForestOptions => ({
    id: slug,
    title,
    description,
    layout,
    fontFamily,
    banner: exploratoryWarning,
    x: {
      domain,
      ticks: ticks(domain[0], domain[1], 0.2),
      tickFormat: (v) => formatNumber(v * 100, 0),
      label: 'Risk difference in 5-year OS, percentage points (resection − comparator)',
      reference: 0,
      directions: ['favours comparator', 'favours resection'],
    },
    columns: { label: 'Study, arms (events/n)', value: 'RD [95% CI]', weight: 'Weight' },
    legend: [
      { shape: 'square', colour: palette.resection, filled: true, label: 'Pooled comparison (area ∝ weight)' },
      { shape: 'square', colour: palette.neutral, filled: false, label: 'Shown, not pooled' },
      { shape: 'diamond', colour: palette.pooled, filled: true, label: 'Pooled estimate (REML)' },
    ],
    notes: [het, 'Events approximated from printed percentages (≈). Not done in the source review.'],
  });
  return {
    slug,
    title,
    exploratory: exploratoryWarning,
    caption: [rule, method, `${het}.`],
    ...forestDrawings([{ items }], options),
    summary: `Forest plot of ${rows.length} risk differences in 5-year overall survival, resection minus comparator${pooled ? `, pooled over ${pooled.k} studies ${pp(pooled.estimate)} percentage points (95% CI ${pp(pooled.ci_lb)} to ${pp(pooled.ci_ub)})` : ''}. Exploratory: not done in the source review.`,
    table,
    json,
    credits: collectCredits(rows.flatMap((r) => [r.resection, r.comparator]).map((a) => ({ studyLabel: a.studyLabel, provenance: a.provenance })), ev.sources),
    usedOn: pagesOfFigure(slug),
  };
}
