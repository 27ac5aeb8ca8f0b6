import { type ChartLayout, type ForestOptions, palette, type ForestItem, valueSetRef } from '../charts';
import { pooledResectionSurvival, type DataTable, type FigureEvidence } from './derive';
import { formatNumber } from '../lib/format';
import { backTransformLogit, logitProportion, normalQuantile } from '../lib/stats';
import { declareFigure } from './declareFigure';
import { sameSeriesNotes } from './sameSeries';
import { dataText, plainText, type FigureText } from './text';
import type { FigureBuild } from './types';
import { armInputs, eventsMark, mark, marksOf, outcomeAt, studyAt, asFraction } from './marks';
import { wideForestMetrics, f1, heterogeneityParts, pooledForestItem, hundredfoldInterval, poolStatsLines, r4, robustnessTable, shownLeaveOneOut, ticks, type RobustnessEntry, pooledRowMarks } from './shared';

const slug = 'pooled-five-year-os-resection';

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
  // Every derived number names its arm's inputs (count or percentage, n); pooled numbers name every pooled arm's,
  // written once as a named set (`@slug/pool`) so that markers grow linearly with the number of arms.
  const inputs = drawn.map((r) => armInputs(ev, r.arm).refs);
  const pool = inputs.flat();
  const valueSets = { [`${slug}/pool`]: pool };
  const poolRef = [valueSetRef(`${slug}/pool`)];
  const studyMarks = inputs.map((a) => ({ p: mark(a, 'proportion'), lower: mark(a, 'plo-lower'), upper: mark(a, 'plo-upper'), weight: mark([...a, ...poolRef], 'plo-weight') }));
  const pooledMarks = {
    estimate: mark(poolRef, 'plo-pooled'),
    lower: mark(poolRef, 'plo-pooled-lower'),
    upper: mark(poolRef, 'plo-pooled-upper'),
    piLower: mark(poolRef, 'plo-pi-lower'),
    piUpper: mark(poolRef, 'plo-pi-upper'),
    total: mark(poolRef, 'plo-weight-total'),
  };
  const items: ForestItem[] = drawn.map((r, i) => ({
    type: 'row',
    marks: { estimate: studyMarks[i]!.p, lower: studyMarks[i]!.lower, upper: studyMarks[i]!.upper, valueText: [studyMarks[i]!.p, studyMarks[i]!.lower, studyMarks[i]!.upper], weightText: [studyMarks[i]!.weight] },
    label: `${r.arm.studyLabel}: ${r.arm.armLabel}`,
    cells: [{ text: `${r.arm.eventsApproximate ? '≈' : ''}${r.xi}`, marks: [eventsMark(armInputs(ev, r.arm))] }, { text: `${r.ni}`, marks: [mark(inputs[i]![1])] }],
    estimate: r.p,
    lower: r.lower,
    upper: r.upper,
    valueText: hundredfoldInterval(r.p, r.lower, r.upper),
    weightText: `${f1(r.weight)}%`,
    sizeWeight: r.weight,
    shape: 'square',
    colour: palette.resection,
    filled: true,
  }));
  if (pooled) items.push(pooledForestItem(pooled, pooledMarks));
  const sk = (kind: string, refs: string[]) => (stat: string, scale?: number) => mark(refs, `plo-${kind}-${stat}`, scale);
  const robustEntries: RobustnessEntry[] = [];
  let looNote: FigureText | undefined;
  if (pooled) {
    const s = pooled.sensitivity;
    robustEntries.push({ analysis: ['Main analysis: REML, Wald z interval'], fit: { ...pooled, tau2: pooled.fit.tau2, i2: pooled.fit.i2 }, mk: sk('main', poolRef) });
    robustEntries.push({ analysis: ['DerSimonian–Laird τ² instead of REML'], fit: s.dl, mk: sk('dl', poolRef) });
    if (s.knha) robustEntries.push({ analysis: ['Hartung–Knapp interval (t, k − 1 df)'], fit: s.knha, mk: sk('knha', poolRef) });
    robustEntries.push({ analysis: ['Events rounded half to even, not half up'], fit: s.halfEven, mk: sk('halfEven', poolRef) });
    const loo = shownLeaveOneOut(s.leaveOneOut.map((f, j) => ({ analysis: ['Leave out ', dataText(rows[j]!.arm.studyLabel)], fit: f, mk: sk('loo', [...inputs[j]!, ...poolRef]) })), inputs.map((a) => a[1]), pooled.estimate);
    robustEntries.push(...loo.lines);
    looNote = loo.note;
  }
  const robustness = robustEntries.length
    ? { note: looNote, caption: 'Robustness of the pooled 5-year OS (percent; τ² on the logit scale): each line changes one choice of the main analysis. Computed as metafor does (update(res, method = "DL"), test = "knha", leave1out(), back-transformed with transf.ilogit). No study has a second resection arm, so there is no other-arm line.', table: robustnessTable(robustEntries, { scale: 100, estimateLabel: '5-year OS (%)', tau2Label: 'τ² (logit)', tau2Scale: 1 }) }
    : undefined;
  const hetParts: FigureText = pooled ? [...heterogeneityParts(pooled.fit, (stat) => mark(poolRef, `plo-main-${stat}`)), ' (logit scale)'] : ['No pooled estimate'];
  const het = plainText(hetParts);
  const rule = `Rule: the resection arm (liver resection with or without ablation; the largest if a study has several) of every study in the review's Table 1 that reports 5-year OS with n. Events approximated as round(% × n / 100).`;
  const method = `Random-effects model with REML τ² on logit proportions (metafor escalc "PLO"), back-transformed with the inverse logit; study CIs are logit Wald intervals back-transformed; the 95% prediction interval uses t with k − 2 df.`;
  const tableRows: DataTable['rows'] = drawn.map((r) => ({ row_type: 'study', study_id: r.arm.studyId, group_id: r.arm.groupId, outcome_id: r.arm.outcomeId, study: r.arm.studyLabel, arm: r.arm.armLabel, xi: r.xi, ni: r.ni, proportion: r4(r.p), ci_lb: r4(r.lower), ci_ub: r4(r.upper), pi_lb: null, pi_ub: null, weight_percent: r4(r.weight) }));
  if (pooled)
    tableRows.push({ row_type: 'pooled', study_id: null, group_id: null, outcome_id: null, study: `Random-effects model (REML), k = ${pooled.fit.k}`, arm: '', xi: null, ni: null, proportion: r4(pooled.estimate), ci_lb: r4(pooled.ci_lb), ci_ub: r4(pooled.ci_ub), pi_lb: r4(pooled.pi_lb), pi_ub: r4(pooled.pi_ub), weight_percent: 100 });
  const tableMarks: NonNullable<DataTable['marks']> = marksOf(
    drawn,
    (r, i) => ({
      study: mark(studyAt(r.arm.studyId, 'label')),
      arm: mark(studyAt(r.arm.studyId, 'groups', r.arm.groupId, 'label')),
      xi: r.arm.eventsApproximate ? mark(inputs[i]!, 'events') : mark(outcomeAt(r.arm.studyId, r.arm.outcomeId, 'count')),
      ni: mark(inputs[i]![1]),
      proportion: asFraction(studyMarks[i]!.p),
      ci_lb: asFraction(studyMarks[i]!.lower),
      ci_ub: asFraction(studyMarks[i]!.upper),
      weight_percent: studyMarks[i]!.weight,
    }),
    ...(pooled ? [() => ({ study: mark(inputs.map((a) => a[1]), 'count'), proportion: asFraction(pooledMarks.estimate), ...pooledRowMarks(pooledMarks) })] : []),
  );
  const table: DataTable = {
    marks: tableMarks,
    columns: [
      { key: 'row_type', label: 'Row' },
      { key: 'study_id', label: 'Study id' },
      { key: 'group_id', label: 'Arm id' },
      { key: 'outcome_id', label: 'Outcome id' },
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
    valueSets,
    id: slug,
    title,
    description: `Forest plot of 5-year OS in ${rows.length} resection arms. ${pooled ? `Pooled ${formatNumber(pooled.estimate * 100, 1)}%, 95% CI ${formatNumber(pooled.ci_lb * 100, 1)} to ${formatNumber(pooled.ci_ub * 100, 1)}%, prediction interval ${formatNumber(pooled.pi_lb * 100, 1)} to ${formatNumber(pooled.pi_ub * 100, 1)}%. ${het}.` : ''}`,
    layout,
    ...(layout === 'wide' ? { metrics: wideForestMetrics } : {}),
    fontFamily,
    banner: exploratoryPooledOs,
    x: { domain: [0.3, 1], ticks: ticks(0.3, 1, 0.1), tickFormat: (v) => `${formatNumber(v * 100, 0)}`, shownScale: 100, label: '5-year overall survival (%)' },
    columns: { label: 'Study: resection arm', cells: ['Events', 'n'], value: '% [95% CI]', weight: 'Weight' },
    stats: pooled ? poolStatsLines(pooled.fit, pooled.test, { tau2: '(logit)', tau2Scale: 1, mk: (stat, scale) => (stat === 'k' ? mark(inputs.map((a) => a[1]), 'count') : mark(poolRef, `plo-main-${stat}`, scale)) }) : undefined,
    legend: [
      { shape: 'square', colour: palette.resection, filled: true, label: 'Resection arm (area ∝ weight)' },
      { shape: 'diamond', colour: palette.pooled, filled: true, label: 'Pooled estimate (REML)' },
    ],
    notes: ['≈: events approximated from printed percentages, round(% × n / 100). Not done in the source review.'],
  });
  return declareFigure(ev, {
    slug,
    title,
    exploratory: exploratoryPooledOs,
    caption: [[rule], [method], [...hetParts, '.'], ...sameSeriesNotes(ev, rows.map((r) => r.arm.studyId))],
    robustness,
    valueSets,
    drawing: { kind: 'forest', panels: [{ items }], options },
    wideWidth: wideForestMetrics.width,
    summary: `Forest plot of 5-year overall survival in ${rows.length} resection arms${pooled ? `, pooled ${formatNumber(pooled.estimate * 100, 1)}% (95% CI ${formatNumber(pooled.ci_lb * 100, 1)} to ${formatNumber(pooled.ci_ub * 100, 1)}%)` : ''}. Exploratory: not done in the source review.`,
    table,
    json: {
      measure: 'PLO',
      method: 'REML',
      studies: rows.map((r) => ({ label: r.arm.studyLabel, study_id: r.arm.studyId, group_id: r.arm.groupId, outcome_id: r.arm.outcomeId, xi: r.xi, ni: r.ni })),
      pooled: pooled
        ? {
            estimate: pooled.estimate, ci_lb: pooled.ci_lb, ci_ub: pooled.ci_ub, pi_lb: pooled.pi_lb, pi_ub: pooled.pi_ub, tau2: pooled.fit.tau2, i2: pooled.fit.i2, q: pooled.fit.q, k: pooled.fit.k,
            zval: pooled.test.z, pval: pooled.test.p,
            // metafor's meanings: leave1out(res, transf = transf.ilogit) and rma(..., test = "knha") back-transformed; tau2, I² on the logit scale.
            leave_one_out: pooled.sensitivity.leaveOneOut.map((f, j) => ({ omitted: rows[j]!.arm.studyId, estimate: f.estimate, ci_lb: f.ci_lb, ci_ub: f.ci_ub, tau2: f.tau2, i2: f.i2 })),
            knha: pooled.sensitivity.knha ? { estimate: pooled.sensitivity.knha.estimate, ci_lb: pooled.sensitivity.knha.ci_lb, ci_ub: pooled.sensitivity.knha.ci_ub } : null,
          }
        : null,
      rows: tableRows.length,
      columns: table.columns.map((c) => c.key),
      data: table.rows,
    },
    traced: rows.map((r) => ({ studyLabel: r.arm.studyLabel, studyRef: studyAt(r.arm.studyId, 'label'), provenance: r.arm.provenance })),
  });
}
