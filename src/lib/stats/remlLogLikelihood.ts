import { sum } from './sum';

/**
 * Restricted (REML) log-likelihood of the intercept-only random-effects model at `tau2`:
 * -(k - 1)/2 log(2 pi) - 1/2 sum log(vi + tau2) - 1/2 log(sum w) - 1/2 sum w (yi - mu)^2, with w = 1/(vi + tau2)
 * and mu the w-weighted mean. metafor: `logLik(rma(yi, vi, tau2 = tau2, control = list(REMLf = FALSE)))`
 * (metafor's default REMLf = TRUE adds 1/2 log k).
 */
export function remlLogLikelihood(yi: readonly number[], vi: readonly number[], tau2: number): number {
  const w = vi.map((v) => 1 / (v + tau2));
  const sw = sum(w);
  const mu = sum(w.map((wi, i) => wi * yi[i]!)) / sw;
  const rss = sum(w.map((wi, i) => wi * (yi[i]! - mu) ** 2));
  const k = yi.length;
  return -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * sum(vi.map((v) => Math.log(v + tau2))) - 0.5 * Math.log(sw) - 0.5 * rss;
}
