import { approximateEvents, wilsonInterval } from '../../lib/stats';
import type { Group, Provenance } from '../../schemas';
import { byYearDescending, landmarkYears, resolveOutcomes } from './resolveOutcomes';
import type { FigureEvidence } from './types';

/** The landmark times the figure looks for (years). */
export const landmarkTimes = [1, 3, 5, 10] as const;

/** One landmark OS of a single-arm series (or a subgroup of one), with a Wilson CI when n is known. */
export interface SeriesLandmarkRow {
  studyId: string;
  studyLabel: string;
  groupId: string;
  /** The outcome's id in its study file: with studyId, where data/ holds the value. */
  outcomeId: string;
  groupLabel: string;
  treatment: Group['treatment'] | null;
  years: number;
  percent: number;
  printed: string;
  n: number | null;
  events: number | null;
  lower: number | null;
  upper: number | null;
  provenance: Provenance;
}

/** 1-, 3-, 5- and 10-year OS of the studies outside the review's Table 1, by time point then newest study first. */
export function seriesLandmarks(ev: FigureEvidence): SeriesLandmarkRow[] {
  const studies = ev.studies.filter((s) => !s.inReviewTable1).sort(byYearDescending);
  const rows = resolveOutcomes(studies, ({ outcome }) => {
    const t = landmarkYears(outcome);
    return outcome.measure === 'overall-survival' && outcome.statistic === 'landmark' && outcome.unit === 'percent' && typeof outcome.value === 'number' && t !== undefined && (landmarkTimes as readonly number[]).includes(t);
  }).map(({ study, group, outcome }) => {
    const n = outcome.n ?? group.n ?? null;
    const percent = outcome.value as number;
    const events = n === null ? null : outcome.count ?? approximateEvents(percent, n);
    const ci = n === null || events === null ? null : wilsonInterval(events, n);
    return {
      studyId: study.id,
      studyLabel: study.label,
      groupId: group.id,
      outcomeId: outcome.id,
      groupLabel: group.label,
      treatment: group.treatment ?? null,
      years: landmarkYears(outcome)!,
      percent,
      printed: outcome.printed,
      n,
      events,
      lower: ci?.lower ?? null,
      upper: ci?.upper ?? null,
      provenance: outcome.provenance,
    };
  });
  return rows.sort((a, b) => a.years - b.years);
}
