/** formatFixed (src/lib/format/formatFixed.ts): one number of decimals for every row of a column, written out by hand. */
import { describe, expect, it } from 'vitest';
import { formatFixed } from '../../../src/lib/format/formatFixed';

describe('formatFixed', () => {
  it('pads or rounds to the decimals asked for, groups thousands, writes a true minus', () => {
    expect(formatFixed(10, 1)).toBe('10.0');
    expect(formatFixed(60, 0)).toBe('60');
    expect(formatFixed(-2.5, 1)).toBe('\u22122.5');
    expect(formatFixed(28.66, 1)).toBe('28.7');
    expect(formatFixed(1234.5, 1)).toBe('1,234.5');
    expect(formatFixed(0.5, 2)).toBe('0.50');
    expect(formatFixed(-12345.678, 2)).toBe('\u221212,345.68');
  });
  it('no minus on a value that rounds to zero', () => {
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(0, 1)).toBe('0.0');
    expect(formatFixed(-0, 2)).toBe('0.00');
  });
  it('refuses what is not a finite number', () => {
    expect(() => formatFixed(Number.NaN, 1)).toThrow(new RangeError('a finite number, got NaN'));
    expect(() => formatFixed(Number.POSITIVE_INFINITY, 1)).toThrow('a finite number, got Infinity');
  });
});
