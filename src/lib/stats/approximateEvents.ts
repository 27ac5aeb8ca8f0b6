/**
 * Approximate event count reconstructed from a reported percentage:
 * `round(percent / 100 * n)`, rounding halves up (JavaScript `Math.round`),
 * unlike R's `round`, which rounds halves to even.
 * The result is an approximation, not a count reported by the study.
 */
export function approximateEvents(percent: number, n: number): number {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`percent must be in [0, 100], got ${percent}`);
  }
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  return Math.round((percent / 100) * n);
}
