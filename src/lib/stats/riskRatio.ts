import type { EffectSize } from './types';
import { twoByTwo } from './twoByTwo';

/**
 * Log risk ratio, metafor `escalc(measure = "RR", ai, n1i, ci, n2i)`:
 * yi = log((ai/n1i) / (ci/n2i)), vi = 1/ai - 1/n1i + 1/ci - 1/n2i.
 * If any cell is 0, 1/2 is added to all four cells of the study first (`add = 1/2, to = "only0"`).
 */
export function riskRatio(ai: number, n1i: number, ci: number, n2i: number): EffectSize {
  const t = twoByTwo(ai, n1i, ci, n2i);
  return {
    measure: 'RR',
    yi: Math.log(t.ai / t.n1i) - Math.log(t.ci / t.n2i),
    vi: 1 / t.ai - 1 / t.n1i + 1 / t.ci - 1 / t.n2i,
    continuityCorrected: t.continuityCorrected,
  };
}
