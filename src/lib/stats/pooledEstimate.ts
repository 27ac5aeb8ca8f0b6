import { normalQuantile } from './normalQuantile';
import { tau2DerSimonianLaird } from './tau2DerSimonianLaird';
import { tau2RestrictedMaximumLikelihood } from './tau2RestrictedMaximumLikelihood';
import { NeumaierSum } from './sum';
import type { RandomEffectsOptions, Tau2Method } from './types';

/** The part of a random-effects fit a summary line shows (fields as in RandomEffectsResult). */
export interface PooledEstimate {
  method: Tau2Method;
  level: number;
  k: number;
  estimate: number;
  se: number;
  ci_lb: number;
  ci_ub: number;
  tau2: number;
  i2: number;
  h2: number;
  iterations: number;
  converged: boolean;
  /** Sums pooledRandomEffects goes on from: of the fixed-effect weights 1/vi (with the fixed-effect estimate,
   * for Q) and of the random-effects weights 1/(vi + tau2) (for the study weights). */
  sw: number;
  yFixed: number;
  swr: number;
  /** The CI's critical value z. */
  z: number;
}

/** The input every fit needs: as many finite effects as finite positive variances, and 0 < level < 1. */
export function assertFitInput(yi: ArrayLike<number>, vi: ArrayLike<number>, level = 0.95): void {
  const k = yi.length;
  if (k === 0 || vi.length !== k) throw new RangeError('yi and vi must be non-empty and of equal length');
  for (let i = 0; i < k; i++) if (!Number.isFinite(yi[i])) throw new RangeError('yi must be finite');
  for (let i = 0; i < k; i++) if (!(Number.isFinite(vi[i]) && vi[i]! > 0)) throw new RangeError('vi must be finite and positive');
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
}

/**
 * tau2, the pooled estimate, its CI, I² and H² of an inverse-variance random-effects fit, without the per-study
 * weights, Cochran's Q or the prediction interval: pooledRandomEffects is this plus those, so both give the same
 * numbers to the bit. Leave-one-out makes k of these fits over k − 1 studies and shows only these numbers; the
 * weights, Q and the t quantile were about a third of its time at 1000x (issue 13).
 * Expects input that passes assertFitInput (callers check it once, not once per leave-one-out fit).
 */
export function pooledEstimate(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RandomEffectsOptions): PooledEstimate {
  const { method, level = 0.95 } = options;
  const k = yi.length;
  const fit =
    method === 'REML'
      ? tau2RestrictedMaximumLikelihood(yi, vi, undefined, undefined, options.tau2Start)
      : { tau2: tau2DerSimonianLaird(yi, vi), iterations: 0, converged: true };
  const tau2 = fit.tau2;
  // Loops over indices, no intermediate arrays (issue 13). Each sum is compensated over the same terms in index
  // order, so results are bit-identical to summing mapped arrays.
  const [swS, sw2S, swyS, swrS, swryS] = [new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum()];
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
  const s2 = k > 1 ? ((k - 1) * sw) / (sw * sw - sw2) : 0;
  const swr = swrS.value();
  const estimate = swryS.value() / swr;
  const se = Math.sqrt(1 / swr);
  const z = normalQuantile(1 - (1 - level) / 2);
  return {
    method,
    level,
    k,
    estimate,
    se,
    ci_lb: estimate - z * se,
    ci_ub: estimate + z * se,
    tau2,
    i2: k > 1 ? (100 * tau2) / (s2 + tau2) : 0,
    h2: k > 1 ? (tau2 + s2) / s2 : 1,
    iterations: fit.iterations,
    converged: fit.converged,
    sw,
    yFixed: swyS.value() / sw,
    swr,
    z,
  };
}
