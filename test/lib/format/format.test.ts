import { describe, expect, it } from 'vitest';
import {
  certaintySymbols,
  certaintyWord,
  formatCertainty,
  formatInterval,
  formatMonths,
  formatNumber,
  formatP,
  formatPercent,
  formatProportion,
  formatQuantity,
  formatRange,
} from '../../../src/lib/format';

describe('formatNumber', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatNumber(3425)).toBe('3,425');
    expect(formatNumber(10.5)).toBe('10.5');
    expect(formatNumber(10.5, 0)).toBe('11');
    expect(formatNumber(7)).toBe('7');
  });
  it('uses a true minus sign and never prints "-0"', () => {
    expect(formatNumber(-2.5)).toBe('\u22122.5');
    expect(formatNumber(-0.001, 1)).toBe('0');
  });
  it('refuses non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('percent, months, quantities', () => {
  it('formats percentages on both scales', () => {
    expect(formatPercent(74)).toBe('74%');
    expect(formatPercent(84.2)).toBe('84.2%');
    expect(formatProportion(0.5)).toBe('50%');
  });
  it('formats months, singular and not reached', () => {
    expect(formatMonths(79)).toBe('79 months');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths('not reached')).toBe('not reached');
  });
  it('formats quantities and ranges with their unit', () => {
    expect(formatQuantity(6, 'lesions')).toBe('6 lesions');
    expect(formatQuantity(1, 'patients')).toBe('1 patient');
    expect(formatQuantity(5, 'years')).toBe('5 years');
    expect(formatRange(20, 30, 'percent')).toBe('20\u201330%');
    expect(() => formatRange(3, 2, 'cm')).toThrow(RangeError);
  });
});

describe('formatInterval', () => {
  it('writes "est [lo, hi]"', () => {
    expect(formatInterval(52, 31, 73)).toBe('52 [31, 73]');
    expect(formatInterval(undefined, 0, 36)).toBe('[0, 36]');
    expect(formatInterval(0.5, 0.25, 0.75, (v) => formatProportion(v))).toBe('50% [25%, 75%]');
  });
  it('rejects an inverted interval', () => {
    expect(() => formatInterval(1, 3, 2)).toThrow(RangeError);
  });
});

describe('formatP', () => {
  it('keeps the operator the source printed', () => {
    expect(formatP({ operator: '<', value: 0.001 })).toBe('p < 0.001');
    expect(formatP({ operator: '=', value: 0.03 })).toBe('p = 0.03');
    expect(formatP({ operator: '<=', value: 0.05 })).toBe('p \u2264 0.05');
  });
  it('floors tiny exact values and trims digits', () => {
    expect(formatP({ operator: '=', value: 0.0004 })).toBe('p < 0.001');
    expect(formatP({ operator: '=', value: 0.04567 })).toBe('p = 0.0457');
  });
  it('rejects values outside [0, 1]', () => {
    expect(() => formatP({ operator: '=', value: 1.2 })).toThrow(RangeError);
  });
});

describe('certainty', () => {
  it('pairs GRADE symbols with the word', () => {
    expect(formatCertainty('low')).toBe('\u2295\u2295\u25EF\u25EF LOW');
    expect(formatCertainty('high')).toBe('\u2295\u2295\u2295\u2295 HIGH');
    expect(certaintySymbols('very-low')).toBe('\u2295\u25EF\u25EF\u25EF');
    expect(certaintyWord('no-evidence')).toBe('No evidence (graded nil)');
  });
});
