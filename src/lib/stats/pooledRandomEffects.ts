import { chiSquareUpperTail } from './chiSquareUpperTail';
import { normalQuantile } from './normalQuantile';
import { studentTQuantile } from './studentTQuantile';
import { tau2DerSimonianLaird } from './tau2DerSimonianLaird';
import { tau2RestrictedMaximumLikelihood } from './tau2RestrictedMaximumLikelihood';
import { sum } from './sum';
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
  yi: readonly number[],
  vi: readonly number[],
  options: RandomEffectsOptions,
): RandomEffectsResult {
  const { method, level = 0.95, predictionInterval = 't-k-2' } = options;
  const k = yi.length;
  if (k === 0 || vi.length !== k) throw new RangeError('yi and vi must be non-empty and of equal length');
  if (!yi.every(Number.isFinite)) throw new RangeError('yi must be finite');
  if (!vi.every((v) => Number.isFinite(v) && v > 0)) throw new RangeError('vi must be finite and positive');
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);

  const fit =
    method === 'REML'
      ? tau2RestrictedMaximumLikelihood(yi, vi)
      : { tau2: tau2DerSimonianLaird(yi, vi), iterations: 0, converged: true };
  const tau2 = fit.tau2;

  const w = vi.map((v) => 1 / v);
  const sw = sum(w);
  const sw2 = sum(w.map((x) => x * x));
  const yFixed = sum(w.map((x, i) => x * yi[i]!)) / sw;
  const q = k > 1 ? sum(w.map((x, i) => x * (yi[i]! - yFixed) ** 2)) : 0;
  const s2 = k > 1 ? ((k - 1) * sw) / (sw * sw - sw2) : 0;

  const wr = vi.map((v) => 1 / (v + tau2));
  const swr = sum(wr);
  const estimate = sum(wr.map((x, i) => x * yi[i]!)) / swr;
  const se = Math.sqrt(1 / swr);
  const z = normalQuantile(1 - (1 - level) / 2);

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
    ci_lb: estimate - z * se,
    ci_ub: estimate + z * se,
    pi_lb: estimate - piHalf,
    pi_ub: estimate + piHalf,
    piMethod,
    piDf,
    tau2,
    i2: k > 1 ? (100 * tau2) / (s2 + tau2) : 0,
    h2: k > 1 ? (tau2 + s2) / s2 : 1,
    q,
    qDf: k - 1,
    qP: k > 1 ? chiSquareUpperTail(q, k - 1) : 1,
    weights: wr.map((x) => (100 * x) / swr),
    iterations: fit.iterations,
    converged: fit.converged,
  };
}
