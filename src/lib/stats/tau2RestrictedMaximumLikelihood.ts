import { remlLogLikelihood } from './remlLogLikelihood';
import { NeumaierSum } from './sum';
import type { Tau2Fit } from './types';

/**
 * REML estimate of tau^2 by Fisher scoring, as metafor's `rma.uni(method = "REML")` does for an
 * intercept-only model. Start: Hedges estimate max(0, var(yi) - mean(vi)), or `start` (metafor's
 * `control = list(tau2.init = start)`; leave-one-out starts from the full fit's tau2: a quarter fewer steps).
 * With w = 1/(vi + tau2) and P = W - w w' / sum w, each step adds (y'PPy - tr P) / tr(PP), halving the step while it would
 * make tau2 negative, until |change| <= `threshold` (default 1e-10; metafor's default is 1e-5)
 * or `maxIter` steps. Finally, as metafor's `ll0check`, tau2 is set to 0 if the REML
 * log-likelihood at 0 exceeds that at the estimate by more than 1.22e-4 (= eps^(1/4)).
 *
 * `newton`: Newton steps instead, (y'PPy - tr P) / (2 y'PPPy - tr(PP)) (the observed information where Fisher
 * scoring uses the expected), falling back to the Fisher step where the log-likelihood is not concave. From a start
 * near the maximum they converge quadratically: leave-one-out refits, started at the full fit's tau2, take 3 to 4
 * steps instead of about 10 at 6,000 studies (issue 13). They stop at the same maximum, to the same threshold.
 */
export function tau2RestrictedMaximumLikelihood(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  threshold = 1e-10,
  maxIter = 100,
  start?: number,
  newton = false,
): Tau2Fit {
  const k = yi.length;
  if (k < 2) return { tau2: 0, iterations: 0, converged: true };
  let tau2 = start ?? hedgesStart(yi, vi);
  let iterations = 0;
  // One weight buffer for all iterations; the sums are the compensated sums of `sum` over the same terms in the
  // same order (bit-identical), taken in two passes instead of five arrays per step: leave-one-out runs this k
  // times over k − 1 studies, the cost that grows with the square of the pool (issue 13).
  const w = new Float64Array(k);
  for (;;) {
    if (iterations >= maxIter) return { tau2: Math.max(0, tau2), iterations, converged: false };
    iterations++;
    const [s1, sy, s2, s3, spp, swr, swrr] = [new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum()];
    for (let i = 0; i < k; i++) {
      const wi = 1 / (vi[i]! + tau2);
      w[i] = wi;
      s1.add(wi);
      sy.add(wi * yi[i]!);
      s2.add(wi * wi);
      s3.add(wi * wi * wi); // not wi ** 3: Math.pow costs ten times the loop (issue 13); at most 1 ulp apart
    }
    const sw = s1.value();
    const mu = sy.value() / sw;
    // r = Py = W(y - mu): y'PPy = r'r, and y'PPPy = r'Pr = sum w r^2 - (sum w r)^2 / sum w.
    for (let i = 0; i < k; i++) {
      const r = w[i]! * (yi[i]! - mu);
      spp.add(r ** 2);
      if (newton) {
        swr.add(w[i]! * r);
        swrr.add(w[i]! * r * r);
      }
    }
    const [yPPy, sw2, sw3] = [spp.value(), s2.value(), s3.value()];
    const trP = sw - sw2 / sw;
    const trPP = sw2 - (2 * sw3) / sw + (sw2 * sw2) / (sw * sw);
    const observed = newton ? 2 * (swrr.value() - swr.value() ** 2 / sw) - trPP : 0;
    let adj = (yPPy - trP) / (observed > 0 ? observed : trPP);
    if (!Number.isFinite(adj)) adj = 0;
    while (tau2 + adj < 0) adj /= 2;
    tau2 += adj;
    if (Math.abs(adj) <= threshold) break;
  }
  tau2 = Math.max(0, tau2);
  if (remlLogLikelihood(yi, vi, 0) - remlLogLikelihood(yi, vi, tau2) > 1.220703125e-4 && tau2 > threshold) tau2 = 0;
  return { tau2, iterations, converged: true };
}

/** metafor's default start: max(0, var(yi) − mean(vi)), as plain left-to-right sums. */
export function hedgesStart(yi: ArrayLike<number>, vi: ArrayLike<number>): number {
  const k = yi.length;
  let sy = 0;
  for (let i = 0; i < k; i++) sy += yi[i]!;
  const ybar = sy / k;
  let ss = 0;
  for (let i = 0; i < k; i++) ss += (yi[i]! - ybar) ** 2;
  let sv = 0;
  for (let i = 0; i < k; i++) sv += vi[i]!;
  return Math.max(0, ss / (k - 1) - sv / k);
}
