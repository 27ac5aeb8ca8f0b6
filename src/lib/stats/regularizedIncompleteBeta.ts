import { logGamma } from './logGamma';

/**
 * Regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), evaluated with the
 * continued fraction of Numerical Recipes (`betacf`, modified Lentz), using the symmetry
 * I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges faster. `y` = 1 - x may be passed
 * when the caller knows it more accurately than 1 - x would be computed.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (!(a > 0 && b > 0)) throw new RangeError('a and b must be positive');
  if (Number.isNaN(x) || x < 0 || x > 1) throw new RangeError(`x must be in [0, 1], got ${x}`);
  if (x === 0 || y === 0) return x === 0 ? 0 : 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(y, b, a)) / b;
}

const TINY = 1e-300;

function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) return h;
  }
  throw new Error('regularizedIncompleteBeta: continued fraction did not converge');
}
