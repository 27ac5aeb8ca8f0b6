/** Inverse logit (R's `plogis`): `1 / (1 + exp(-x))`, mapping a log-odds back to a proportion. */
export function backTransformLogit(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
