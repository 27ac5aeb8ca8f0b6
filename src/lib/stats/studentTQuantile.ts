import quantile from '@stdlib/stats-base-dists-t-quantile';
import { normalQuantile } from './normalQuantile';

/**
 * Inverse CDF of Student's t with `df` degrees of freedom (R's `qt(p, df)`), from @stdlib
 * (inverse incomplete beta). df may be non-integer; df = Infinity gives the normal quantile, as R.
 * Returns -Infinity / Infinity at p = 0 / 1; throws for p outside [0, 1] or df <= 0.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  return df === Infinity ? normalQuantile(p) : quantile(p, df);
}
