import { group } from 'd3-array';
import { normalQuantile, overallEffectTest, pooledRandomEffects, riskDifference, type RandomEffectsResult } from '../../lib/stats';
import { eventsHalfToEven, poolSensitivity, refit, type SensitivityFit } from './poolSensitivity';
import type { ArmLandmarkRow } from './armLandmarks';
import { armLandmarks } from './armLandmarks';
import { isNonSurgical } from '../../data/derive/treatmentKind';
import type { FigureEvidence } from './types';

/** One resection-vs-comparator pair: 5-year OS risk difference (resection minus comparator) with a Wald 95% CI. */
export interface RiskDifferenceRow {
  studyId: string;
  /** "Mayo 2011: Liver resection vs Intra-arterial therapy (TAE, TACE, SIRT)". */
  label: string;
  studyLabel: string;
  resection: ArmLandmarkRow;
  comparator: ArmLandmarkRow;
  /** metafor names: events and totals of the resection (ai/n1i) and comparator (ci/n2i) arms. */
  ai: number;
  n1i: number;
  ci: number;
  n2i: number;
  rd: number;
  vi: number;
  lower: number;
  upper: number;
  /** True for the one comparator per study that enters the pooled estimate. */
  pooled: boolean;
  /** True for the other non-surgical comparator of a study with two (the robustness table pools it instead). */
  alternative: boolean;
  /** Random-effects weight in percent (pooled rows only). */
  weight: number | null;
  continuityCorrected: boolean;
}

export interface RiskDifferenceAnalysis {
  rows: RiskDifferenceRow[];
  pooled: RandomEffectsResult | null;
  /** Test for overall effect of the pooled estimate (z, two-sided p). */
  test: { z: number; p: number } | null;
  /** Robustness of the pooled estimate (metafor's meanings; RD as a fraction, tau2 on that scale). */
  sensitivity: RiskDifferenceSensitivity | null;
}

export interface RiskDifferenceSensitivity {
  dl: SensitivityFit;
  knha: SensitivityFit | null;
  /** One entry per pooled row, in their order: the fit without it. */
  leaveOneOut: SensitivityFit[];
  /** The other non-surgical comparator where a study has two (the rows swapped in), or null when none has. */
  comparator: { fit: SensitivityFit; swapped: RiskDifferenceRow[] } | null;
  /** Events from printed percentages rounded half to even instead of half up. */
  halfEven: SensitivityFit;
}

/**
 * Pairs every Table 1 study's resection arm with each other arm reporting 5-year OS. The pooling rule: per study,
 * the non-surgical comparator with the most patients (ties: first in the data); other comparators are shown,
 * not pooled. Studies with more than one resection arm use the largest. Pooled by REML on the RD scale
 * (metafor escalc measure "RD", vtype "LS"); CI = rd ± z·sqrt(vi).
 */
export function resectionVsComparator(ev: FigureEvidence): RiskDifferenceAnalysis {
  const arms = armLandmarks(ev, [5]);
  const z = normalQuantile(0.975);
  const rows: RiskDifferenceRow[] = [];
  // Arms grouped by study and studies indexed by id, each in one pass: no search of every arm or study per study.
  const studyById = new Map(ev.studies.map((s) => [s.id, s]));
  for (const [id, inStudy] of group(arms, (a) => a.studyId)) {
    const resection = inStudy.filter((a) => a.kind === 'resection').sort((a, b) => b.n - a.n)[0];
    if (!resection) continue;
    const comparators = inStudy.filter((a) => a.kind === 'comparator');
    const study = studyById.get(id)!;
    const treatmentOf = (a: ArmLandmarkRow) => study.groups.find((g) => g.id === a.groupId)?.treatment;
    const nonSurgical = comparators.filter((c) => isNonSurgical(treatmentOf(c))).sort((a, b) => b.n - a.n);
    const chosen = nonSurgical[0];
    for (const c of comparators) {
      const es = riskDifference(resection.events, resection.n, c.events, c.n);
      const half = z * Math.sqrt(es.vi);
      rows.push({
        studyId: id,
        label: `${resection.studyLabel}: ${resection.armLabel} vs ${c.armLabel}`,
        studyLabel: resection.studyLabel,
        resection,
        comparator: c,
        ai: resection.events,
        n1i: resection.n,
        ci: c.events,
        n2i: c.n,
        rd: es.yi,
        vi: es.vi,
        lower: es.yi - half,
        upper: es.yi + half,
        pooled: c === chosen,
        alternative: c === nonSurgical[1],
        weight: null,
        continuityCorrected: es.continuityCorrected,
      });
    }
  }
  const inPool = rows.filter((r) => r.pooled);
  if (inPool.length === 0) return { rows, pooled: null, test: null, sensitivity: null };
  const pooled = pooledRandomEffects(inPool.map((r) => r.rd), inPool.map((r) => r.vi), { method: 'REML' });
  inPool.forEach((r, i) => (r.weight = pooled.weights[i]!));
  const input = (rs: RiskDifferenceRow[]) => ({ yi: rs.map((r) => r.rd), vi: rs.map((r) => r.vi) });
  // The other comparator: each study with an alternative pools it in place of its chosen comparator.
  const swapped = rows.filter((r) => r.alternative);
  const alt = inPool.map((r) => swapped.find((a) => a.studyId === r.studyId) ?? r);
  const even = (a: ArmLandmarkRow) => (a.eventsApproximate ? eventsHalfToEven(a.percent, a.n) : a.events);
  const evenRd = inPool.map((r) => riskDifference(even(r.resection), r.n1i, even(r.comparator), r.n2i));
  return {
    rows,
    pooled,
    test: overallEffectTest(pooled.estimate, pooled.se),
    sensitivity: {
      ...poolSensitivity(input(inPool)),
      comparator: swapped.length ? { fit: refit(input(alt)), swapped } : null,
      halfEven: refit({ yi: evenRd.map((e) => e.yi), vi: evenRd.map((e) => e.vi) }),
    },
  };
}
