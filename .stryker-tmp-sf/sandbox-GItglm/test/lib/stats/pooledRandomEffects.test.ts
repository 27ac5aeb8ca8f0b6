// @ts-nocheck
import { describe, it, expect } from 'vitest';
import { backTransformLogit, pooledRandomEffects, sum } from '../../../src/lib/stats';
import { expectClose } from '../../helpers/expectClose';
import { reference } from './referenceFixture';

const TOL = 1e-4;
/**
 * metafor's default REML threshold (1e-5) leaves tau2 ~1e-6 from convergence, which moves
 * percentages (I2, weights) by up to ~2e-3 against those defaults; they are checked to 1e-4
 * against the threshold = 1e-10 fit (`threshold1e10`).
 */
const PERCENT_TOL_DEFAULT_FIT = 5e-3;
const meta = reference.meta;

describe('pooledRandomEffects vs metafor rma / predict', () => {
  it.each(meta)('$id: $call', (c) => {
    const r = pooledRandomEffects(c.yi, c.vi, { method: c.method, predictionInterval: 'z' });
    expect(r.k).toBe(c.k);
    expect(r.qDf).toBe(c.qDf);
    expectClose(r.estimate, c.estimate, TOL, 'estimate');
    expectClose(r.se, c.se, TOL, 'se');
    expectClose(r.ci_lb, c.ci_lb, TOL, 'ci_lb');
    expectClose(r.ci_ub, c.ci_ub, TOL, 'ci_ub');
    expectClose(r.tau2, c.tau2, TOL, 'tau2');
    expectClose(r.i2, c.i2, PERCENT_TOL_DEFAULT_FIT, 'I2');
    expectClose(r.h2, c.h2, TOL, 'H2');
    expectClose(r.q, c.q, TOL, 'Q');
    expectClose(r.qP, c.qP, TOL, 'Q p-value');
    r.weights.forEach((w, i) => expectClose(w, c.weights[i]!, PERCENT_TOL_DEFAULT_FIT, `weight[${i}]`));
    expect(r.piMethod).toBe('z');
    expectClose(r.pi_lb, c.pi_z_lb, TOL, 'pi_lb (z)');
    expectClose(r.pi_ub, c.pi_z_ub, TOL, 'pi_ub (z)');
  });

  it.each(meta)('$id: converged fit, $threshold1e10.call', (c) => {
    const t = c.threshold1e10;
    const r = pooledRandomEffects(c.yi, c.vi, { method: c.method, predictionInterval: 'z' });
    const rt = pooledRandomEffects(c.yi, c.vi, { method: c.method });
    expectClose(r.tau2, t.tau2, 1e-8, 'tau2');
    for (const key of ['estimate', 'se', 'ci_lb', 'ci_ub', 'i2', 'h2'] as const) {
      expectClose(r[key], t[key], TOL, key);
    }
    r.weights.forEach((w, i) => expectClose(w, t.weights[i]!, TOL, `weight[${i}]`));
    expectClose(r.pi_lb, t.pi_z_lb, TOL, 'pi_lb (z)');
    expectClose(r.pi_ub, t.pi_z_ub, TOL, 'pi_ub (z)');
    if (c.k >= 3) {
      expectClose(rt.pi_lb, t.pi_riley_lb, TOL, 'pi_lb (t k-2)');
      expectClose(rt.pi_ub, t.pi_riley_ub, TOL, 'pi_ub (t k-2)');
    }
  });

  it.each(meta)('$id: prediction interval with t(k-2) or z fallback', (c) => {
    const r = pooledRandomEffects(c.yi, c.vi, { method: c.method });
    if (c.k >= 3) {
      expect(r.piMethod).toBe('t-k-2');
      expect(r.piDf).toBe(c.k - 2);
      expectClose(r.pi_lb, c.pi_riley_lb, TOL, "pi_lb vs predict(pi.type='riley')");
      expectClose(r.pi_ub, c.pi_riley_ub, TOL, "pi_ub vs predict(pi.type='riley')");
      expectClose(r.pi_lb, c.pi_t_k2_hand_lb!, TOL, 'pi_lb vs hand-computed t(k-2)');
    } else {
      expect(r.piMethod).toBe('z-fallback');
      expect(r.piDf).toBeNull();
      expectClose(r.pi_lb, c.pi_z_lb, TOL, 'pi_lb (z fallback)');
      expectClose(r.pi_ub, c.pi_z_ub, TOL, 'pi_ub (z fallback)');
    }
  });

  it.each(meta.filter((c) => c.backTransformed))('$id: back-transformed with plogis', (c) => {
    const r = pooledRandomEffects(c.yi, c.vi, { method: c.method, predictionInterval: 'z' });
    const b = c.backTransformed!;
    expectClose(backTransformLogit(r.estimate), b.pred, TOL, 'pred');
    expectClose(backTransformLogit(r.ci_lb), b.ci_lb, TOL, 'ci_lb');
    expectClose(backTransformLogit(r.ci_ub), b.ci_ub, TOL, 'ci_ub');
    expectClose(backTransformLogit(r.pi_lb), b.pi_lb, TOL, 'pi_lb');
    expectClose(backTransformLogit(r.pi_ub), b.pi_ub, TOL, 'pi_ub');
  });
});

describe('pooledRandomEffects properties', () => {
  const fits = meta.map((c) => ({ c, r: pooledRandomEffects(c.yi, c.vi, { method: c.method }) }));

  it('weights are percentages summing to 100', () => {
    for (const { r } of fits) {
      expectClose(sum(r.weights), 100, 1e-9, 'sum of weights');
      for (const w of r.weights) expect(w).toBeGreaterThan(0);
    }
  });

  it('orders the intervals: pi_lb <= ci_lb <= estimate <= ci_ub <= pi_ub', () => {
    for (const { r } of fits) {
      expect(r.pi_lb).toBeLessThanOrEqual(r.ci_lb);
      expect(r.ci_lb).toBeLessThanOrEqual(r.estimate);
      expect(r.estimate).toBeLessThanOrEqual(r.ci_ub);
      expect(r.ci_ub).toBeLessThanOrEqual(r.pi_ub);
      expect(r.i2).toBeGreaterThanOrEqual(0);
      expect(r.i2).toBeLessThan(100);
      expect(r.qP).toBeGreaterThanOrEqual(0);
      expect(r.qP).toBeLessThanOrEqual(1);
    }
  });

  it('tau2 = 0 gives I2 = 0, H2 = 1 and the fixed-effect estimate', () => {
    const zero = fits.filter(({ c }) => c.tau2 === 0);
    expect(zero.length).toBeGreaterThanOrEqual(2);
    for (const { c, r } of zero) {
      expect(r.tau2).toBe(0);
      expect(r.i2).toBe(0);
      expect(r.h2).toBe(1);
      const w = c.vi.map((v) => 1 / v);
      expectClose(r.estimate, sum(w.map((x, i) => x * c.yi[i]!)) / sum(w), 1e-12, 'FE estimate');
    }
  });

  it('is invariant to study order and shifts with the data', () => {
    for (const { c, r } of fits) {
      const rev = pooledRandomEffects([...c.yi].reverse(), [...c.vi].reverse(), { method: c.method });
      expectClose(rev.estimate, r.estimate, 1e-10, 'reversed estimate');
      expectClose(rev.tau2, r.tau2, 1e-9, 'reversed tau2');
      expectClose(rev.weights[0]!, r.weights[r.k - 1]!, 1e-9, 'reversed weight');
      const shifted = pooledRandomEffects(c.yi.map((y) => y + 3), c.vi, { method: c.method });
      expectClose(shifted.estimate, r.estimate + 3, 1e-9, 'shifted estimate');
      expectClose(shifted.tau2, r.tau2, 1e-9, 'shifted tau2');
    }
  });

  it('a wider level widens the CI; k = 1 has no heterogeneity', () => {
    const { c, r } = fits[0]!;
    const r99 = pooledRandomEffects(c.yi, c.vi, { method: c.method, level: 0.99 });
    expect(r99.ci_ub - r99.ci_lb).toBeGreaterThan(r.ci_ub - r.ci_lb);
    const one = pooledRandomEffects([c.yi[0]!], [c.vi[0]!], { method: 'REML' });
    expect([one.tau2, one.i2, one.q, one.qP, one.weights[0]]).toEqual([0, 0, 0, 1, 100]);
    expect(one.piMethod).toBe('z-fallback');
  });

  it('rejects invalid input', () => {
    expect(() => pooledRandomEffects([], [], { method: 'DL' })).toThrow(RangeError);
    expect(() => pooledRandomEffects([1, 2], [0.1], { method: 'DL' })).toThrow(RangeError);
    expect(() => pooledRandomEffects([1, 2], [0.1, 0], { method: 'REML' })).toThrow(RangeError);
  });
});
