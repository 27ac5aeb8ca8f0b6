import { chiSquareUpperTail } from './chiSquareUpperTail';
import { studentTQuantile } from './studentTQuantile';
import { assertFitInput, pooledEstimate } from './pooledEstimate';
import { NeumaierSum } from './sum';
import type { AppliedPredictionIntervalMethod, RandomEffectsOptions, RandomEffectsResult } from './types';

/**
 * Inverse-variance random-effects meta-analysis of effect sizes `yi` with sampling variances `vi`,
 * following metafor's `rma.uni` (intercept only, default `test = "z"`):
 * - tau2 by DL or REML (see `tau2DerSimonianLaird`, `tau2RestrictedMaximumLikelihood`);
 * - w*_i = 1/(vi + tau2), estimate = sum w* y / sum w*, se = sqrt(1 / sum w*),
 *   CI = estimate -/+ z se with z = Phi^-1(1 - (1 - level)/2); weights = 100 w* / sum w*;
 * - Cochran's Q = sum (1/vi)(yi - ybar_FE)^2 on k - 1 df, p = P(chi^2_{k-1} >= Q);
 * - I2 = 100 tau2 / (tau2 + s2), H2 = (tau2 + s2) / s2, with the typical within-study variance
 *   s2 = (k - 1) sum w / ((sum w)^2 - sum w^2), w = 1/vi (metafor's default);
 * - prediction interval = estimate -/+ c sqrt(tau2 + se^2), with c = t_{k-2} quantile
 *   (`'t-k-2'`, default; metafor 3.8: `predict(res, pi.type = "riley")`) or c = z (`'z'`;
 *   metafor's plain `predict(res)`). With k < 3, `'t-k-2'` falls back to z (`piMethod: 'z-fallback'`).
 * For k = 1: tau2 = 0, Q = 0, qP = 1, I2 = 0, H2 = 1 (as metafor).
 */
export function pooledRandomEffects(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  options: RandomEffectsOptions,
): RandomEffectsResult {
  const { method, level = 0.95, predictionInterval = 't-k-2' } = options;
  const k = yi.length;
  assertFitInput(yi, vi, level);

  const core = pooledEstimate(yi, vi, options);
  const { tau2, estimate, se, z, yFixed, swr } = core;
  const qS = new NeumaierSum();
  if (k > 1) for (let i = 0; i < k; i++) qS.add((1 / vi[i]!) * (yi[i]! - yFixed) ** 2);
  const q = k > 1 ? qS.value() : 0;
  const weights = new Array<number>(k);
  for (let i = 0; i < k; i++) weights[i] = (100 * (1 / (vi[i]! + tau2))) / swr;

  let piMethod: AppliedPredictionIntervalMethod = 'z';
  let piDf: number | null = null;
  let crit = z;
  if (predictionInterval === 't-k-2') {
    if (k >= 3) {
      piMethod = 't-k-2';
      piDf = k - 2;
      crit = studentTQuantile(1 - (1 - level) / 2, piDf);
    } else piMethod = 'z-fallback';
  }
  const piHalf = crit * Math.sqrt(tau2 + se * se);

  return {
    method,
    level,
    k,
    estimate,
    se,
    ci_lb: core.ci_lb,
    ci_ub: core.ci_ub,
    pi_lb: estimate - piHalf,
    pi_ub: estimate + piHalf,
    piMethod,
    piDf,
    tau2,
    i2: core.i2,
    h2: core.h2,
    q,
    qDf: k - 1,
    qP: k > 1 ? chiSquareUpperTail(q, k - 1) : 1,
    weights,
    iterations: core.iterations,
    converged: core.converged,
  };
}
