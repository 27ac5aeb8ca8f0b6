import { describe, it, expect } from 'vitest';
import { wilsonInterval } from '../../../src/lib/stats';
import { expectClose } from '../../helpers/expectClose';
import { reference } from './referenceFixture';

describe('wilsonInterval vs R prop.test(correct = FALSE)', () => {
  it.each(reference.wilson)('$call', ({ x, n, level, estimate, lower, upper }) => {
    const r = wilsonInterval(x, n, level);
    expectClose(r.estimate, estimate, 1e-4, 'estimate');
    expectClose(r.lower, lower, 1e-4, 'lower');
    expectClose(r.upper, upper, 1e-4, 'upper');
    // prop.test returns the bounds 0 (x = 0) and 1 (x = n) exactly
    if (lower === 0) expect(r.lower).toBe(0);
    if (upper === 1) expect(r.upper).toBe(1);
  });

  it('satisfies 0 <= lower <= estimate <= upper <= 1', () => {
    for (const { x, n, level } of reference.wilson) {
      const r = wilsonInterval(x, n, level);
      expect(0).toBeLessThanOrEqual(r.lower);
      expect(r.lower).toBeLessThanOrEqual(r.estimate);
      expect(r.estimate).toBeLessThanOrEqual(r.upper);
      expect(r.upper).toBeLessThanOrEqual(1);
    }
  });

  it('is wider at a higher confidence level and mirrors under x -> n - x', () => {
    for (const { x, n } of reference.wilson) {
      const a = wilsonInterval(x, n, 0.9);
      const b = wilsonInterval(x, n, 0.99);
      expect(b.upper - b.lower).toBeGreaterThan(a.upper - a.lower);
      const m = wilsonInterval(n - x, n);
      const o = wilsonInterval(x, n);
      expectClose(m.lower, 1 - o.upper, 1e-12, 'mirror');
    }
  });

  it('rejects invalid input', () => {
    expect(() => wilsonInterval(5, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 95)).toThrow(RangeError);
  });
});
