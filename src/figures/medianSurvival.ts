import { type ChartLayout, type ForestOptions, palette, type ForestItem, type ForestPanel, type MarkerStyle } from '../charts';
import { survivalTimes, type DataTable, type FigureEvidence, type SurvivalTimeRow } from './derive';
import { formatInterval, formatNumber } from '../lib/format';
import { declareFigure } from './declareFigure';
import type { FigureBuild } from './types';
import { countOf, mark, marksOf, outcomeAt, provenanceMarks, studyAt, studyCount } from './marks';
import { sameSeriesNotes } from './sameSeries';
import { dataText, joinParts, plainText, type FigureText } from './text';
import { studyHeaders, ticks, outcomeIdCells, provenanceCells, provenanceColumns } from './shared';

const slug = 'median-survival';

const style = (r: SurvivalTimeRow): MarkerStyle => ({
  shape: r.statistic === 'median' ? 'circle' : 'diamond',
  colour: r.kind === 'resection' ? palette.resection : palette.comparator,
  filled: r.kind === 'resection',
});

function valueText(r: SurvivalTimeRow): string {
  if (r.notReached) return 'not reached';
  const v = r.months!;
  const main = r.lower !== null && r.upper !== null ? formatInterval(v, r.lower, r.upper, (x) => formatNumber(x, 1)) : formatNumber(v, 1);
  return r.reportedUnit === 'years' ? `${main} (${formatNumber(r.reportedValue!, 2)} y)` : main;
}

/** Markers of a survival time in months: the data/ value, or derived × 12 when the source printed years. */
function rowMarks(r: SurvivalTimeRow) {
  const at = (...f: string[]) => outcomeAt(r.studyId, r.outcomeId, ...f);
  const inMonths = (ref: string) => (r.reportedUnit === 'years' ? mark(ref, 'months') : mark(ref));
  return {
    months: r.months === null ? undefined : inMonths(at('value')),
    lower: r.lower === null ? undefined : inMonths(at('ci', 'lower')),
    upper: r.upper === null ? undefined : inMonths(at('ci', 'upper')),
    reported: r.reportedValue === null ? undefined : mark(at('value')),
  };
}

/** The numbers of valueText in order: months [CI], then the value in years as reported. */
function valueMarks(r: SurvivalTimeRow) {
  if (r.notReached) return [];
  const m = rowMarks(r);
  return [m.months, ...(r.lower !== null && r.upper !== null ? [m.lower, m.upper] : []), ...(r.reportedUnit === 'years' ? [m.reported] : [])];
}

function items(rows: SurvivalTimeRow[]): ForestItem[] {
  const out: ForestItem[] = [];
  const header = studyHeaders();
  for (const r of rows) {
    header(out, r.studyLabel);
    out.push({
      type: 'row',
      label: `${r.groupLabel} (${r.statistic})`,
      estimate: r.months,
      lower: r.lower ?? undefined,
      upper: r.upper ?? undefined,
      valueText: valueText(r),
      notReached: r.notReached ? `${r.statistic} not reached` : undefined,
      marks: { estimate: rowMarks(r).months, lower: rowMarks(r).lower, upper: rowMarks(r).upper, valueText: valueMarks(r) },
      ...style(r),
    });
  }
  return out;
}

/** Figure 4: median and mean overall survival in months by arm and series; "not reached" as an open arrow. */
export function medianSurvival(ev: FigureEvidence): FigureBuild {
  const rows = survivalTimes(ev);
  const t1 = rows.filter((r) => r.inReviewTable1);
  const other = rows.filter((r) => !r.inReviewTable1);
  const converted = rows.filter((r) => r.reportedUnit === 'years');
  const maxMonths = Math.max(...rows.flatMap((r) => [r.months ?? 0, r.upper ?? 0]));
  const hi = Math.ceil(maxMonths / 24) * 24;
  const title = 'Median and mean overall survival (months) by arm and series';
  // Up to 10 conversions named, then how many more the data table holds (a note that stays a note at any size).
  const conversion: FigureText | undefined = converted.length
    ? [
        'Values reported in years (',
        ...joinParts(converted.slice(0, 10).map((r) => [dataText(r.studyLabel), ': ', dataText(r.printed)]), '; '),
        ...(converted.length > 10 ? ['; and ', countOf(converted.slice(10).map((r) => outcomeAt(r.studyId, r.outcomeId, 'value'))), ' more in the data table'] : []),
        // monthsPerYear, written out so the caption's text is the code's (test/values/everyNumberTraced).
        ') are converted to months × 12; the reported value is shown in brackets (y).',
      ]
    : undefined;
  const panels: ForestPanel[] = [
    { title: `Comparative studies of the review's Table 1 (${t1.length} values)`, items: items(t1) },
    { title: `Other series and subgroups (${other.length} values)`, items: items(other) },
  ].filter((p) => p.items.length > 0);
  const notes: FigureText[] = [
    ['Circles: medians; diamonds: means (also named in each label). Filled blue: resection or liver-directed surgery; open vermillion: other treatment or comparator.'],
    ['A median "not reached" is drawn as an open arrow at the axis end, never as a number. 95% CIs only where the source prints them.'],
    ...(conversion ? [conversion] : []),
  ];
  const table: DataTable = {
    columns: [
      { key: 'study_id', label: 'Study id' },
      { key: 'group_id', label: 'Group id' },
      { key: 'outcome_id', label: 'Outcome id' },
      { key: 'study', label: 'Study' },
      { key: 'group', label: 'Arm or group' },
      { key: 'statistic', label: 'Statistic' },
      { key: 'months', label: 'Months' },
      { key: 'not_reached', label: 'Not reached' },
      { key: 'ci_lower_months', label: '95% CI lower (months)' },
      { key: 'ci_upper_months', label: '95% CI upper (months)' },
      { key: 'reported_value', label: 'Reported value' },
      { key: 'reported_unit', label: 'Reported unit' },
      { key: 'printed', label: 'As printed' },
      ...provenanceColumns,
    ],
    rows: rows.map((r) => ({
      ...outcomeIdCells(r),
      study: r.studyLabel,
      group: r.groupLabel,
      statistic: r.statistic,
      months: r.months,
      not_reached: r.notReached,
      ci_lower_months: r.lower,
      ci_upper_months: r.upper,
      reported_value: r.reportedValue,
      reported_unit: r.reportedUnit,
      printed: r.printed,
      ...provenanceCells(r.provenance),
    })),
    marks: marksOf(rows, (r) => {
      const m = rowMarks(r);
      return {
        study: mark(studyAt(r.studyId, 'label')),
        group: mark(studyAt(r.studyId, 'groups', r.groupId, 'label')),
        statistic: mark(outcomeAt(r.studyId, r.outcomeId, 'statistic')),
        months: m.months,
        ci_lower_months: m.lower,
        ci_upper_months: m.upper,
        reported_value: m.reported,
        reported_unit: mark(outcomeAt(r.studyId, r.outcomeId, 'unit')),
        printed: mark(outcomeAt(r.studyId, r.outcomeId, 'printed')),
        ...provenanceMarks(r),
      };
    }),
  };
  const options = (layout: ChartLayout, fontFamily?: string): ForestOptions => ({
    id: slug,
    title,
    description: `Dot plot of ${rows.length} survival times: ${rows.map((r) => `${r.studyLabel} ${r.groupLabel} ${r.statistic} ${r.notReached ? 'not reached' : `${formatNumber(r.months!, 1)} months`}`).join('; ')}.`,
    layout,
    fontFamily,
    x: { domain: [0, hi], ticks: ticks(0, hi, layout === 'narrow' ? 48 : 24), tickFormat: (v) => formatNumber(v, 0), label: 'Overall survival, months (12 months = 1 year)' },
    columns: { label: 'Study and group', value: 'Months [95% CI]' },
    legend: [
      { shape: 'circle', colour: palette.resection, filled: true, label: 'Median, resection' },
      { shape: 'circle', colour: palette.comparator, filled: false, label: 'Median, other' },
      { shape: 'diamond', colour: palette.resection, filled: true, label: 'Mean, resection' },
      { shape: 'diamond', colour: palette.comparator, filled: false, label: 'Mean, other' },
    ],
    notes: notes.map(plainText),
  });
  return declareFigure(ev, {
    slug,
    title,
    caption: [
      [
        'Median and mean overall survival of every arm, series and subgroup for which a source prints one (',
        countOf(rows.map((r) => outcomeAt(r.studyId, r.outcomeId, 'statistic'))),
        ' values from ',
        studyCount(rows.map((r) => r.studyId)),
        ' studies), in months. Medians and means are different statistics and are not comparable with each other; the studies differ in patients, periods and follow-up.',
      ],
      ...notes,
      ...sameSeriesNotes(ev, rows.map((r) => r.studyId)),
    ],
    drawing: { kind: 'forest', panels, options },
    summary: `Dot plot of ${rows.length} median and mean overall survival times in months from ${new Set(rows.map((r) => r.studyId)).size} studies, the review's comparative studies in the first panel; circles are medians, diamonds means, filled blue resection, open vermillion other treatment.`,
    table,
    traced: rows.map((r) => ({ studyLabel: r.studyLabel, studyRef: studyAt(r.studyId, 'label'), provenance: r.provenance })),
  });
}
