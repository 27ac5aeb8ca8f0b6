import { formatNumber } from './formatNumber';

/** A percentage already on the 0..100 scale: 74 -> "74%", 84.2 -> "84.2%". */
export function formatPercent(percent: number, maxDecimals = 1): string {
  return `${formatNumber(percent, maxDecimals)}%`;
}

/** A proportion on the 0..1 scale shown as a percentage: 0.742 -> "74.2%". */
export function formatProportion(proportion: number, maxDecimals = 1): string {
  return formatPercent(proportion * 100, maxDecimals);
}
