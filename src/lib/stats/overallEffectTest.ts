import { normalCdf } from './normalCdf';

/** The test for overall effect of a pooled estimate, as metafor prints it (`res$zval`, `res$pval`): z = μ / se, two-sided p. */
export function overallEffectTest(estimate: number, se: number): { z: number; p: number } {
  if (!(se > 0)) throw new RangeError(`se must be positive, got ${se}`);
  const z = estimate / se;
  return { z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}
