/**
 * Number of decimals `value` was printed with: "91 (84.2%)" -> 1 for 84.2, "84.0%" -> 1 for 84.
 * Falls back to the decimals of the number itself when the printed text does not contain it.
 */
export function printedDecimals(value: number, printed?: string): number {
  const token = printed?.match(/\d+(?:\.\d+)?/g)?.find((t) => Number(t) === Math.abs(value)) ?? String(Math.abs(value));
  return token.split('.')[1]?.length ?? 0;
}

/** Round half away from zero to `decimals` places, as percentages are conventionally printed. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}
