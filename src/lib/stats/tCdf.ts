import { normalCdf } from './normalCdf';
import { regularizedIncompleteBeta } from './regularizedIncompleteBeta';

/**
 * CDF of Student's t with `df` degrees of freedom (df > 0, may be non-integer; Infinity gives the normal):
 * P(T <= t) = 1 - I_x(df/2, 1/2) / 2 for t > 0, with x = df / (df + t^2) (I = regularized incomplete
 * beta); symmetric for t < 0.
 */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (df === Infinity) return normalCdf(t);
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const t2 = t * t;
  // P(|T| > |t|) = I_x(df/2, 1/2); 1 - x = t^2/(df + t^2) is passed too, so it is never formed by cancellation.
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t > 0 ? 1 - tail : tail;
}
