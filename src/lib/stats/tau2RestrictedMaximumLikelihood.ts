import { remlLogLikelihood } from './remlLogLikelihood';
import { sum } from './sum';
import type { Tau2Fit } from './types';

/**
 * REML estimate of tau^2 by Fisher scoring, as metafor's `rma.uni(method = "REML")` does for an
 * intercept-only model. Start: Hedges estimate max(0, var(yi) - mean(vi)). With w = 1/(vi + tau2)
 * and P = W - w w' / sum w, each step adds (y'PPy - tr P) / tr(PP), halving the step while it would
 * make tau2 negative, until |change| <= `threshold` (default 1e-10; metafor's default is 1e-5)
 * or `maxIter` steps. Finally, as metafor's `ll0check`, tau2 is set to 0 if the REML
 * log-likelihood at 0 exceeds that at the estimate by more than 1.22e-4 (= eps^(1/4)).
 */
export function tau2RestrictedMaximumLikelihood(
  yi: readonly number[],
  vi: readonly number[],
  threshold = 1e-10,
  maxIter = 100,
): Tau2Fit {
  const k = yi.length;
  if (k < 2) return { tau2: 0, iterations: 0, converged: true };
  const ybar = yi.reduce((a, b) => a + b, 0) / k;
  const varY = yi.reduce((a, y) => a + (y - ybar) ** 2, 0) / (k - 1);
  let tau2 = Math.max(0, varY - vi.reduce((a, b) => a + b, 0) / k);
  let iterations = 0;
  for (;;) {
    if (iterations >= maxIter) return { tau2: Math.max(0, tau2), iterations, converged: false };
    iterations++;
    const w = vi.map((v) => 1 / (v + tau2));
    const sw = sum(w);
    const mu = sum(w.map((wi, i) => wi * yi[i]!)) / sw;
    const yPPy = sum(w.map((wi, i) => (wi * (yi[i]! - mu)) ** 2));
    const sw2 = sum(w.map((wi) => wi * wi));
    const sw3 = sum(w.map((wi) => wi ** 3));
    const trP = sw - sw2 / sw;
    const trPP = sw2 - (2 * sw3) / sw + (sw2 * sw2) / (sw * sw);
    let adj = (yPPy - trP) / trPP;
    if (!Number.isFinite(adj)) adj = 0;
    while (tau2 + adj < 0) adj /= 2;
    tau2 += adj;
    if (Math.abs(adj) <= threshold) break;
  }
  tau2 = Math.max(0, tau2);
  if (remlLogLikelihood(yi, vi, 0) - remlLogLikelihood(yi, vi, tau2) > 1.220703125e-4 && tau2 > threshold) tau2 = 0;
  return { tau2, iterations, converged: true };
}
