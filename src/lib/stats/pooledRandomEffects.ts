import { chiSquareUpperTail } from './chiSquareUpperTail';
import { normalQuantile } from './normalQuantile';
import { studentTQuantile } from './studentTQuantile';
import { tau2DerSimonianLaird } from './tau2DerSimonianLaird';
import { tau2RestrictedMaximumLikelihood } from './tau2RestrictedMaximumLikelihood';
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
  if (k === 0 || vi.length !== k) throw new RangeError('yi and vi must be non-empty and of equal length');
  for (let i = 0; i < k; i++) if (!Number.isFinite(yi[i])) throw new RangeError('yi must be finite');
  for (let i = 0; i < k; i++) if (!(Number.isFinite(vi[i]) && vi[i]! > 0)) throw new RangeError('vi must be finite and positive');
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);

  const fit =
    method === 'REML'
      ? (options.tau2Fit ?? tau2RestrictedMaximumLikelihood(yi, vi, undefined, undefined, options.tau2Start, options.tau2Newton))
      : { tau2: tau2DerSimonianLaird(yi, vi), iterations: 0, converged: true };
  const tau2 = fit.tau2;

  // Loops over indices, no intermediate arrays: leave-one-out fits this k times (issue 13). Each sum is
  // compensated over the same terms in index order, so results are bit-identical to summing mapped arrays.
  const [swS, sw2S, swyS, qS, swrS, swryS] = [new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum()];
  for (let i = 0; i < k; i++) {
    const w = 1 / vi[i]!;
    swS.add(w);
    sw2S.add(w * w);
    swyS.add(w * yi[i]!);
    const wr = 1 / (vi[i]! + tau2);
    swrS.add(wr);
    swryS.add(wr * yi[i]!);
  }
  const [sw, sw2] = [swS.value(), sw2S.value()];
  const yFixed = swyS.value() / sw;
  if (k > 1) for (let i = 0; i < k; i++) qS.add((1 / vi[i]!) * (yi[i]! - yFixed) ** 2);
  const q = k > 1 ? qS.value() : 0;
  const s2 = k > 1 ? ((k - 1) * sw) / (sw * sw - sw2) : 0;

  const swr = swrS.value();
  const estimate = swryS.value() / swr;
  const se = Math.sqrt(1 / swr);
  const z = normalQuantile(1 - (1 - level) / 2);
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
    weights,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}
