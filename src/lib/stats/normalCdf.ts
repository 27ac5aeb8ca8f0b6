import cdf from '@stdlib/stats-base-dists-normal-cdf';

/** Standard normal CDF Phi(z) (R's `pnorm(z)`), from @stdlib; NaN for NaN. */
export function normalCdf(z: number): number {
  return cdf(z, 0, 1);
}
