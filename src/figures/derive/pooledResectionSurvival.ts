import { group } from 'd3-array';
import { backTransformLogit, logitProportion, overallEffectTest, pooledRandomEffects, type RandomEffectsResult } from '../../lib/stats';
import { eventsHalfToEven, poolSensitivity, refit, type SensitivityFit } from './poolSensitivity';
import type { ArmLandmarkRow } from './armLandmarks';
import { armLandmarks } from './armLandmarks';
import type { FigureEvidence } from './types';

export interface PooledProportionRow {
  arm: ArmLandmarkRow;
  /** metafor names: events and patients. */
  xi: number;
  ni: number;
  weight: number;
}

/** Pooled result back-transformed to proportions (0..1); tau2, Q and I² stay on the logit scale, as metafor reports them. */
export interface BackTransformedPool {
  fit: RandomEffectsResult;
  estimate: number;
  ci_lb: number;
  ci_ub: number;
  pi_lb: number;
  pi_ub: number;
  /** Test for overall effect on the logit scale (z, two-sided p). */
  test: { z: number; p: number };
  /** Robustness: estimates and CIs back-transformed to proportions, tau2 and I² on the logit scale. */
  sensitivity: { dl: SensitivityFit; knha: SensitivityFit | null; leaveOneOut: SensitivityFit[]; halfEven: SensitivityFit };
}

/**
 * 5-year OS after liver resection: the largest resection arm of each Table 1 study reporting 5-year OS with an n,
 * pooled by REML on logit proportions (escalc "PLO") and back-transformed with the inverse logit.
 */
export function pooledResectionSurvival(ev: FigureEvidence): { rows: PooledProportionRow[]; pooled: BackTransformedPool | null } {
  const arms = armLandmarks(ev, [5]).filter((a) => a.kind === 'resection');
  // Arms grouped by study in one pass (first-seen order), not one search of all arms per study.
  const chosen = [...group(arms, (a) => a.studyId).values()].map((inStudy) => [...inStudy].sort((a, b) => b.n - a.n)[0]!);
  if (chosen.length === 0) return { rows: [], pooled: null };
  const es = chosen.map((a) => logitProportion(a.events, a.n));
  const fit = pooledRandomEffects(es.map((e) => e.yi), es.map((e) => e.vi), { method: 'REML' });
  const back = (f: SensitivityFit): SensitivityFit => ({ ...f, estimate: backTransformLogit(f.estimate), ci_lb: backTransformLogit(f.ci_lb), ci_ub: backTransformLogit(f.ci_ub) });
  const s = poolSensitivity({ yi: es.map((e) => e.yi), vi: es.map((e) => e.vi) });
  const evenEs = chosen.map((a) => logitProportion(a.eventsApproximate ? eventsHalfToEven(a.percent, a.n) : a.events, a.n));
  return {
    rows: chosen.map((arm, i) => ({ arm, xi: arm.events, ni: arm.n, weight: fit.weights[i]! })),
    pooled: {
      fit,
      estimate: backTransformLogit(fit.estimate),
      ci_lb: backTransformLogit(fit.ci_lb),
      ci_ub: backTransformLogit(fit.ci_ub),
      pi_lb: backTransformLogit(fit.pi_lb),
      pi_ub: backTransformLogit(fit.pi_ub),
      test: overallEffectTest(fit.estimate, fit.se),
      sensitivity: {
        dl: back(s.dl),
        knha: s.knha && back(s.knha),
        leaveOneOut: s.leaveOneOut.map(back),
        halfEven: back(refit({ yi: evenEs.map((e) => e.yi), vi: evenEs.map((e) => e.vi) })),
      },
    },
  };
}
