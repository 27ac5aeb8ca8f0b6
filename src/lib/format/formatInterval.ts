import { formatNumber } from './formatNumber';

/** Formats one end of an interval; defaults to formatNumber. */
export type NumberFormatter = (value: number) => string;

/**
 * Estimate with its interval in the forest-plot convention "est [lo, hi]".
 * Without an estimate (a range only), "[lo, hi]".
 */
export function formatInterval(estimate: number | undefined, lower: number, upper: number, format: NumberFormatter = (v) => formatNumber(v)): string {
  if (lower > upper) throw new RangeError(`lower bound ${lower} exceeds upper bound ${upper}`);
  const interval = `[${format(lower)}, ${format(upper)}]`;
  return estimate === undefined ? interval : `${format(estimate)} ${interval}`;
}
