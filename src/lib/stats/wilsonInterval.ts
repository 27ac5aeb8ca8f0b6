import { normalQuantile } from './normalQuantile';
import type { Interval } from './types';

/**
 * Wilson score interval for a binomial proportion, without continuity correction
 * (R's `prop.test(x, n, correct = FALSE)$conf.int`). With p = x/n and z = Phi^-1(1 - (1 - level)/2):
 * (p + z^2/(2n) -/+ z sqrt(p(1 - p)/n + z^2/(4n^2))) / (1 + z^2/n). Estimate is p; all on the 0..1 scale.
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isFinite(x) || x < 0 || x > n) throw new RangeError(`x must be in [0, n], got ${x}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const p = x / n;
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n))) / (1 + z2n);
  return {
    estimate: p,
    lower: x === 0 ? 0 : Math.max(0, centre - half),
    upper: x === n ? 1 : Math.min(1, centre + half),
  };
}
