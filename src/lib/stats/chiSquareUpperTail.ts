import cdf from '@stdlib/stats-base-dists-chisquare-cdf';

/**
 * Upper-tail probability of the chi-square distribution, P(X > q) for X ~ chi^2(df)
 * (R's `pchisq(q, df, lower.tail = FALSE)`), as 1 - the @stdlib CDF: absolute error ~1e-16, so
 * tails below ~1e-15 come out as 0 (R keeps their relative accuracy). Used for Cochran's Q p-value.
 * Throws for df <= 0.
 */
export function chiSquareUpperTail(q: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  return 1 - cdf(q, df);
}
