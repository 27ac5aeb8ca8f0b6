/**
 * The leave-one-out tau2 refits on two threads (src/lib/stats/leaveOneOutTau2.ts): every fit must be the number
 * this thread's tau2RestrictedMaximumLikelihood makes for the same set, bit for bit, whichever thread made it.
 * Expected values are computed here, set by set, by the plain function (no worker); metafor agreement of those
 * refits is edges.test.ts's ("leave-one-out with Newton refits ...").
 */
import { describe, expect, it } from 'vitest';
import { leaveOneOut, pooledRandomEffects, tau2RestrictedMaximumLikelihood } from '../../../src/lib/stats';
import { leaveOneOutTau2, leaveOneOutTau2OnWorker, WORKER_FROM_STUDIES } from '../../../src/lib/stats/leaveOneOutTau2';

/** A seeded set of k studies (Park–Miller), heterogeneous enough that tau2 > 0, or homogeneous for tau2 = 0. */
function studies(k: number, seed: number, spread: number): { yi: number[]; vi: number[] } {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const yi = Array.from({ length: k }, () => (next() * 2 - 1) * spread);
  const vi = Array.from({ length: k }, () => 0.01 + next() * 0.2);
  return { yi, vi };
}

/** Set by set on this thread, as leaveOneOut fitted them before the refits were shared out. */
function plainFits(yi: number[], vi: number[], start: number) {
  return yi.map((_, i) => tau2RestrictedMaximumLikelihood(yi.filter((_, j) => j !== i), vi.filter((_, j) => j !== i), undefined, undefined, start, true));
}

describe('leave-one-out tau2 refits on two threads', () => {
  const cases = [
    { name: 'heterogeneous (tau2 > 0)', ...studies(150, 11, 1) },
    { name: 'homogeneous (tau2 = 0 for most sets)', ...studies(90, 5, 0.01) },
  ];
  it.each(cases)('$name: the worker thread alone makes the same fits as this thread', async ({ yi, vi }) => {
    const start = pooledRandomEffects(yi, vi, { method: 'REML' }).tau2;
    const onWorker = await leaveOneOutTau2OnWorker(yi, vi, start);
    if (onWorker instanceof Error) throw onWorker;
    expect(onWorker).toEqual(plainFits(yi, vi, start));
  });
  it.each(cases)('$name: shared between the threads, the same fits in the same order', ({ yi, vi }) => {
    const start = pooledRandomEffects(yi, vi, { method: 'REML' }).tau2;
    const shared = leaveOneOutTau2(yi, vi, start, { worker: true });
    expect(shared.fits).toEqual(plainFits(yi, vi, start));
    expect(shared.byWorker).toBeGreaterThanOrEqual(0);
    expect(shared.byWorker).toBeLessThanOrEqual(yi.length);
  });
  it('without a worker, this thread fits every set', () => {
    const { yi, vi } = studies(40, 3, 1);
    const start = pooledRandomEffects(yi, vi, { method: 'REML' }).tau2;
    const alone = leaveOneOutTau2(yi, vi, start, { worker: false });
    expect(alone.byWorker).toBe(0);
    expect(alone.fits).toEqual(plainFits(yi, vi, start));
  });
  it(`leaveOneOut from ${WORKER_FROM_STUDIES} studies (worker started) gives each fit exactly as pooledRandomEffects of the set`, () => {
    const { yi, vi } = studies(WORKER_FROM_STUDIES, 17, 1);
    const start = pooledRandomEffects(yi, vi, { method: 'REML' }).tau2;
    const fits = leaveOneOut(yi, vi, { method: 'REML', tau2Start: start });
    for (const i of [0, 1, 199, WORKER_FROM_STUDIES - 1]) {
      const alone = pooledRandomEffects(yi.filter((_, j) => j !== i), vi.filter((_, j) => j !== i), { method: 'REML', tau2Start: start, tau2Newton: true });
      expect(fits[i]).toEqual(alone);
    }
  });
});
