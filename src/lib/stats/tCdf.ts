import cdf from '@stdlib/stats-base-dists-t-cdf';
import { normalCdf } from './normalCdf';

/**
 * CDF of Student's t with `df` degrees of freedom, P(T <= t) (R's `pt(t, df)`), from @stdlib.
 * df may be non-integer; df = Infinity gives the normal CDF, as R. Throws for df <= 0.
 */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  return df === Infinity ? normalCdf(t) : cdf(t, df);
}
