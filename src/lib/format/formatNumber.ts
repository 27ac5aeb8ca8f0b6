const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A number as readers expect it: thousands grouped ("3,425"), at most `maxDecimals` decimals,
 * trailing zeros dropped ("10.5", not "10.50"), a true minus sign (U+2212) for negatives.
 * Locale is pinned (en-GB) so the output never depends on the build machine.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`a finite number, got ${value}`);
  // Whole numbers under 1,000 print as their digits (no grouping, no decimals): Intl is not needed for them, and
  // they are most of the counts a build prints (formatNumber was about 0.9 s of the 1000x build; issue 13).
  if (Number.isInteger(value) && value > -1000 && value < 1000) return value < 0 ? `\u2212${-value}` : String(Math.abs(value));
  let f = formatters.get(maxDecimals);
  if (!f) formatters.set(maxDecimals, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals })));
  const text = f.format(Math.abs(value));
  return value < 0 && /[1-9]/.test(text) ? `\u2212${text}` : text;
}
