import { remlLogLikelihood } from './remlLogLikelihood';
import { NeumaierSum } from './sum';
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
  // One weight buffer for all iterations; the sums are the compensated sums of `sum` over the same terms in the
  // same order (bit-identical), taken in two passes instead of five arrays per step: leave-one-out runs this k
  // times over k − 1 studies, the cost that grows with the square of the pool (issue 13).
  const w = new Float64Array(k);
  for (;;) {
    if (iterations >= maxIter) return { tau2: Math.max(0, tau2), iterations, converged: false };
    iterations++;
    const [s1, sy, s2, s3, spp] = [new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum()];
    for (let i = 0; i < k; i++) {
      const wi = 1 / (vi[i]! + tau2);
      w[i] = wi;
      s1.add(wi);
      sy.add(wi * yi[i]!);
      s2.add(wi * wi);
      s3.add(wi ** 3);
    }
    const sw = s1.value();
    const mu = sy.value() / sw;
    for (let i = 0; i < k; i++) spp.add((w[i]! * (yi[i]! - mu)) ** 2);
    const [yPPy, sw2, sw3] = [spp.value(), s2.value(), s3.value()];
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
