// @ts-nocheck
import { describe, it, expect } from 'vitest';
import { approximateEvents } from '../../../src/lib/stats';
import { reference } from './referenceFixture';

describe('approximateEvents (Table 1 percentages, reference from R)', () => {
  it.each(reference.rounding)('$label: $percent% of $n', ({ percent, n, half_up, r_round, differs }) => {
    const events = approximateEvents(percent, n);
    expect(events).toBe(half_up);
    // Half-up differs from R's half-to-even round() exactly where the fixture says so.
    expect(events !== r_round).toBe(differs);
  });

  it('returns an integer in [0, n]', () => {
    for (const { n } of reference.rounding) {
      for (const percent of [0, 0.1, 33.3, 50, 99.9, 100]) {
        const e = approximateEvents(percent, n);
        expect(Number.isInteger(e)).toBe(true);
        expect(e).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(n);
      }
    }
  });

  it('rejects percentages outside 0..100', () => {
    expect(() => approximateEvents(120, 10)).toThrow(RangeError);
    expect(() => approximateEvents(-1, 10)).toThrow(RangeError);
  });
});
