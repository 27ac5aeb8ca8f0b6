// @ts-nocheck
import { type ChartLayout, type ForestOptions, palette, type ForestItem } from '../../../charts';
import { collectCredits, pooledResectionSurvival, type DataTable, type FigureEvidence } from '../../../lib/figures';
import { formatInterval, formatNumber } from '../../../lib/format';
import { backTransformLogit, logitProportion, normalQuantile } from '../../../lib/stats';
import type { FigureBuild } from '../figureTypes';
import { pagesOfFigure } from '../figurePages';
import { forestDrawings, heterogeneityLine, r4, ticks } from './shared';

const slug = 'pooled-five-year-os-resection';
const pctInterval = (e: number, lo: number, hi: number) => formatInterval(e * 100, lo * 100, hi * 100, (v) => formatNumber(v, 1));

export const exploratoryPooledOs =
  'EXPLORATORY: this pooling was not done in the source review. Single arms of observational, selection-biased studies; event counts approximated from printed percentages.';

/** Figure 3: pooled 5-year OS after liver resection, random effects (REML) on logit proportions, back-transformed. */
export function pooledFiveYearOsResection(ev: FigureEvidence): FigureBuild {
  const { rows, pooled } = pooledResectionSurvival(ev);
  const z = normalQuantile(0.975);
  const title = 'Pooled 5-year overall survival after liver resection (exploratory random-effects pooling of logit proportions)';
  const drawn = rows.map((r) => {
    // Study intervals on the model's scale: logit ± z·SE, back-transformed (as metafor's forest with transf = ilogit).
    const es = logitProportion(r.xi, r.ni);
    const half = z * Math.sqrt(es.vi);
    return { ...r, p: r.xi / r.ni, lower: backTransformLogit(es.yi - half), upper: backTransformLogit(es.yi + half) };
  });
  const items: ForestItem[] = drawn.map((r) => ({
    type: 'row',
    label: `${r.arm.studyLabel}: ${r.arm.armLabel} (≈${r.xi}/${r.ni})`,
    estimate: r.p,
    lower: r.lower,
    upper: r.upper,
    valueText: pctInterval(r.p, r.lower, r.upper),
    weightText: `${formatNumber(r.weight, 1)}%`,
    sizeWeight: r.weight,
    shape: 'square',
    colour: palette.resection,
    filled: true,
  }));
  if (pooled)
    items.push({
      type: 'pooled',
      label: `Random-effects model (REML), k = ${pooled.fit.k}`,
      estimate: pooled.estimate,
      lower: pooled.ci_lb,
      upper: pooled.ci_ub,
      valueText: pctInterval(pooled.estimate, pooled.ci_lb, pooled.ci_ub),
      weightText: '100%',
      prediction: { lower: pooled.pi_lb, upper: pooled.pi_ub, label: '95% prediction interval', valueText: formatInterval(undefined, pooled.pi_lb * 100, pooled.pi_ub * 100, (v) => formatNumber(v, 1)) },
    });
  const het = pooled ? `${heterogeneityLine(pooled.fit)} (logit scale)` : 'No pooled estimate.';
  const rule = `Rule: the resection arm (liver resection with or without ablation; the largest if a study has several) of every study in the review's Table 1 that reports 5-year OS with n. Events approximated as round(% × n / 100).`;
  const method = `Random-effects model with REML τ² on logit proportions (metafor escalc "PLO"), back-transformed with the inverse logit; study CIs are logit Wald intervals back-transformed; the 95% prediction interval uses t with k − 2 df.`;
  const tableRows: DataTable['rows'] = drawn.map((r) => ({ row_type: 'study', study: r.arm.studyLabel, arm: r.arm.armLabel, xi: r.xi, ni: r.ni, proportion: r4(r.p), ci_lb: r4(r.lower), ci_ub: r4(r.upper), pi_lb: null, pi_ub: null, weight_percent: r4(r.weight) }));
  if (pooled)
    tableRows.push({ row_type: 'pooled', study: `Random-effects model (REML), k = ${pooled.fit.k}`, arm: '', xi: null, ni: null, proportion: r4(pooled.estimate), ci_lb: r4(pooled.ci_lb), ci_ub: r4(pooled.ci_ub), pi_lb: r4(pooled.pi_lb), pi_ub: r4(pooled.pi_ub), weight_percent: 100 });
  const table = {
    columns: [
      { key: 'row_type', label: 'Row' },
      { key: 'study', label: 'Study' },
      { key: 'arm', label: 'Arm' },
      { key: 'xi', label: 'Events (approx.)' },
      { key: 'ni', label: 'n' },
      { key: 'proportion', label: 'Proportion' },
      { key: 'ci_lb', label: '95% CI lower' },
      { key: 'ci_ub', label: '95% CI upper' },
      { key: 'pi_lb', label: '95% PI lower' },
      { key: 'pi_ub', label: '95% PI upper' },
      { key: 'weight_percent', label: 'Weight %' },
    ],
    rows: tableRows,
  };
  const options = (layout: ChartLayout, fontFamily?: string): ForestOptions => ({
    id: slug,
    title,
    description: `Forest plot of 5-year OS in ${rows.length} resection arms. ${pooled ? `Pooled ${formatNumber(pooled.estimate * 100, 1)}%, 95% CI ${formatNumber(pooled.ci_lb * 100, 1)} to ${formatNumber(pooled.ci_ub * 100, 1)}%, prediction interval ${formatNumber(pooled.pi_lb * 100, 1)} to ${formatNumber(pooled.pi_ub * 100, 1)}%. ${het}.` : ''}`,
    layout,
    fontFamily,
    banner: exploratoryPooledOs,
    x: { domain: [0.3, 1], ticks: ticks(0.3, 1, 0.1), tickFormat: (v) => `${formatNumber(v * 100, 0)}`, label: '5-year overall survival (%)' },
    columns: { label: 'Study: resection arm (events/n)', value: '% [95% CI]', weight: 'Weight' },
    legend: [
      { shape: 'square', colour: palette.resection, filled: true, label: 'Resection arm (area ∝ weight)' },
      { shape: 'diamond', colour: palette.pooled, filled: true, label: 'Pooled estimate (REML)' },
    ],
    notes: [het, 'Events approximated from printed percentages (≈). Not done in the source review.'],
  });
  return {
    slug,
    title,
    exploratory: exploratoryPooledOs,
    caption: [rule, method, `${het}.`],
    ...forestDrawings([{ items }], options),
    summary: `Forest plot of 5-year overall survival in ${rows.length} resection arms${pooled ? `, pooled ${formatNumber(pooled.estimate * 100, 1)}% (95% CI ${formatNumber(pooled.ci_lb * 100, 1)} to ${formatNumber(pooled.ci_ub * 100, 1)}%)` : ''}. Exploratory: not done in the source review.`,
    table,
    json: {
      measure: 'PLO',
      method: 'REML',
      studies: rows.map((r) => ({ label: r.arm.studyLabel, xi: r.xi, ni: r.ni })),
      pooled: pooled ? { estimate: pooled.estimate, ci_lb: pooled.ci_lb, ci_ub: pooled.ci_ub, pi_lb: pooled.pi_lb, pi_ub: pooled.pi_ub, tau2: pooled.fit.tau2, i2: pooled.fit.i2, q: pooled.fit.q, k: pooled.fit.k } : null,
      rows: tableRows.length,
    },
    credits: collectCredits(rows.map((r) => ({ studyLabel: r.arm.studyLabel, provenance: r.arm.provenance })), ev.sources),
    usedOn: pagesOfFigure(slug),
  };
}
