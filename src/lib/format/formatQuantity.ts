import { formatMonths } from './formatMonths';
import { formatNumber } from './formatNumber';
import { formatPercent } from './formatPercent';

/** Units a reported value can carry. */
export type QuantityUnit = 'none' | 'months' | 'years' | 'percent' | 'patients' | 'lesions' | 'sessions' | 'cm' | 'degrees-celsius' | 'per-100000' | 'studies' | 'mg' | 'weeks';

const singular: Partial<Record<QuantityUnit, string>> = { years: 'year', patients: 'patient', lesions: 'lesion', sessions: 'session', studies: 'study', weeks: 'week' };

/** A value with its unit in words: "74%", "79 months", "5 years", "6 lesions", "3 cm", "per 100,000". */
export function formatQuantity(value: number | 'not reached', unit: QuantityUnit): string {
  if (value === 'not reached') return 'not reached';
  switch (unit) {
    case 'percent':
      return formatPercent(value);
    case 'months':
      return formatMonths(value);
    case 'cm':
      return `${formatNumber(value)} cm`;
    case 'mg':
      return `${formatNumber(value)} mg`;
    case 'degrees-celsius':
      return `${formatNumber(value)} \u00B0C`;
    case 'none':
      return formatNumber(value);
    case 'per-100000':
      return `${formatNumber(value)} per 100,000`;
    default:
      return `${formatNumber(value)} ${value === 1 ? (singular[unit] ?? unit) : unit}`;
  }
}

/** A low-high range with one unit: "20\u201330%", "6\u20138 weeks". */
export function formatRange(low: number, high: number, unit: QuantityUnit): string {
  if (low > high) throw new RangeError(`low ${low} exceeds high ${high}`);
  const hi = formatQuantity(high, unit);
  return unit === 'percent' ? `${formatNumber(low, 1)}\u2013${hi}` : `${formatNumber(low)}\u2013${hi}`;
}
