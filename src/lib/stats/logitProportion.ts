import { checkCount } from './checkCount';
import type { EffectSize } from './types';

/**
 * Logit-transformed proportion, metafor `escalc(measure = "PLO", xi, ni)`:
 * yi = log(xi / (ni - xi)), vi = 1/xi + 1/(ni - xi).
 * Zero cells follow escalc's default `add = 1/2, to = "only0"`: if xi = 0 or xi = ni,
 * 1/2 is added to both xi and ni - xi (so ni grows by 1) before computing yi and vi.
 */
export function logitProportion(xi: number, ni: number): EffectSize {
  checkCount(xi, ni, 'xi', 'ni');
  if (ni === 0) throw new RangeError('ni must be positive');
  const corrected = xi === 0 || xi === ni;
  const events = corrected ? xi + 0.5 : xi;
  const nonEvents = corrected ? ni - xi + 0.5 : ni - xi;
  return {
    measure: 'PLO',
    yi: Math.log(events / nonEvents),
    vi: 1 / events + 1 / nonEvents,
    continuityCorrected: corrected,
  };
}

