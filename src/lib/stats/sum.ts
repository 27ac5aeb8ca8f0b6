/** Sum of an array (Neumaier-compensated, so the order of terms barely matters). */
export function sum(xs: readonly number[]): number {
  const acc = new NeumaierSum();
  for (const x of xs) acc.add(x);
  return acc.value();
}

/** The running form of `sum`: terms added one at a time give the same result as `sum` of them in that order. */
export class NeumaierSum {
  private s = 0;
  private c = 0;
  add(x: number): void {
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
  }
  value(): number {
    return this.s + this.c;
  }
}
