/**
 * Input checks, degenerate sizes and the numerical safeguards of src/lib/stats. Expected values are
 * R/metafor results from the fixture or hand arithmetic written out beside them.
 */
import { describe, expect, it } from 'vitest';
import {
  approximateEvents,
  backTransformLogit,
  checkCount,
  chiSquareUpperTail,
  leaveOneOut,
  logitProportion,
  normalQuantile,
  pooledRandomEffects,
  remlLogLikelihood,
  riskDifference,
  riskRatio,
  studentTQuantile,
  sum,
  tau2DerSimonianLaird,
  tau2RestrictedMaximumLikelihood,
  tCdf,
  twoByTwo,
  wilsonInterval,
} from '../../../src/lib/stats';
import { expectClose } from '../../helpers/expectClose';
import { reference } from './referenceFixture';

const rdOs5 = reference.meta.find((c) => c.id === 'rd-os5-REML')!;

describe('input checks name the argument and the value', () => {
  it('approximateEvents', () => {
    expect(() => approximateEvents(50, -1)).toThrow('n must be a non-negative integer, got -1');
    expect(() => approximateEvents(50, 2.5)).toThrow('n must be a non-negative integer, got 2.5');
    expect(() => approximateEvents(NaN, 10)).toThrow('percent must be in [0, 100], got NaN');
    expect(approximateEvents(50, 0)).toBe(0); // 50% of nobody
    expect(approximateEvents(100, 7)).toBe(7);
  });
  it('checkCount', () => {
    expect(() => checkCount(0, 0, 'xi', 'ni')).not.toThrow();
    expect(() => checkCount(3, 3, 'xi', 'ni')).not.toThrow();
    expect(() => checkCount(0, -1, 'xi', 'ni')).toThrow('ni must be a non-negative integer, got -1');
    expect(() => checkCount(0, 1.5, 'xi', 'ni')).toThrow('ni must be a non-negative integer, got 1.5');
    expect(() => checkCount(-1, 5, 'ai', 'n1i')).toThrow('ai must be an integer in [0, n1i], got -1');
    expect(() => checkCount(6, 5, 'ai', 'n1i')).toThrow('ai must be an integer in [0, n1i], got 6');
    expect(() => checkCount(0.5, 5, 'ai', 'n1i')).toThrow('ai must be an integer in [0, n1i], got 0.5');
  });
  it('the effect sizes name their own arguments', () => {
    expect(() => logitProportion(5, 4)).toThrow('xi must be an integer in [0, ni], got 5');
    expect(() => logitProportion(1, -4)).toThrow('ni must be a non-negative integer, got -4');
    expect(() => riskRatio(11, 10, 1, 10)).toThrow('ai must be an integer in [0, n1i], got 11');
    expect(() => riskRatio(1, 1.5, 1, 10)).toThrow('n1i must be a non-negative integer, got 1.5');
    expect(() => riskDifference(1, 10, 12, 10)).toThrow('ci must be an integer in [0, n2i], got 12');
    expect(() => riskDifference(1, 10, 1, -10)).toThrow('n2i must be a non-negative integer, got -10');
  });
  it('the distribution wrappers', () => {
    expect(() => normalQuantile(2)).toThrow('p must be in [0, 1], got 2');
    expect(() => studentTQuantile(-1, 3)).toThrow('p must be in [0, 1], got -1');
    expect(() => studentTQuantile(0.5, 0)).toThrow('df must be positive, got 0');
    expect(() => tCdf(1, -2)).toThrow('df must be positive, got -2');
    expect(() => chiSquareUpperTail(1, 0)).toThrow('df must be positive, got 0');
  });
  it('logitProportion and the 2x2 measures refuse empty groups', () => {
    expect(() => logitProportion(0, 0)).toThrow('ni must be positive');
    expect(() => riskRatio(0, 0, 1, 10)).toThrow('group sizes must be positive');
    expect(() => riskRatio(1, 10, 0, 0)).toThrow('group sizes must be positive');
    expect(() => riskDifference(0, 0, 0, 0)).toThrow('group sizes must be positive');
  });
  it('wilsonInterval', () => {
    expect(() => wilsonInterval(0, 0)).toThrow('n must be a positive integer, got 0');
    expect(() => wilsonInterval(1, 2.5)).toThrow('n must be a positive integer, got 2.5');
    expect(() => wilsonInterval(-1, 10)).toThrow('x must be in [0, n], got -1');
    expect(() => wilsonInterval(NaN, 10)).toThrow('x must be in [0, n], got NaN');
    for (const level of [0, 1, -0.5, NaN]) expect(() => wilsonInterval(1, 10, level)).toThrow(`level must be in (0, 1), got ${level}`);
  });
  it('pooledRandomEffects', () => {
    const opts = { method: 'DL' } as const;
    expect(() => pooledRandomEffects([], [], opts)).toThrow('yi and vi must be non-empty and of equal length');
    expect(() => pooledRandomEffects([NaN, 1], [0.1, 0.1], opts)).toThrow('yi must be finite');
    expect(() => pooledRandomEffects([1, Infinity], [0.1, 0.1], opts)).toThrow('yi must be finite');
    expect(() => pooledRandomEffects([1, 2], [0.1, Infinity], opts)).toThrow('vi must be finite and positive');
    for (const level of [0, 1, 1.5, NaN]) {
      expect(() => pooledRandomEffects([1, 2], [0.1, 0.1], { ...opts, level })).toThrow(`level must be in (0, 1), got ${level}`);
    }
  });
});

describe('twoByTwo: escalc add = 1/2, to = "only0"', () => {
  it('adds 1/2 to every cell when one is zero (hand arithmetic)', () => {
    // 0/10 vs 3/12: cells 0, 10, 3, 9 -> 0.5, 10.5, 3.5, 9.5; groups 11 and 13.
    expect(twoByTwo(0, 10, 3, 12)).toEqual({ ai: 0.5, bi: 10.5, ci: 3.5, di: 9.5, n1i: 11, n2i: 13, continuityCorrected: true });
    // 4/10 vs 12/12: di = 0.
    expect(twoByTwo(4, 10, 12, 12)).toEqual({ ai: 4.5, bi: 6.5, ci: 12.5, di: 0.5, n1i: 11, n2i: 13, continuityCorrected: true });
  });
  it('leaves a table without zero cells alone', () => {
    expect(twoByTwo(4, 10, 3, 12)).toEqual({ ai: 4, bi: 6, ci: 3, di: 9, n1i: 10, n2i: 12, continuityCorrected: false });
  });
});

describe('one study (k = 1), as metafor', () => {
  it.each(['DL', 'REML'] as const)('%s: tau2 = 0, H2 = 1, Q = 0, p = 1, the study itself', (method) => {
    const r = pooledRandomEffects([0.4], [0.04], { method });
    expect([r.tau2, r.i2, r.h2, r.q, r.qP, r.qDf]).toEqual([0, 0, 1, 0, 1, 0]);
    expectClose(r.estimate, 0.4, 1e-15);
    expectClose(r.se, 0.2, 1e-15); // sqrt(0.04)
  });
  it('the estimators on their own', () => {
    expect(tau2DerSimonianLaird([0.4], [0.04])).toBe(0);
    expect(tau2RestrictedMaximumLikelihood([0.4], [0.04])).toEqual({ tau2: 0, iterations: 0, converged: true });
  });
});

describe('fit bookkeeping', () => {
  it('DL reports no iterations and a converged fit; REML converges on the fixtures', () => {
    for (const c of reference.meta) {
      const r = pooledRandomEffects(c.yi, c.vi, { method: c.method });
      expect(r.converged, c.id).toBe(true);
      if (c.method === 'DL') expect(r.iterations).toBe(0);
      else expect(r.iterations).toBeGreaterThan(0);
    }
  });
  it('REML stops at maxIter, unconverged, with tau2 still >= 0 and moved from the start', () => {
    const fit = tau2RestrictedMaximumLikelihood(rdOs5.yi, rdOs5.vi, 1e-10, 1);
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
    // Hedges start max(0, var(yi) - mean(vi)) is > 0 here; one Fisher step keeps it > 0, short of metafor's 0.00697.
    expect(fit.tau2).toBeGreaterThan(0);
    expect(Math.abs(fit.tau2 - rdOs5.threshold1e10.tau2)).toBeGreaterThan(1e-10);
  });
  it('a looser threshold stops earlier, within that threshold of the converged tau2 (metafor threshold = 1e-5 vs 1e-10)', () => {
    const loose = tau2RestrictedMaximumLikelihood(rdOs5.yi, rdOs5.vi, 1e-5);
    const tight = tau2RestrictedMaximumLikelihood(rdOs5.yi, rdOs5.vi);
    expect(loose.iterations).toBeLessThan(tight.iterations);
    expectClose(loose.tau2, rdOs5.tau2, 1e-5, 'metafor default fit');
    expectClose(tight.tau2, rdOs5.threshold1e10.tau2, 1e-10, 'metafor threshold = 1e-10 fit');
  });
  it('Newton steps (leave-one-out refits) reach the same metafor fit in fewer steps, from either start', () => {
    const fisher = tau2RestrictedMaximumLikelihood(rdOs5.yi, rdOs5.vi);
    const newton = tau2RestrictedMaximumLikelihood(rdOs5.yi, rdOs5.vi, 1e-10, 100, undefined, true);
    expect(newton.converged).toBe(true);
    expect(newton.iterations).toBeLessThan(fisher.iterations);
    expectClose(newton.tau2, rdOs5.threshold1e10.tau2, 1e-10, 'metafor threshold = 1e-10 fit');
    // Started at 0, far from the maximum (where a Newton step is not an ascent, the Fisher step is taken).
    const fromZero = tau2RestrictedMaximumLikelihood(rdOs5.yi, rdOs5.vi, 1e-10, 100, 0, true);
    expectClose(fromZero.tau2, rdOs5.threshold1e10.tau2, 1e-10, 'from tau2 = 0');
  });
  it('leave-one-out with Newton refits matches leave-one-out with Fisher scoring to 1e-9', () => {
    const newton = leaveOneOut(rdOs5.yi, rdOs5.vi, { method: 'REML' });
    const fisher = rdOs5.yi.map((_, i) => pooledRandomEffects(rdOs5.yi.filter((_, j) => j !== i), rdOs5.vi.filter((_, j) => j !== i), { method: 'REML' }));
    newton.forEach((fit, i) => {
      expectClose(fit.tau2, fisher[i]!.tau2, 1e-9, `tau2 without study ${i}`);
      expectClose(fit.estimate, fisher[i]!.estimate, 1e-9, `estimate without study ${i}`);
    });
  });
});

describe('remlLogLikelihood vs metafor logLik(REMLf = FALSE)', () => {
  it.each(reference.remlLogLik)('$measure, tau2 = $tau2', ({ yi, vi, tau2, value }) => {
    expectClose(remlLogLikelihood(yi, vi, tau2), value, 1e-10);
  });
});

describe('sum is compensated (Neumaier)', () => {
  it('keeps the small terms a plain running sum loses', () => {
    // 1e16 + 1 rounds to 1e16 in doubles, so a plain sum of [1e16, 1, -1e16] is 0; the exact sum is 1.
    expect(sum([1e16, 1, -1e16])).toBe(1);
    // Neumaier's example: 1 + 1e100 + 1 - 1e100 = 2 exactly.
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
    expect(sum([-1e100, 1, 1e100, 1])).toBe(2);
    expect(sum([])).toBe(0);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6); // plain left-to-right gives 0.6000000000000001
  });
});

describe('backTransformLogit far out (R plogis(800) = 1)', () => {
  it('does not overflow to NaN', () => {
    expect(backTransformLogit(800)).toBe(1);
    expect(backTransformLogit(-800)).toBe(0);
  });
});
