import { regularizedGammaQ } from './regularizedGammaQ';

/**
 * Standard normal CDF Phi(z) = erfc(-z / sqrt 2) / 2, with erfc(u) = Q(1/2, u^2) for u >= 0
 * (regularized upper incomplete gamma).
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2); // P(Z > |z|)
  return z >= 0 ? 1 - tail : tail;
}
