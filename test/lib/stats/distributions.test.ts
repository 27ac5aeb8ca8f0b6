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
  it.each(d.qnorm)('qnorm($p)', ({ p, value }) => {
    expectClose(normalQuantile(p), value, 1e-4);
    expectClose(normalQuantile(p), value, scaled(1e-9, value), 'accuracy 1e-9');
  });
  it('is the inverse of normalCdf (pnorm reference)', () => {
    for (const { z, value } of d.pnorm) {
      expectClose(normalCdf(z), value, 1e-12, `pnorm(${z})`);
      if (value > 1e-300 && value < 1) expectClose(normalQuantile(value), z, 1e-7, `qnorm(pnorm(${z}))`);
    }
  });
  it('rejects p outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(normalQuantile(0)).toBe(-Infinity);
  });
});

describe('studentTQuantile / tCdf vs R qt / pt', () => {
  it.each(d.qt)('qt($p, df=$df)', ({ p, df, value }) => {
    expectClose(studentTQuantile(p, df), value, scaled(1e-4, value));
    expectClose(studentTQuantile(p, df), value, scaled(1e-8, value), 'accuracy 1e-8');
  });
  it.each(d.pt)('pt($t, df=$df)', ({ t, df, value }) => {
    expectClose(tCdf(t, df), value, 1e-10);
  });
  it('round-trips: tCdf(studentTQuantile(p)) = p and is antisymmetric', () => {
    for (const { p, df } of d.qt) {
      const q = studentTQuantile(p, df);
      expectClose(tCdf(q, df), p, scaled(1e-10, p), `p=${p} df=${df}`);
      expectClose(studentTQuantile(1 - p, df), -q, scaled(1e-7, q), `symmetry p=${p} df=${df}`);
    }
  });
});

describe('chiSquareUpperTail vs R pchisq(lower.tail = FALSE)', () => {
  it.each(d.pchisqUpper)('pchisq($q, df=$df, lower.tail=FALSE)', ({ q, df, value }) => {
    expectClose(chiSquareUpperTail(q, df), value, 1e-4);
    expectClose(chiSquareUpperTail(q, df), value, scaled(1e-10, value), 'accuracy');
  });
  it('is a decreasing probability in q', () => {
    let prev = 1;
    for (let q = 0; q <= 30; q += 0.5) {
      const p = chiSquareUpperTail(q, 4);
      expect(p).toBeLessThanOrEqual(prev);
      expect(p).toBeGreaterThanOrEqual(0);
      prev = p;
    }
  });
});

describe('backTransformLogit vs R plogis', () => {
  it.each(d.plogis)('plogis($x)', ({ x, value }) => {
    expectClose(backTransformLogit(x), value, 1e-12);
  });
});
