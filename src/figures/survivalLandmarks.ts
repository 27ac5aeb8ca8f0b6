import { type ChartLayout, type ForestOptions, palette, type ForestItem, type ForestPanel, type MarkerStyle } from '../charts';
import { landmarkTimes, seriesKind, type SeriesKind, seriesLandmarks, type DataTable, type FigureEvidence, type SeriesLandmarkRow } from './derive';
import { formatNumber, wordList } from '../lib/format';
import { declareFigure } from './declareFigure';
import type { FigureBuild } from './types';
import { armInputs, countOf, eventsMark, mark, marksOf, outcomeAt, provenanceMarks, studyAt, studyCount, yearsMark } from './marks';
import { sameSeriesNotes } from './sameSeries';
import { percentWithCi, r4, studyHeaders, ticks, outcomeIdCells, provenanceCells, provenanceColumns } from './shared';

const slug = 'survival-landmarks';

const kindOf = seriesKind;
const styles: Record<SeriesKind, MarkerStyle & { label: string }> = {
  resection: { shape: 'square', colour: palette.resection, filled: true, label: 'Resection / liver surgery' },
  transplantation: { shape: 'triangle', colour: palette.pooled, filled: true, label: 'Liver transplantation' },
  ablation: { shape: 'circle', colour: palette.comparator, filled: false, label: 'Ablation' },
  other: { shape: 'diamond', colour: palette.neutral, filled: true, label: 'Other procedures' },
};

/** Markers of a series' value and, when its n is known, of its Wilson CI (derived from events and n). */
function rowMarks(ev: FigureEvidence, r: SeriesLandmarkRow) {
  const a = r.n === null ? undefined : armInputs(ev, r);
  return {
    a,
    value: mark(outcomeAt(r.studyId, r.outcomeId, 'value')),
    lower: a && r.lower !== null ? mark(a.refs, 'wilson-lower') : undefined,
    upper: a && r.upper !== null ? mark(a.refs, 'wilson-upper') : undefined,
  };
}

/** Figure 5: 1-, 3-, 5- and 10-year OS across the series outside the review's Table 1. */
export function survivalLandmarks(ev: FigureEvidence): FigureBuild {
  const rows = seriesLandmarks(ev);
  const present = landmarkTimes.filter((t) => rows.some((r) => r.years === t));
  // Titled by the time points drawn, in words ("five and ten years"): the years come from data/.
  const title = `Overall survival at ${wordList(present)} years in the single-arm series`;
  const panels: ForestPanel[] = present.map((t) => {
    const items: ForestItem[] = [];
    const header = studyHeaders();
    for (const r of rows.filter((x) => x.years === t)) {
      header(items, r.studyLabel);
      const kind = kindOf(r.treatment);
      const { label: _kindLabel, ...marker } = styles[kind];
      const m = rowMarks(ev, r);
      items.push({
        ...marker,
        type: 'row',
        label: `${r.groupLabel}${r.n !== null ? ` (n\u00a0=\u00a0${r.n})` : ' (n not reported)'}`,
        estimate: r.percent / 100,
        lower: r.lower ?? undefined,
        upper: r.upper ?? undefined,
        valueText: r.lower !== null && r.upper !== null ? percentWithCi(r.percent, r.lower, r.upper) : formatNumber(r.percent, 1),
        marks: { estimate: m.value, lower: m.lower, upper: m.upper, valueText: m.lower ? [m.value, m.lower, m.upper] : [m.value] },
      });
    }
    return { title: `${t}-year overall survival`, items };
  });
  const kinds = [...new Set(rows.map((r) => kindOf(r.treatment)))];
  const notes = ['95% CI: Wilson score interval from n and approximate events = round(% × n / 100), where n is known; otherwise the point only.'];
  const table: DataTable = {
    columns: [
      { key: 'study_id', label: 'Study id' },
      { key: 'group_id', label: 'Group id' },
      { key: 'outcome_id', label: 'Outcome id' },
      { key: 'years', label: 'Years' },
      { key: 'study', label: 'Series' },
      { key: 'group', label: 'Group' },
      { key: 'treatment', label: 'Treatment' },
      { key: 'percent', label: 'OS % (reported)' },
      { key: 'printed', label: 'As printed' },
      { key: 'n', label: 'n' },
      { key: 'events', label: 'Events (approx.)' },
      { key: 'ci_lower', label: '95% CI lower (%)' },
      { key: 'ci_upper', label: '95% CI upper (%)' },
      ...provenanceColumns,
    ],
    rows: rows.map((r) => ({
      ...outcomeIdCells(r),
      years: r.years,
      study: r.studyLabel,
      group: r.groupLabel,
      treatment: r.treatment ?? null,
      percent: r.percent,
      printed: r.printed,
      n: r.n,
      events: r.events,
      ci_lower: r.lower === null ? null : r4(r.lower * 100),
      ci_upper: r.upper === null ? null : r4(r.upper * 100),
      ...provenanceCells(r.provenance),
    })),
    marks: marksOf(rows, (r) => {
      const m = rowMarks(ev, r);
      return {
        years: yearsMark(ev, r),
        study: mark(studyAt(r.studyId, 'label')),
        group: mark(studyAt(r.studyId, 'groups', r.groupId, 'label')),
        treatment: r.treatment === null ? undefined : mark(studyAt(r.studyId, 'groups', r.groupId, 'treatment')),
        percent: m.value,
        printed: mark(outcomeAt(r.studyId, r.outcomeId, 'printed')),
        n: m.a && mark(m.a.refs[1]),
        events: m.a && eventsMark(m.a),
        ci_lower: m.lower,
        ci_upper: m.upper,
        ...provenanceMarks(r),
      };
    }),
  };
  const options = (layout: ChartLayout, fontFamily?: string): ForestOptions => ({
    id: slug,
    title,
    description: `Dot plot of ${rows.length} landmark survival values: ${rows.map((r) => `${r.years}-year, ${r.studyLabel}, ${r.groupLabel}: ${formatNumber(r.percent, 1)}%`).join('; ')}.`,
    layout,
    fontFamily,
    x: { domain: [0, 1], ticks: ticks(0, 1, 0.2), tickFormat: (v) => `${formatNumber(v * 100, 0)}%`, shownScale: 100, label: 'Overall survival (%) with 95% CI' },
    columns: { label: 'Series and group', value: '% [95% CI]' },
    legend: kinds.map((k) => styles[k]),
    notes,
  });
  return declareFigure(ev, {
    slug,
    title,
    caption: [
      [
        "Landmark overall survival reported by the series and subgroups outside the review's Table 1 (",
        countOf(rows.map((r) => outcomeAt(r.studyId, r.outcomeId, 'value'))),
        ' values from ',
        studyCount(rows.map((r) => r.studyId)),
        ' studies), one panel per time point. Marker shape and legend name the treatment (resection or other liver surgery, transplantation, ablation, other procedures).',
      ],
      ...notes.map((n) => [n]),
      ...sameSeriesNotes(ev, rows.map((r) => r.studyId)),
    ],
    drawing: { kind: 'forest', panels, options },
    summary: `Dot plot of ${rows.length} landmark overall survival values from ${new Set(rows.map((r) => r.studyId)).size} series outside the review's Table 1, one panel per time point (${present.map((t) => `${t} years`).join(', ')}); marker shape names the treatment.`,
    table,
    traced: rows.map((r) => ({ studyLabel: r.studyLabel, studyRef: studyAt(r.studyId, 'label'), provenance: r.provenance })),
  });
}
