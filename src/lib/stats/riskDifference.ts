import type { EffectSize } from './types';
import { twoByTwo } from './twoByTwo';

/**
 * Risk difference, metafor `escalc(measure = "RD", ai, n1i, ci, n2i)` with the default
 * large-sample variance (`vtype = "LS"`): p1 = ai/n1i, p2 = ci/n2i,
 * yi = p1 - p2, vi = p1(1 - p1)/n1i + p2(1 - p2)/n2i.
 * If any cell is 0, 1/2 is added to all four cells of the study first (`add = 1/2, to = "only0"`).
 */
export function riskDifference(ai: number, n1i: number, ci: number, n2i: number): EffectSize {
  const t = twoByTwo(ai, n1i, ci, n2i);
  const p1 = t.ai / t.n1i;
  const p2 = t.ci / t.n2i;
  return {
    measure: 'RD',
    yi: p1 - p2,
    vi: (p1 * (1 - p1)) / t.n1i + (p2 * (1 - p2)) / t.n2i,
    continuityCorrected: t.continuityCorrected,
  };
}
