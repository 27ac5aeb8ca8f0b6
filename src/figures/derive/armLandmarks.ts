import { approximateEvents, wilsonInterval } from '../../lib/stats';
import type { Provenance } from '../../schemas';
import { byYearDescending, landmarkYears, resolveOutcomes } from './resolveOutcomes';
import { armKind, type ArmKind } from '../../data/derive/treatmentKind';
import type { FigureEvidence } from './types';

/** One arm's landmark overall survival with a Wilson 95% CI from its n. */
export interface ArmLandmarkRow {
  studyId: string;
  studyLabel: string;
  groupId: string;
  /** The outcome's id in its study file: with studyId, where data/ holds the value. */
  outcomeId: string;
  armLabel: string;
  kind: ArmKind;
  years: number;
  /** Reported percentage (0..100) and as printed. */
  percent: number;
  printed: string;
  n: number;
  /** Events: the reported count, or round(percent/100 × n) when only a percentage is printed. */
  events: number;
  eventsApproximate: boolean;
  /** Wilson score 95% CI on the 0..1 scale, from events and n. */
  lower: number;
  upper: number;
  provenance: Provenance;
}

/**
 * Landmark OS (percent) of every arm of the review's Table 1 comparative studies at the given years,
 * newest study first, arms in data order. Arms without an n are left out (no interval can be computed).
 */
export function armLandmarks(ev: FigureEvidence, years: number[]): ArmLandmarkRow[] {
  const studies = ev.studies.filter((s) => s.inReviewTable1).sort(byYearDescending);
  return resolveOutcomes(studies, ({ outcome, group }) => {
    const t = landmarkYears(outcome);
    return (
      outcome.measure === 'overall-survival' && outcome.statistic === 'landmark' && outcome.unit === 'percent' &&
      typeof outcome.value === 'number' && t !== undefined && years.includes(t) && (outcome.n ?? group.n) !== undefined && group.role === 'arm'
    );
  }).map(({ study, group, outcome }) => {
    const n = (outcome.n ?? group.n)!;
    const percent = outcome.value as number;
    const events = outcome.count ?? approximateEvents(percent, n);
    const ci = wilsonInterval(events, n);
    return {
      studyId: study.id,
      studyLabel: study.label,
      groupId: group.id,
      outcomeId: outcome.id,
      armLabel: group.label,
      kind: armKind(group.treatment),
      years: landmarkYears(outcome)!,
      percent,
      printed: outcome.printed,
      n,
      events,
      eventsApproximate: outcome.count === undefined,
      lower: ci.lower,
      upper: ci.upper,
      provenance: outcome.provenance,
    };
  });
}
