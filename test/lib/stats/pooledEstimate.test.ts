/**
 * pooledEstimate is the part of pooledRandomEffects that leave-one-out keeps (src/lib/stats/pooledEstimate.ts):
 * its numbers must be pooledRandomEffects' to the bit, and leave-one-out's summaries the full fits' numbers.
 * The fits themselves are pinned against metafor in pooledRandomEffects.test.ts and test/figures/figureData.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { leaveOneOut, pooledRandomEffects } from '../../../src/lib/stats';
import { pooledEstimate } from '../../../src/lib/stats/pooledEstimate';

/** A seeded pseudo-random pool: effects around 0.3, variances 0.01–0.2 (mulberry32). */
function pool(seed: number, k: number): { yi: number[]; vi: number[] } {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const yi = Array.from({ length: k }, () => 0.3 + (rand() - 0.5) * 1.2);
  const vi = Array.from({ length: k }, () => 0.01 + rand() * 0.19);
  return { yi, vi };
}

const shown = ['estimate', 'se', 'ci_lb', 'ci_ub', 'tau2', 'i2', 'h2', 'iterations', 'converged', 'k', 'method', 'level'] as const;

describe('pooledEstimate', () => {
  for (const method of ['REML', 'DL'] as const) {
    for (const [seed, k] of [
      [1, 1],
      [2, 2],
      [3, 5],
      [4, 40],
      [5, 300],
    ] as const) {
      it(`${method}, k = ${k}: the same numbers as pooledRandomEffects, to the bit`, () => {
        const { yi, vi } = pool(seed, k);
        const full = pooledRandomEffects(yi, vi, { method, level: 0.9 });
        const lean = pooledEstimate(yi, vi, { method, level: 0.9 });
        for (const f of shown) expect(Object.is(lean[f], full[f]), `${f}: ${lean[f]} vs ${full[f]}`).toBe(true);
      });
    }
  }

  it('leave-one-out summaries are the full refits, field for field', () => {
    const { yi, vi } = pool(7, 25);
    const full = leaveOneOut(yi, vi, { method: 'REML' });
    const summarised = leaveOneOut(yi, vi, { method: 'REML' }, (f) => ({ estimate: f.estimate, ci_lb: f.ci_lb, ci_ub: f.ci_ub, tau2: f.tau2, i2: f.i2 }));
    expect(summarised).toEqual(full.map((f) => ({ estimate: f.estimate, ci_lb: f.ci_lb, ci_ub: f.ci_ub, tau2: f.tau2, i2: f.i2 })));
  });

  it('leave-one-out checks its input once, as pooledRandomEffects does', () => {
    const summary = (f: { estimate: number }) => f.estimate;
    expect(() => leaveOneOut([0.1, Number.NaN], [0.1, 0.1], { method: 'REML' }, summary)).toThrow('yi must be finite');
    expect(() => leaveOneOut([0.1, 0.2], [0.1, 0], { method: 'REML' }, summary)).toThrow('vi must be finite and positive');
    expect(() => leaveOneOut([0.1, 0.2], [0.1], { method: 'REML' }, summary)).toThrow('yi and vi must be non-empty and of equal length');
  });
});
