import { hartungKnapp, leaveOneOut, pooledRandomEffects } from '../../lib/stats';

/** One line of a robustness table: an analysis and its pooled estimate, CI, tau2 and I² (on the model's scale). */
export interface SensitivityFit {
  estimate: number;
  ci_lb: number;
  ci_ub: number;
  tau2: number;
  i2: number;
}

/** The studies of one pooling as effect sizes, in the order of the pooled rows. */
export interface PoolInput {
  yi: number[];
  vi: number[];
}

/**
 * The robustness analyses every exploratory pooling reports, each as metafor computes it from the same studies:
 * DerSimonian–Laird instead of REML (`update(res, method = "DL")`), the Hartung–Knapp interval
 * (`update(res, test = "knha")`, same τ² and I²) and leave-one-out (`leave1out(res)`, entry i without study i).
 * Alternative inputs (another comparator, events rounded half to even) are pooled by the caller with `fitOf`.
 */
export function poolSensitivity(input: PoolInput) {
  const main = pooledRandomEffects(input.yi, input.vi, { method: 'REML' });
  const dl = pooledRandomEffects(input.yi, input.vi, { method: 'DL' });
  const knha = input.yi.length >= 2 ? hartungKnapp(input.yi, input.vi, { method: 'REML' }) : null;
  // Each refit starts from the main fit's tau2 (leaveOneOut would otherwise fit all k studies again for it).
  const loo = input.yi.length >= 2 ? leaveOneOut(input.yi, input.vi, { method: 'REML', tau2Start: main.tau2 }, fitOf) : [];
  return {
    dl: fitOf(dl),
    knha: knha && { estimate: knha.estimate, ci_lb: knha.ci_lb, ci_ub: knha.ci_ub, tau2: main.tau2, i2: main.i2 },
    leaveOneOut: loo,
  };
}

/** The summary of a fit a robustness table shows. */
export const fitOf = (f: SensitivityFit): SensitivityFit => ({ estimate: f.estimate, ci_lb: f.ci_lb, ci_ub: f.ci_ub, tau2: f.tau2, i2: f.i2 });

/** REML fit of other inputs (another comparator, other rounding). */
export const refit = (input: PoolInput): SensitivityFit => fitOf(pooledRandomEffects(input.yi, input.vi, { method: 'REML' }));

/**
 * Events from a printed percentage rounded half to even (R's `round()`), the other defensible reading of
 * "round(% × n / 100)"; on integers, since percent × 100 is whole (data/ keeps at most 2 decimals).
 */
export function eventsHalfToEven(percent: number, n: number): number {
  const scaled = Math.round(percent * 100) * n;
  const q = Math.floor(scaled / 10000);
  const rem = scaled - q * 10000;
  return rem > 5000 || (rem === 5000 && q % 2 === 1) ? q + 1 : q;
}
