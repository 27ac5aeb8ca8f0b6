import { formatNumber } from './formatNumber';

/** A time in months: 79 -> "79 months", 1 -> "1 month", "not reached" stays as words. */
export function formatMonths(months: number | 'not reached', maxDecimals = 1): string {
  if (months === 'not reached') return 'not reached';
  return `${formatNumber(months, maxDecimals)} ${months === 1 ? 'month' : 'months'}`;
}
