import { regularizedGammaQ } from './regularizedGammaQ';

/**
 * Upper-tail probability of the chi-square distribution, P(X >= q) for X ~ chi^2(df)
 * (R's `pchisq(q, df, lower.tail = FALSE)`), equal to Q(df/2, q/2). Used for Cochran's Q p-value.
 */
export function chiSquareUpperTail(q: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  if (Number.isNaN(q)) return NaN;
  if (q <= 0) return 1;
  return regularizedGammaQ(df / 2, q / 2);
}
