import { logGamma } from './logGamma';

/**
 * Density of Student's t with `df` degrees of freedom:
 * f(t) = Gamma((df+1)/2) / (sqrt(df pi) Gamma(df/2)) * (1 + t^2/df)^(-(df+1)/2).
 */
export function tDensity(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  if (df === Infinity) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
