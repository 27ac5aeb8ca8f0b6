import type { Certainty } from '../schemas/vocabulary';
import type { z } from 'zod';

type Level = z.infer<typeof Certainty>;

/** GRADE plain-language wording by certainty: the phrase a statement must use and phrases that claim more certainty. */
const wording: Record<Level, { must: RegExp; mustText: string; mustNot: RegExp }> = {
  high: { must: /\b(results? in|improves?|reduces?|increases?)\b/i, mustText: 'a direct verb ("results in")', mustNot: /\b(may|probably|very uncertain)\b/i },
  moderate: { must: /\bprobably\b/i, mustText: '"probably"', mustNot: /\b(very uncertain|results in)\b/i },
  low: { must: /\bmay\b/i, mustText: '"may"', mustNot: /\b(probably|results in|clearly|proves?|shows? that)\b/i },
  'very-low': { must: /\bvery uncertain\b/i, mustText: '"very uncertain"', mustNot: /\b(probably|results in)\b/i },
  'no-evidence': { must: /\b(not known|unknown)\b/i, mustText: '"not known" or "unknown"', mustNot: /\b(may|probably|results in)\b/i },
};

/**
 * Whether a plain-language statement uses the GRADE wording of its certainty ("may" for low, "probably" for moderate,
 * "very uncertain" for very low, "not known" where nothing was found) and no wording that claims more.
 * Returns the expectation it fails, or undefined.
 */
export function wordingProblem(level: Level, text: string): string | undefined {
  const w = wording[level];
  if (!w.must.test(text)) return `wording for ${level} certainty: ${w.mustText}`;
  const bad = text.match(w.mustNot);
  if (bad) return `wording for ${level} certainty without "${bad[0]}"`;
  return undefined;
}
