/**
 * The distribution wrappers over @stdlib against R (each value with the R call that produced it,
 * test/fixtures/stats/make-fixtures.R). Tolerances are what the site needs (1e-4) and what the
 * @stdlib algorithms deliver, with the known exceptions named where they are checked.
 */
import { describe, it, expect } from 'vitest';
import {
  backTransformLogit,
  chiSquareUpperTail,
  normalCdf,
  normalQuantile,
  studentTQuantile,
  tCdf,
} from '../../../src/lib/stats';
import { expectClose } from '../../helpers/expectClose';
import { reference } from './referenceFixture';

const d = reference.distributions;
/** Absolute tolerance `tol` on values of order 1, relative for larger magnitudes. */
const scaled = (tol: number, x: number): number => tol * Math.max(1, Math.abs(x));

describe('normalQuantile vs R qnorm', () => {
  it.each(d.qnorm)('$call', ({ p, value }) => {
    expectClose(normalQuantile(p), value, 1e-4);
    // @stdlib computes erfinv(2p - 1): 2p - 1 rounds near -1, so the far tail loses digits (p = 1e-12: ~1e-6).
    expectClose(normalQuantile(p), value, scaled(p < 1e-9 ? 1e-6 : 1e-9, value), 'accuracy');
  });
  it('gives -Infinity / Infinity at p = 0 / 1, as qnorm(0) and qnorm(1)', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
  it('rejects p outside [0, 1] and NaN (R returns NaN with a warning)', () => {
    for (const p of [1.5, 1 + 1e-12, -0.1, NaN]) expect(() => normalQuantile(p), `p = ${p}`).toThrow(RangeError);
  });
});

describe('normalCdf vs R pnorm', () => {
  it.each(d.pnorm)('$call', ({ z, value }) => {
    expectClose(normalCdf(z), value, 1e-15);
  });
  it('is the inverse of normalQuantile', () => {
    for (const { p, value } of d.qnorm.filter((q) => q.p >= 1e-7)) expectClose(normalCdf(value), p, scaled(1e-12, p), `p = ${p}`);
  });
  it('is NaN for NaN and 0 / 1 at -Infinity / Infinity', () => {
    expect(normalCdf(NaN)).toBeNaN();
    expect([normalCdf(-Infinity), normalCdf(Infinity)]).toEqual([0, 1]);
  });
});

describe('studentTQuantile vs R qt', () => {
  it.each(d.qt)('$call', ({ p, df, value }) => {
    expectClose(studentTQuantile(p, df), value, scaled(1e-12, value));
  });
  it.each(d.qtInfiniteDf)('$call (the normal quantile)', ({ p, value }) => {
    expectClose(studentTQuantile(p, Infinity), value, 1e-12);
  });
  it('gives -Infinity / Infinity at p = 0 / 1 and 0 at p = 1/2 (qt(0, 3), qt(1, 3), qt(0.5, 3))', () => {
    expect([studentTQuantile(0, 3), studentTQuantile(1, 3), studentTQuantile(0.5, 3)]).toEqual([-Infinity, Infinity, 0]);
  });
  it('rejects p outside [0, 1] and df <= 0', () => {
    for (const p of [1.5, -0.1, NaN]) expect(() => studentTQuantile(p, 3), `p = ${p}`).toThrow(RangeError);
    for (const df of [0, -2, NaN]) expect(() => studentTQuantile(0.975, df), `df = ${df}`).toThrow(RangeError);
  });
});

describe('tCdf vs R pt', () => {
  it.each(d.pt)('$call', ({ t, df, value }) => {
    expectClose(tCdf(t, df), value, 1e-15);
  });
  it.each(d.ptInfiniteDf)('$call (the normal CDF)', ({ t, value }) => {
    expectClose(tCdf(t, Infinity), value, 1e-15);
  });
  it('round-trips with studentTQuantile (qt grid)', () => {
    for (const { p, df, value } of d.qt) expectClose(tCdf(value, df), p, scaled(1e-12, p), `p=${p} df=${df}`);
  });
  it('rejects df <= 0', () => {
    for (const df of [0, -1, NaN]) expect(() => tCdf(1, df), `df = ${df}`).toThrow(RangeError);
  });
});

describe('chiSquareUpperTail vs R pchisq(lower.tail = FALSE)', () => {
  it.each(d.pchisqUpper)('$call', ({ q, df, value }) => {
    expectClose(chiSquareUpperTail(q, df), value, 1e-4);
    expectClose(chiSquareUpperTail(q, df), value, 1e-15, 'absolute accuracy');
  });
  it.each(d.pchisqUpperFar)('$call: right to 1e-15 absolute (not relative, as 1 - CDF)', ({ q, df, value }) => {
    expectClose(chiSquareUpperTail(q, df), value, 1e-15);
  });
  it('is 1 at and below 0 and NaN for NaN', () => {
    expect([chiSquareUpperTail(0, 4), chiSquareUpperTail(-3, 4)]).toEqual([1, 1]);
    expect(chiSquareUpperTail(NaN, 4)).toBeNaN();
  });
  it('rejects df <= 0', () => {
    for (const df of [0, -1, NaN]) expect(() => chiSquareUpperTail(3, df), `df = ${df}`).toThrow(RangeError);
  });
});

describe('backTransformLogit vs R plogis', () => {
  it.each(d.plogis)('$call', ({ x, value }) => {
    expectClose(backTransformLogit(x), value, 1e-12);
  });
});
