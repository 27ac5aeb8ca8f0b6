import { normalQuantile } from './normalQuantile';
import { tCdf } from './tCdf';
import { tDensity } from './tDensity';

/**
 * Inverse CDF of Student's t with `df` degrees of freedom (R's `qt(p, df)`).
 * Exact closed forms for df = 1 (-cot(pi p), the Cauchy quantile) and df = 2 ((2p - 1) / sqrt(2p(1 - p)));
 * otherwise Hill's (1970, CACM 396) approximation as the start, refined, as R's `qt` does, by
 * second-order Taylor (Newton) steps on the upper tail F(-q) computed from the incomplete beta
 * function, until the step is below 1e-14 |q|; bisection is the fallback if that fails to converge.
 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  if (df === 1) return p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const upper = p > 0.5 ? 1 - p : p; // one-sided tail probability, solve for q > 0
  let q = hillStart(2 * upper, df);
  for (let it = 0; it < 20; it++) {
    const dens = tDensity(q, df);
    if (!(dens > 0)) break;
    const x = (tCdf(-q, df) - upper) / dens; // tCdf(-q) is the upper tail, computed without cancellation
    if (!Number.isFinite(x)) break;
    q += x * (1 + (x * q * (df + 1)) / (2 * (q * q + df)));
    if (Math.abs(x) <= 1e-14 * Math.abs(q)) break;
  }
  if (!(Number.isFinite(q) && Math.abs(tCdf(-q, df) - upper) <= 1e-12 * upper)) q = bisectTail(upper, df);
  return p > 0.5 ? q : -q;
}

/** Safeguard for awkward (e.g. small non-integer) df: bisection for q > 0 with upper tail = `upper`. */
function bisectTail(upper: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (tCdf(-hi, df) > upper) hi *= 2;
  for (let i = 0; i < 2000 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(-mid, df) > upper) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Hill's approximation to the positive t quantile with two-sided tail probability `P`. */
function hillStart(P: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((((20700 * a) / b - 98) * a - 16) * a) + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = Math.pow(d * P, 2 / df);
  if (y > 0.05 + a) {
    const x = normalQuantile(0.5 * P);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y =
      ((1 / ((((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3)) + 0.5 / (df + 4)) * y - 1) *
        ((df + 1) / (df + 2)) +
      1 / y;
  }
  return Math.sqrt(df * y);
}
