/**
 * DerSimonian-Laird estimate of tau^2 (metafor `method = "DL"`), intercept-only model:
 * with w = 1/vi and Q = sum w (yi - ybar_w)^2, tau2 = max(0, (Q - (k - 1)) / (sum w - sum w^2 / sum w)).
 */
export function tau2DerSimonianLaird(yi: ArrayLike<number>, vi: ArrayLike<number>): number {
  const k = yi.length;
  if (k < 2) return 0;
  let sw = 0;
  let sw2 = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / vi[i]!;
    sw += w;
    sw2 += w * w;
    swy += w * yi[i]!;
  }
  const mean = swy / sw;
  let q = 0;
  for (let i = 0; i < k; i++) q += (yi[i]! - mean) ** 2 / vi[i]!;
  return Math.max(0, (q - (k - 1)) / (sw - sw2 / sw));
}
