import type { ChartLayout, ForestOptions, ForestItem, ForestPanel } from '../charts';
import { armLandmarks, type ArmLandmarkRow, type FigureEvidence } from './derive';
import { formatNumber } from '../lib/format';
import { declareFigure } from './declareFigure';
import type { FigureBuild } from './types';
import { armInputs, countOf, eventsMark, mark, marksOf, outcomeAt, provenanceMarks, studyAt, studyCount, yearsMark } from './marks';
import { sameSeriesNotes } from './sameSeries';
import { plainText, type FigureText } from './text';
import { armLegend, armMarker, percentWithCi, r4, studyHeaders, ticks, outcomeIdCells, provenanceCells, provenanceColumns } from './shared';

const slug = 'five-year-os-by-arm';

/** Markers of an arm's drawn value and Wilson CI (derived from its events and n), in percent. */
function armMarks(ev: FigureEvidence, r: ArmLandmarkRow) {
  const a = armInputs(ev, r);
  const value = mark(outcomeAt(r.studyId, r.outcomeId, 'value'));
  const lower = mark(a.refs, 'wilson-lower');
  const upper = mark(a.refs, 'wilson-upper');
  return { a, value, lower, upper };
}

function items(ev: FigureEvidence, rows: ArmLandmarkRow[]): ForestItem[] {
  const out: ForestItem[] = [];
  const header = studyHeaders();
  for (const r of rows) {
    header(out, r.studyLabel);
    const m = armMarks(ev, r);
    out.push({
      type: 'row',
      label: `${r.armLabel} (n\u00a0=\u00a0${r.n})`,
      estimate: r.percent / 100,
      lower: r.lower,
      upper: r.upper,
      valueText: percentWithCi(r.percent, r.lower, r.upper),
      marks: { estimate: m.value, lower: m.lower, upper: m.upper, valueText: [m.value, m.lower, m.upper] },
      ...armMarker[r.kind],
    });
  }
  return out;
}

/** Figure 1: landmark OS by arm across the review's Table 1 comparative studies (5-year panel, 3-year panel). */
export function fiveYearOsByArm(ev: FigureEvidence): FigureBuild {
  const rows = armLandmarks(ev, [5, 3]);
  const five = rows.filter((r) => r.years === 5);
  const three = rows.filter((r) => r.years === 3);
  const studies = new Set(rows.map((r) => r.studyId)).size;
  const title = '5-year overall survival by arm in the comparative studies of the review (3-year values in their own panel)';
  const panels: ForestPanel[] = [
    { title: `5-year overall survival (${five.length} arms, ${new Set(five.map((r) => r.studyId)).size} studies)`, items: items(ev, five) },
    ...(three.length ? [{ title: `3-year overall survival (${three.length} arms; these studies report no 5-year value for these arms)`, items: items(ev, three) }] : []),
  ];
  const valueRef = (r: ArmLandmarkRow) => outcomeAt(r.studyId, r.outcomeId, 'value');
  const note: FigureText = [
    '95% CI: Wilson score interval from n and approximate events = round(% × n / 100) (',
    countOf(rows.filter((r) => r.eventsApproximate).map(valueRef)),
    ' of ',
    countOf(rows.map(valueRef)),
    ' arms print a percentage only). Observational, selection-biased comparisons.',
  ];
  const description = `Dot plot of ${rows.length} arms from ${studies} studies: ${five.map((r) => `${r.studyLabel} ${r.armLabel} ${formatNumber(r.percent)}%`).join('; ')}. 3-year: ${three.map((r) => `${r.studyLabel} ${r.armLabel} ${formatNumber(r.percent)}%`).join('; ')}.`;
  const table = {
    columns: [
      { key: 'study_id', label: 'Study id' },
      { key: 'group_id', label: 'Arm id' },
      { key: 'outcome_id', label: 'Outcome id' },
      { key: 'study', label: 'Study' },
      { key: 'arm', label: 'Arm' },
      { key: 'kind', label: 'Kind' },
      { key: 'years', label: 'Years' },
      { key: 'percent', label: 'OS % (reported)' },
      { key: 'printed', label: 'As printed' },
      { key: 'n', label: 'n' },
      { key: 'events', label: 'Events' },
      { key: 'events_approximate', label: 'Events approximate' },
      { key: 'ci_lower', label: '95% CI lower (%)' },
      { key: 'ci_upper', label: '95% CI upper (%)' },
      ...provenanceColumns,
    ],
    rows: rows.map((r) => ({
      ...outcomeIdCells(r),
      study: r.studyLabel,
      arm: r.armLabel,
      kind: r.kind,
      years: r.years,
      percent: r.percent,
      printed: r.printed,
      n: r.n,
      events: r.events,
      events_approximate: r.eventsApproximate,
      ci_lower: r4(r.lower * 100),
      ci_upper: r4(r.upper * 100),
      ...provenanceCells(r.provenance),
    })),
    marks: marksOf(rows, (r) => {
      const m = armMarks(ev, r);
      return {
        study: mark(studyAt(r.studyId, 'label')),
        arm: mark(studyAt(r.studyId, 'groups', r.groupId, 'label')),
        years: yearsMark(ev, r),
        percent: m.value,
        printed: mark(outcomeAt(r.studyId, r.outcomeId, 'printed')),
        n: mark(m.a.refs[1]),
        events: eventsMark(m.a),
        ci_lower: m.lower,
        ci_upper: m.upper,
        ...provenanceMarks(r),
      };
    }),
  };
  const options = (layout: ChartLayout, fontFamily?: string): ForestOptions => ({
    id: slug,
    title,
    description,
    layout,
    fontFamily,
    x: { domain: [0, 1], ticks: ticks(0, 1, 0.2), tickFormat: (v) => `${formatNumber(v * 100, 0)}%`, shownScale: 100, label: 'Overall survival (%) with 95% CI' },
    columns: { label: 'Study and arm', value: '% [95% CI]' },
    legend: armLegend,
    notes: [plainText(note)],
  });
  return declareFigure(ev, {
    slug,
    title,
    caption: [
      [
        'Overall survival at 5 years for every arm of the ',
        studyCount(rows.map((r) => r.studyId)),
        ' comparative studies in Table 1 of the systematic review that report a landmark value with the number of patients; arms reporting only 3-year survival are in the lower panel. Resection arms (liver resection, with or without ablation) are blue filled squares; comparator arms are open vermillion circles.',
      ],
      note,
      ...sameSeriesNotes(ev, rows.map((r) => r.studyId)),
    ],
    drawing: { kind: 'forest', panels, options },
    summary: `Dot plot of 5-year overall survival with 95% CIs for ${five.length} arms of ${new Set(five.map((r) => r.studyId)).size} studies${three.length ? `, and of 3-year survival for ${three.length} arms in a second panel` : ''}; resection arms are filled squares, comparator arms open circles.`,
    table,
    traced: rows.map((r) => ({ studyLabel: r.studyLabel, studyRef: studyAt(r.studyId, 'label'), provenance: r.provenance })),
  });
}
