/** Number of decimals a value was printed with ("84.2%" -> 1); falls back to the number itself. */
export function printedDecimals(value: number, printed?: string): number {
  const m = (printed ?? String(value)).match(/\d+(?:\.(\d+))?/);
  return m?.[1]?.length ?? 0;
}

/** Round half away from zero to `decimals` places, as percentages are conventionally printed. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f;
}
