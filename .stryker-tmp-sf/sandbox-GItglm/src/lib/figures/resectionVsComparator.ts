// @ts-nocheck
import { group } from 'd3-array';
import { normalQuantile, pooledRandomEffects, riskDifference, type RandomEffectsResult } from '../stats';
import type { ArmLandmarkRow } from './armLandmarks';
import { armLandmarks } from './armLandmarks';
import { isNonSurgical } from './treatmentKind';
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
  /** Random-effects weight in percent (pooled rows only). */
  weight: number | null;
  continuityCorrected: boolean;
}

export interface RiskDifferenceAnalysis {
  rows: RiskDifferenceRow[];
  pooled: RandomEffectsResult | null;
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
    const chosen = comparators.filter((c) => isNonSurgical(treatmentOf(c))).sort((a, b) => b.n - a.n)[0];
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
        weight: null,
        continuityCorrected: es.continuityCorrected,
      });
    }
  }
  const inPool = rows.filter((r) => r.pooled);
  if (inPool.length === 0) return { rows, pooled: null };
  const pooled = pooledRandomEffects(inPool.map((r) => r.rd), inPool.map((r) => r.vi), { method: 'REML' });
  inPool.forEach((r, i) => (r.weight = pooled.weights[i]!));
  return { rows, pooled };
}
