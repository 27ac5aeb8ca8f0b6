import { describe, expect, it } from 'vitest';
import {
  certaintyPhrase,
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

/**
 * Edges of the formatters: boundaries, defaults and every unit. Expected strings are written by hand from
 * the rule each formatter states (en-GB grouping, half-away-from-zero rounding of exactly representable
 * halves such as 10.25, U+2212 minus, GRADE's symbols and phrases).
 */

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

describe('error messages name the value', () => {
  it('says what was wrong', () => {
    expect(() => formatNumber(NaN)).toThrow('a finite number, got NaN');
    expect(() => formatInterval(1, 3, 2)).toThrow('lower bound 3 exceeds upper bound 2');
    expect(() => formatRange(5, 4, 'weeks')).toThrow('low 5 exceeds high 4');
    expect(() => formatP({ operator: '=', value: 1.5 })).toThrow('p must be in [0, 1], got 1.5');
  });
});

describe('formatInterval edges', () => {
  it('accepts a zero-width interval and formats with 2 decimals by default', () => {
    expect(formatInterval(2, 2, 2)).toBe('2 [2, 2]');
    expect(formatInterval(1.234, 1.111, 2.125)).toBe('1.23 [1.11, 2.13]');
  });
});

describe('formatP edges', () => {
  // [operator, value, text]: the ">" operator, the bounds 0 and 1, the 0.001 floor (exact values below it only), 3 significant digits.
  it.each([
    ['>', 0.05, 'p > 0.05'],
    ['=', 1, 'p = 1'],
    ['<', 0, 'p < 0'],
    ['=', 0, 'p < 0.001'],
    ['=', 0.001, 'p = 0.001'],
    ['<', 0.0001, 'p < 0.0001'],
    ['=', 0.12345, 'p = 0.123'],
    ['=', 0.5, 'p = 0.5'],
  ] as const)('p %s %s -> %s', (operator, value, text) => {
    expect(formatP({ operator, value })).toBe(text);
  });
  it.each([-0.01, NaN])('rejects %s', (value) => {
    expect(() => formatP({ operator: '=', value })).toThrow(RangeError);
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

describe('formatNumber: whole numbers under 1,000 (printed without Intl)', () => {
  // The reference is Intl's en-GB grouping with the minus sign rule of the doc comment, for every whole number
  // from -1,000 to 1,000 and each number of decimals the site asks for.
  const reference = (value: number, decimals: number) => {
    const text = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals }).format(Math.abs(value));
    return value < 0 && /[1-9]/.test(text) ? `\u2212${text}` : text;
  };
  it.each([0, 1, 2, 3])('%i decimals', (decimals) => {
    for (let n = -1000; n <= 1000; n++) expect(formatNumber(n, decimals)).toBe(reference(n, decimals));
    expect(formatNumber(-0, decimals)).toBe('0');
  });
});
