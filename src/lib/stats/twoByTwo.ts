import { checkCount } from './checkCount';
import type { TwoByTwoCells } from './types';

/**
 * Builds the 2x2 table (ai events / bi non-events in group 1, ci / di in group 2) and applies
 * escalc's default `add = 1/2, to = "only0"`: if any of the four cells is 0, 1/2 is added to
 * every cell of that study (so each group size grows by 1).
 */
export function twoByTwo(ai: number, n1i: number, ci: number, n2i: number): TwoByTwoCells {
  checkCount(ai, n1i, 'ai', 'n1i');
  checkCount(ci, n2i, 'ci', 'n2i');
  if (n1i === 0 || n2i === 0) throw new RangeError('group sizes must be positive');
  const bi = n1i - ai;
  const di = n2i - ci;
  const corrected = ai === 0 || bi === 0 || ci === 0 || di === 0;
  const add = corrected ? 0.5 : 0;
  return {
    ai: ai + add,
    bi: bi + add,
    ci: ci + add,
    di: di + add,
    n1i: n1i + 2 * add,
    n2i: n2i + 2 * add,
    continuityCorrected: corrected,
  };
}
