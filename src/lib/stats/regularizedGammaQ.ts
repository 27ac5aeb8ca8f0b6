import { logGamma } from './logGamma';

/**
 * Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a), for a > 0, x >= 0:
 * power series for P = 1 - Q when x < a + 1, Legendre continued fraction (modified Lentz) otherwise.
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`a must be positive, got ${a}`);
  if (Number.isNaN(x) || x < 0) throw new RangeError(`x must be >= 0, got ${x}`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) return 1 - Math.exp(logFront) * series(a, x);
  return Math.exp(logFront) * fraction(a, x);
}

function series(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 0; n < 10000; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * 1e-16) return sum;
  }
  throw new Error('regularizedGammaQ: series did not converge');
}

function fraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) return h;
  }
  throw new Error('regularizedGammaQ: continued fraction did not converge');
}
