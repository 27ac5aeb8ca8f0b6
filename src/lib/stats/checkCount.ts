/** Throws unless `x` and `n` are integers with 0 <= x <= n. */
export function checkCount(x: number, n: number, xName: string, nName: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${nName} must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(`${xName} must be an integer in [0, ${nName}], got ${x}`);
  }
}
