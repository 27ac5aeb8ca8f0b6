/**
 * Edges of the formatters: boundaries, defaults and every unit. Expected strings are written by hand from
 * the rule each formatter states (en-GB grouping, half-away-from-zero rounding of exactly representable
 * halves such as 10.25, U+2212 minus, GRADE's symbols and phrases).
 */
import { describe, expect, it } from 'vitest';
import {
  certaintyPhrase,
  certaintySymbols,
  certaintyWord,
  formatInterval,
  formatMonths,
  formatNumber,
  formatP,
  formatPercent,
  formatProportion,
  formatQuantity,
  formatRange,
} from '../../../src/lib/format';

describe('formatNumber edges', () => {
  it('defaults to 2 decimals and keeps one formatter per precision apart', () => {
    expect(formatNumber(2.125, 3)).toBe('2.125');
    expect(formatNumber(2.125, 1)).toBe('2.1');
    expect(formatNumber(2.125)).toBe('2.13'); // 2.125 is exact in binary: half rounds away from zero
    expect(formatNumber(1234567.5, 0)).toBe('1,234,568');
  });
  it('puts the minus sign only on numbers that print a non-zero digit', () => {
    expect(formatNumber(-10)).toBe('\u221210');
    expect(formatNumber(-0.4, 0)).toBe('0');
    expect(formatNumber(-0.5, 0)).toBe('\u22121');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });
  it('refuses infinities', () => {
    expect(() => formatNumber(Infinity)).toThrow(RangeError);
    expect(() => formatNumber(-Infinity)).toThrow(RangeError);
  });
});

describe('formatPercent, formatProportion, formatMonths defaults', () => {
  it('round to 1 decimal by default and accept more', () => {
    expect(formatPercent(12.25)).toBe('12.3%');
    expect(formatPercent(12.25, 2)).toBe('12.25%');
    expect(formatProportion(0.742)).toBe('74.2%');
    expect(formatProportion(0.5, 0)).toBe('50%');
    expect(formatProportion(0.12345, 2)).toBe('12.35%'); // 12.345 (binary 12.3450000...01) at 2 decimals
    expect(formatMonths(10.25)).toBe('10.3 months');
    expect(formatMonths(10.25, 2)).toBe('10.25 months');
    expect(formatMonths(0)).toBe('0 months');
  });
});

describe('formatQuantity, every unit', () => {
  it.each([
    [74, 'percent', '74%'],
    [84.25, 'percent', '84.3%'],
    [79, 'months', '79 months'],
    [1, 'months', '1 month'],
    [3.5, 'cm', '3.5 cm'],
    [20, 'mg', '20 mg'],
    [90, 'degrees-celsius', '90 \u00B0C'],
    [5, 'none', '5'],
    [1.125, 'none', '1.13'],
    [2.5, 'per-100000', '2.5 per 100,000'],
    [1, 'studies', '1 study'],
    [12, 'studies', '12 studies'],
    [1, 'sessions', '1 session'],
    [1, 'weeks', '1 week'],
    [1, 'years', '1 year'],
    [1, 'lesions', '1 lesion'],
    [1200, 'patients', '1,200 patients'],
    ['not reached', 'months', 'not reached'],
    ['not reached', 'percent', 'not reached'],
  ] as const)('%s %s -> %s', (value, unit, text) => {
    expect(formatQuantity(value, unit)).toBe(text);
  });
});

describe('formatRange', () => {
  it('writes low\u2013high with the unit once', () => {
    expect(formatRange(6, 8, 'weeks')).toBe('6\u20138 weeks');
    expect(formatRange(1, 1, 'weeks')).toBe('1\u20131 week');
    expect(formatRange(2.125, 3, 'cm')).toBe('2.13\u20133 cm');
  });
  it('keeps 1 decimal for a percentage range', () => {
    expect(formatRange(20.25, 30, 'percent')).toBe('20.3\u201330%');
  });
  it('accepts low = high', () => {
    expect(formatRange(3, 3, 'cm')).toBe('3\u20133 cm');
  });
});

describe('formatInterval edges', () => {
  it('accepts a zero-width interval and formats with 2 decimals by default', () => {
    expect(formatInterval(2, 2, 2)).toBe('2 [2, 2]');
    expect(formatInterval(1.234, 1.111, 2.125)).toBe('1.23 [1.11, 2.13]');
  });
});

describe('formatP edges', () => {
  it('prints the ">" operator and the bounds 0 and 1', () => {
    expect(formatP({ operator: '>', value: 0.05 })).toBe('p > 0.05');
    expect(formatP({ operator: '=', value: 1 })).toBe('p = 1');
    expect(formatP({ operator: '<', value: 0 })).toBe('p < 0');
    expect(formatP({ operator: '=', value: 0 })).toBe('p < 0.001');
  });
  it('keeps p = 0.001 exact (the floor applies below it only)', () => {
    expect(formatP({ operator: '=', value: 0.001 })).toBe('p = 0.001');
    expect(formatP({ operator: '<', value: 0.0001 })).toBe('p < 0.0001');
  });
  it('keeps 3 significant digits', () => {
    expect(formatP({ operator: '=', value: 0.12345 })).toBe('p = 0.123');
    expect(formatP({ operator: '=', value: 0.5 })).toBe('p = 0.5');
  });
  it('rejects negative and NaN values', () => {
    expect(() => formatP({ operator: '=', value: -0.01 })).toThrow(RangeError);
    expect(() => formatP({ operator: '=', value: NaN })).toThrow(RangeError);
  });
});

describe('GRADE certainty', () => {
  // GRADE: four symbols, one filled per level reached (GRADE handbook 5.1); words as printed in the review.
  it.each([
    ['high', '\u2295\u2295\u2295\u2295', 'HIGH'],
    ['moderate', '\u2295\u2295\u2295\u25EF', 'MODERATE'],
    ['low', '\u2295\u2295\u25EF\u25EF', 'LOW'],
    ['very-low', '\u2295\u25EF\u25EF\u25EF', 'VERY LOW'],
    ['no-evidence', '\u25EF\u25EF\u25EF\u25EF', 'No evidence (graded nil)'],
  ] as const)('%s: %s %s', (level, symbols, word) => {
    expect(certaintySymbols(level)).toBe(symbols);
    expect(certaintyWord(level)).toBe(word);
  });
  // Informative statements (Santesso et al., J Clin Epidemiol 2020): "results in", "probably", "may", "very uncertain".
  it.each([
    ['high', 'results in'],
    ['moderate', 'probably'],
    ['low', 'may'],
    ['very-low', 'very uncertain'],
    ['no-evidence', 'no evidence'],
  ] as const)('%s: "%s"', (level, phrase) => {
    expect(certaintyPhrase(level)).toBe(phrase);
  });
});
