import { pooledRandomEffects } from './pooledRandomEffects';
import { studentTQuantile } from './studentTQuantile';
import { sum } from './sum';
import type { RandomEffectsOptions } from './types';

/** A pooled estimate with the Hartung–Knapp(–Sidik–Jonkman) interval. */
export interface HartungKnappResult {
  estimate: number;
  se: number;
  ci_lb: number;
  ci_ub: number;
  /** Degrees of freedom of the t quantile (k − 1). */
  df: number;
}

/**
 * The Hartung–Knapp adjustment of a random-effects fit, as metafor's `rma(yi, vi, method, test = "knha")`:
 * same tau2 and estimate; se² = Σ w*(y − μ)² / ((k − 1) Σ w*) with w* = 1/(vi + tau2), not truncated at the
 * z-based se (metafor's "knha"; its "adhoc" truncates); CI = μ ∓ t_{k−1, 0.975} se. Needs k ≥ 2.
 */
export function hartungKnapp(yi: readonly number[], vi: readonly number[], options: RandomEffectsOptions): HartungKnappResult {
  const k = yi.length;
  if (k < 2) throw new RangeError('the Hartung–Knapp interval needs at least 2 studies');
  const fit = pooledRandomEffects(yi, vi, options);
  const w = vi.map((v) => 1 / (v + fit.tau2));
  const sw = sum(w);
  const se = Math.sqrt(sum(w.map((x, i) => x * (yi[i]! - fit.estimate) ** 2)) / ((k - 1) * sw));
  const crit = studentTQuantile(1 - (1 - (options.level ?? 0.95)) / 2, k - 1);
  return { estimate: fit.estimate, se, ci_lb: fit.estimate - crit * se, ci_ub: fit.estimate + crit * se, df: k - 1 };
}
