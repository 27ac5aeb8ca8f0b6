const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A number with exactly `decimals` decimals, for a column of a table or forest plot where every row must read
 * alike ("10.0", "−2.5", "60.0"): thousands grouped, a true minus sign (U+2212), locale pinned (en-GB).
 */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a finite number, got ${value}`);
  let f = formatters.get(decimals);
  if (!f) formatters.set(decimals, (f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  const text = f.format(Math.abs(value));
  return value < 0 && /[1-9]/.test(text) ? `\u2212${text}` : text;
}
