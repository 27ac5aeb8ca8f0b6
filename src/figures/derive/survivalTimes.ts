import type { Provenance } from '../../schemas';
import { byYearDescending, resolveOutcomes } from './resolveOutcomes';
import { armKind, type ArmKind } from '../../data/derive/treatmentKind';
import type { FigureEvidence } from './types';

/** Months per year used to put survival reported in years on the months axis (stated in the caption). */
export const monthsPerYear = 12;

/** A median or mean overall survival of one group, in months. */
export interface SurvivalTimeRow {
  studyId: string;
  studyLabel: string;
  inReviewTable1: boolean;
  groupId: string;
  /** The outcome's id in its study file: with studyId, where data/ holds the value. */
  outcomeId: string;
  groupLabel: string;
  role: string;
  kind: ArmKind;
  statistic: 'median' | 'mean';
  /** Months; null when the median was not reached. */
  months: number | null;
  notReached: boolean;
  /** Reported CI in months (converted like the value), when printed. */
  lower: number | null;
  upper: number | null;
  /** The unit the source printed; "years" rows are converted (× 12). */
  reportedUnit: 'months' | 'years';
  reportedValue: number | null;
  printed: string;
  provenance: Provenance;
}

/**
 * Every median and mean overall survival in the evidence (all studies, all groups incl. external comparators),
 * Table 1 studies first, then the other series, newest first within each. Years are converted to months (× 12)
 * and keep the reported value beside them.
 */
export function survivalTimes(ev: FigureEvidence): SurvivalTimeRow[] {
  const studies = [...ev.studies.filter((s) => s.inReviewTable1).sort(byYearDescending), ...ev.studies.filter((s) => !s.inReviewTable1).sort(byYearDescending)];
  return resolveOutcomes(studies, ({ outcome }) =>
    outcome.measure === 'overall-survival' && (outcome.statistic === 'median' || outcome.statistic === 'mean') && (outcome.unit === 'months' || outcome.unit === 'years'),
  ).map(({ study, group, outcome }) => {
    const factor = outcome.unit === 'years' ? monthsPerYear : 1;
    // Rounded to 2 decimals so 1.6 × 12 is 19.2, not 19.200000000000003.
    const convert = (v: number) => Math.round(v * factor * 100) / 100;
    const value = typeof outcome.value === 'number' ? outcome.value : null;
    return {
      studyId: study.id,
      studyLabel: study.label,
      inReviewTable1: study.inReviewTable1,
      groupId: group.id,
      outcomeId: outcome.id,
      groupLabel: group.label,
      role: group.role,
      kind: armKind(group.treatment),
      statistic: outcome.statistic as 'median' | 'mean',
      months: value === null ? null : convert(value),
      notReached: outcome.value === 'not reached',
      lower: outcome.ci ? convert(outcome.ci.lower) : null,
      upper: outcome.ci ? convert(outcome.ci.upper) : null,
      reportedUnit: outcome.unit as 'months' | 'years',
      reportedValue: value,
      printed: outcome.printed,
      provenance: outcome.provenance,
    };
  });
}
