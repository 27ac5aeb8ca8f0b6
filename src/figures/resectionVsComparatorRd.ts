import { type ChartLayout, type ForestOptions, palette, type ForestItem, valueSetRef } from '../charts';
import { resectionVsComparator, type DataTable, type FigureEvidence } from './derive';
import { formatNumber } from '../lib/format';
import { declareFigure } from './declareFigure';
import { sameSeriesNotes } from './sameSeries';
import type { FigureBuild } from './types';
import { armInputs, countOf, eventsMark, mark, marksOf, studyAt, asFraction } from './marks';
import { dataText, joinParts, plainText, type FigureText } from './text';
import { wideForestMetrics, f1, heterogeneityParts, pooledForestItem, hundredfoldInterval, poolStatsLines, r4, robustnessTable, shownLeaveOneOut, ticks, type RobustnessEntry, pooledRowMarks } from './shared';

const slug = 'resection-vs-comparator-rd';
const pp = (v: number) => formatNumber(v * 100, 1);

export const exploratoryWarning =
  'EXPLORATORY: not done in the source review. Observational, selection-biased data (resected patients had less tumour burden); events approximated from printed percentages.';

/** Figure 2: risk difference in 5-year OS, resection vs comparator, with a REML pooled estimate (exploratory). */
export function resectionVsComparatorRd(ev: FigureEvidence): FigureBuild {
  const { rows, pooled, test, sensitivity } = resectionVsComparator(ev);
  const inPool = rows.filter((r) => r.pooled);
  const notPooled = rows.filter((r) => !r.pooled);
  const title = 'Liver resection vs comparator: risk difference in 5-year overall survival (exploratory random-effects pooling)';
  const rule: FigureText = [
    "Rule: every study in the review's Table 1 with a resection arm and at least one other arm reporting 5-year OS with n; one pair per comparator. For pooling, each study contributes one comparator: the non-surgical arm with the most patients. ",
    ...(notPooled.length
      ? [
          'Shown but not pooled: ',
          ...joinParts(notPooled.slice(0, 10).map((r) => [dataText(r.studyLabel), ' ', dataText(r.comparator.armLabel)]), '; '),
          ...(notPooled.length > 10 ? ['; and ', countOf(notPooled.slice(10).map((r) => studyAt(r.studyId, 'groups', r.comparator.groupId, 'label'))), ' more in the data table'] : []),
          '. ',
        ]
      : []),
    'Arms with only 3-year values are not used.',
  ];
  const method = `Risk difference = resection − comparator, events approximated as round(% × n / 100); 95% CI: rd ± 1.96·SE with the large-sample variance (metafor escalc "RD", vtype "LS"). Random-effects model with REML τ²; 95% prediction interval uses t with k − 2 df.`;
  // Derived numbers name their inputs: each arm's count (or percentage) and n, resection arm first; pooled
  // numbers name the inputs of every pooled pair (test/values/derivedValue.ts checks them against R).
  const arms = rows.map((r) => ({ resection: armInputs(ev, r.resection), comparator: armInputs(ev, r.comparator) }));
  const four = arms.map((a) => [...a.resection.refs, ...a.comparator.refs]);
  const pool = rows.flatMap((r, i) => (r.pooled ? four[i]! : []));
  // The pool's inputs are written once (a named set); each marker names the set, so markers grow linearly with k.
  const valueSets: Record<string, string[]> = { [`${slug}/pool`]: pool };
  const poolRef = [valueSetRef(`${slug}/pool`)];
  const rowMarks = rows.map((r, i) => ({
    rd: mark(four[i]!, 'rd'),
    lower: mark(four[i]!, 'rd-lower'),
    upper: mark(four[i]!, 'rd-upper'),
    weight: r.pooled ? mark([...four[i]!, ...poolRef], 'rd-weight') : undefined,
  }));
  const pooledMarks = {
    estimate: mark(poolRef, 'rd-pooled'),
    lower: mark(poolRef, 'rd-pooled-lower'),
    upper: mark(poolRef, 'rd-pooled-upper'),
    piLower: mark(poolRef, 'rd-pi-lower'),
    piUpper: mark(poolRef, 'rd-pi-upper'),
    total: mark(poolRef, 'rd-weight-total'),
  };
  // One row per comparison, as RevMan draws it: study and comparator, events/n of each arm in its own column, weight, RD [95% CI].
  const items: ForestItem[] = rows.map((r, i): ForestItem => {
    const m = rowMarks[i]!;
    const cell = (a: ReturnType<typeof armInputs>, x: number, n: number, approx: boolean) => ({ text: `${approx ? '≈' : ''}${x}/${n}`, marks: [eventsMark(a), mark(a.refs[1])] });
    return {
      type: 'row',
      label: `${r.studyLabel} vs ${r.comparator.armLabel}`,
      estimate: r.rd,
      lower: r.lower,
      upper: r.upper,
      cells: [cell(arms[i]!.resection, r.ai, r.n1i, r.resection.eventsApproximate), cell(arms[i]!.comparator, r.ci, r.n2i, r.comparator.eventsApproximate)],
      valueText: hundredfoldInterval(r.rd, r.lower, r.upper),
      weightText: r.pooled && r.weight !== null ? `${f1(r.weight)}%` : '–',
      sizeWeight: r.weight ?? undefined,
      marks: { estimate: m.rd, lower: m.lower, upper: m.upper, valueText: [m.rd, m.lower, m.upper], weightText: m.weight ? [m.weight] : [] },
      shape: 'square',
      colour: r.pooled ? palette.resection : palette.neutral,
      filled: r.pooled,
    };
  });
  if (pooled) items.push(pooledForestItem(pooled, pooledMarks));
  // Robustness: every number names the inputs of the studies pooled in that analysis (the swapped comparator's for
  // the other-comparator line; the omitted study's first for leave-one-out), checked against metafor.
  const inPoolIdx = rows.flatMap((r, i) => (r.pooled ? [i] : []));
  const sk = (kind: string, refs: string[]) => (stat: string, scale?: number) => mark(refs, `rd-${kind}-${stat}`, scale);
  const robustEntries: RobustnessEntry[] = [];
  let looNote: FigureText | undefined;
  if (pooled && sensitivity) {
    robustEntries.push({ analysis: ['Main analysis: REML, Wald z interval'], fit: pooled, mk: sk('main', poolRef) });
    robustEntries.push({ analysis: ['DerSimonian–Laird τ² instead of REML'], fit: sensitivity.dl, mk: sk('dl', poolRef) });
    if (sensitivity.knha) robustEntries.push({ analysis: ['Hartung–Knapp interval (t, k − 1 df)'], fit: sensitivity.knha, mk: sk('knha', poolRef) });
    if (sensitivity.comparator) {
      const altPool = rows.flatMap((r, i) => (r.pooled ? four[rows.findIndex((a) => a.alternative && a.studyId === r.studyId)] ?? four[i]! : []));
      valueSets[`${slug}/other-comparator-pool`] = altPool;
      robustEntries.push({ analysis: ['Other comparator: ', ...joinParts(sensitivity.comparator.swapped.map((r) => [dataText(r.studyLabel), ' ', dataText(r.comparator.armLabel)]), '; ')], fit: sensitivity.comparator.fit, mk: sk('comparator', [valueSetRef(`${slug}/other-comparator-pool`)]) });
    }
    robustEntries.push({ analysis: ['Events rounded half to even, not half up'], fit: sensitivity.halfEven, mk: sk('halfEven', poolRef) });
    const lines = sensitivity.leaveOneOut.map((f, j): RobustnessEntry => ({ analysis: ['Leave out ', dataText(rows[inPoolIdx[j]!]!.studyLabel)], fit: f, mk: sk('loo', [...four[inPoolIdx[j]!]!, ...poolRef]) }));
    const loo = shownLeaveOneOut(lines, inPoolIdx.map((i) => four[i]![1]!), pooled.estimate);
    robustEntries.push(...loo.lines);
    looNote = loo.note;
  }
  const robustness = robustEntries.length
    ? { note: looNote, caption: 'Robustness of the pooled risk difference (percentage points; τ² in points²): each line changes one choice of the main analysis. Computed as metafor does (update(res, method = "DL"), test = "knha", leave1out()).', table: robustnessTable(robustEntries, { scale: 100, estimateLabel: 'RD (points)', tau2Label: 'τ² (points²)', tau2Scale: 1e4 }) }
    : undefined;
  // Axis from the data in steps of 20 points, always including 0; clipped CIs still end in arrows.
  const ends = [...rows.flatMap((r) => [r.lower, r.upper]), ...(pooled ? [pooled.pi_lb, pooled.pi_ub] : []), 0];
  const domain: [number, number] = [Math.max(-1, Math.floor(Math.min(...ends) / 0.2) * 0.2), Math.min(1, Math.ceil(Math.max(...ends) / 0.2) * 0.2)];
  const hetParts: FigureText = pooled ? heterogeneityParts(pooled, (stat) => mark(poolRef, `rd-main-${stat}`)) : ['No pooled estimate (no study qualifies)'];
  const het = plainText(hetParts);
  const description = `Forest plot of ${rows.length} resection-vs-comparator risk differences in 5-year OS (percentage points). ${pooled ? `Pooled over ${pooled.k} studies: ${pp(pooled.estimate)} points, 95% CI ${pp(pooled.ci_lb)} to ${pp(pooled.ci_ub)}, prediction interval ${pp(pooled.pi_lb)} to ${pp(pooled.pi_ub)}. ${het}.` : ''}`;
  const tableRows: DataTable['rows'] = rows.map((r) => ({
    row_type: r.pooled ? 'study' : 'not-pooled',
    study_id: r.studyId,
    resection_group_id: r.resection.groupId,
    resection_outcome_id: r.resection.outcomeId,
    comparator_group_id: r.comparator.groupId,
    comparator_outcome_id: r.comparator.outcomeId,
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
    tableRows.push({ row_type: 'pooled', study_id: null, resection_group_id: null, resection_outcome_id: null, comparator_group_id: null, comparator_outcome_id: null, study: `Random-effects model (REML), k = ${pooled.k}`, resection_arm: '', comparator_arm: '', ai: null, n1i: null, ci: null, n2i: null, rd: r4(pooled.estimate), ci_lb: r4(pooled.ci_lb), ci_ub: r4(pooled.ci_ub), pi_lb: r4(pooled.pi_lb), pi_ub: r4(pooled.pi_ub), weight_percent: 100 });
  const tableMarks: NonNullable<DataTable['marks']> = marksOf(
    rows,
    (r, i) => ({
      study: mark(studyAt(r.studyId, 'label')),
      resection_arm: mark(studyAt(r.studyId, 'groups', r.resection.groupId, 'label')),
      comparator_arm: mark(studyAt(r.studyId, 'groups', r.comparator.groupId, 'label')),
      ai: eventsMark(arms[i]!.resection),
      n1i: mark(arms[i]!.resection.refs[1]),
      ci: eventsMark(arms[i]!.comparator),
      n2i: mark(arms[i]!.comparator.refs[1]),
      rd: asFraction(rowMarks[i]!.rd),
      ci_lb: asFraction(rowMarks[i]!.lower),
      ci_ub: asFraction(rowMarks[i]!.upper),
      weight_percent: rowMarks[i]!.weight,
    }),
    ...(pooled ? [() => ({ study: mark(rows.flatMap((r, i) => (r.pooled ? [four[i]![1]!] : [])), 'count'), rd: asFraction(pooledMarks.estimate), ...pooledRowMarks(pooledMarks) })] : []),
  );
  const table: DataTable = {
    marks: tableMarks,
    columns: [
      { key: 'row_type', label: 'Row' },
      { key: 'study_id', label: 'Study id' },
      { key: 'resection_group_id', label: 'Resection arm id' },
      { key: 'resection_outcome_id', label: 'Resection outcome id' },
      { key: 'comparator_group_id', label: 'Comparator arm id' },
      { key: 'comparator_outcome_id', label: 'Comparator outcome id' },
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
    studies: inPool.map((r) => ({ label: r.studyLabel, study_id: r.studyId, resection_outcome_id: r.resection.outcomeId, comparator_outcome_id: r.comparator.outcomeId, ai: r.ai, n1i: r.n1i, ci: r.ci, n2i: r.n2i })),
    pooled: pooled
      ? {
          estimate: pooled.estimate, ci_lb: pooled.ci_lb, ci_ub: pooled.ci_ub, pi_lb: pooled.pi_lb, pi_ub: pooled.pi_ub, tau2: pooled.tau2, i2: pooled.i2, q: pooled.q, k: pooled.k,
          zval: test?.z ?? null, pval: test?.p ?? null,
          // metafor's meanings (leave1out(res); rma(..., test = "knha")), on the RD scale (a fraction, as estimate).
          leave_one_out: (sensitivity?.leaveOneOut ?? []).map((f, j) => ({ omitted: rows[inPoolIdx[j]!]!.studyId, estimate: f.estimate, ci_lb: f.ci_lb, ci_ub: f.ci_ub, tau2: f.tau2, i2: f.i2 })),
          knha: sensitivity?.knha ? { estimate: sensitivity.knha.estimate, ci_lb: sensitivity.knha.ci_lb, ci_ub: sensitivity.knha.ci_ub } : null,
        }
      : null,
    notPooled: notPooled.map((r) => ({ label: `${r.studyLabel}: ${r.comparator.armLabel}`, study_id: r.studyId, resection_outcome_id: r.resection.outcomeId, comparator_outcome_id: r.comparator.outcomeId, ai: r.ai, n1i: r.n1i, ci: r.ci, n2i: r.n2i })),
    rows: tableRows.length,
    columns: table.columns.map((c) => c.key),
    data: table.rows,
  };
  const options = (layout: ChartLayout, fontFamily?: string): ForestOptions => ({
    valueSets,
    id: slug,
    title,
    description,
    layout,
    ...(layout === 'wide' ? { metrics: wideForestMetrics } : {}),
    fontFamily,
    banner: exploratoryWarning,
    x: {
      domain,
      ticks: ticks(domain[0], domain[1], 0.2),
      tickFormat: (v) => formatNumber(v * 100, 0),
      shownScale: 100,
      label: 'Risk difference in 5-year OS, percentage points (resection − comparator)',
      reference: 0,
      directions: ['favours comparator', 'favours resection'],
    },
    // Narrow: the cells share one line under the label; with the wide headings it ran past a 360-unit chart.
    columns: { label: 'Study vs comparator', cells: layout === 'wide' ? ['Resection events/n', 'Comparator events/n'] : ['Resection', 'Comparator'], value: 'RD [95% CI]', weight: 'Weight' },
    stats: pooled && test ? poolStatsLines(pooled, test, { tau2: 'points²', tau2Scale: 1e4, mk: (stat, scale) => (stat === 'k' ? mark(rows.flatMap((r, i) => (r.pooled ? [four[i]![1]!] : [])), 'count') : mark(poolRef, `rd-main-${stat}`, scale)) }) : undefined,
    legend: [
      { shape: 'square', colour: palette.resection, filled: true, label: 'Pooled comparison (area ∝ weight)' },
      { shape: 'square', colour: palette.neutral, filled: false, label: 'Shown, not pooled (weight –)' },
      { shape: 'diamond', colour: palette.pooled, filled: true, label: 'Pooled estimate (REML)' },
    ],
    notes: ['≈: events approximated from printed percentages, round(% × n / 100). Not done in the source review.'],
  });
  return declareFigure(ev, {
    slug,
    title,
    exploratory: exploratoryWarning,
    caption: [rule, [method], [...hetParts, '.'], ...sameSeriesNotes(ev, rows.map((r) => r.studyId))],
    robustness,
    valueSets,
    drawing: { kind: 'forest', panels: [{ items }], options },
    wideWidth: wideForestMetrics.width,
    summary: `Forest plot of ${rows.length} risk differences in 5-year overall survival, resection minus comparator${pooled ? `, pooled over ${pooled.k} studies ${pp(pooled.estimate)} percentage points (95% CI ${pp(pooled.ci_lb)} to ${pp(pooled.ci_ub)})` : ''}. Exploratory: not done in the source review.`,
    table,
    json,
    traced: rows.flatMap((r) => [r.resection, r.comparator]).map((a) => ({ studyLabel: a.studyLabel, studyRef: studyAt(a.studyId, 'label'), provenance: a.provenance })),
  });
}
