import { pooledRandomEffects } from './pooledRandomEffects';
import type { RandomEffectsOptions, RandomEffectsResult } from './types';

/**
 * The random-effects fit without each study in turn, as metafor's `leave1out(rma(yi, vi, method))`: entry i
 * is the fit of every study but the i-th (estimate, CI, tau2, I², Q, ...). Needs k ≥ 2.
 */
export function leaveOneOut(yi: readonly number[], vi: readonly number[], options: RandomEffectsOptions): RandomEffectsResult[] {
  if (yi.length < 2) throw new RangeError('leave-one-out needs at least 2 studies');
  return yi.map((_, i) => pooledRandomEffects(yi.filter((_, j) => j !== i), vi.filter((_, j) => j !== i), options));
}
