import quantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * Inverse of the standard normal CDF, Phi^-1(p) (R's `qnorm(p)`), from @stdlib
 * (`erfinv(2p - 1) * sqrt 2`: relative error below 1e-12 for p >= 1e-7, about 1e-6 near p = 1e-12).
 * Returns -Infinity / Infinity at p = 0 / 1; throws for p outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  return quantile(p, 0, 1);
}
