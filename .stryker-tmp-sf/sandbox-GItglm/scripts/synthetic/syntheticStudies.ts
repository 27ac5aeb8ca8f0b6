/**
 * Seeded synthetic studies for scale tests: clones of the real studies under new ids and labels, with
 * their numbers varied within what the schemas allow (integer counts, percentages in 0-100, intervals that
 * contain their estimates). Provenance is kept, so every quote still occurs in its source.
 */
// @ts-nocheck

import type { StudyInput } from '../../src/schemas';

type Random = () => number;

/** Vary a value by up to ±`spread` (relative), keeping it inside [lo, hi] and inside its interval if any. */
function vary(rnd: Random, value: number, spread: number, lo: number, hi: number): number {
  const v = value * (1 + (rnd() * 2 - 1) * spread);
  return Math.min(hi, Math.max(lo, Math.round(v * 10) / 10));
}

function varyStudy(s: StudyInput, rnd: Random): void {
  const factor = 0.5 + rnd() * 1.5;
  for (const g of s.groups) if (g.n !== undefined) g.n = Math.max(1, Math.round(g.n * factor));
  if (s.totalPatients) s.totalPatients.value = Math.max(1, Math.round(s.totalPatients.value * factor));
  for (const o of s.outcomes) {
    if (typeof o.value !== 'number' || o.count !== undefined) continue; // counts and their % stay consistent as printed
    // Stay inside the reported CI (the schema requires it) and inside 0-100 for percentages.
    const lo = Math.max(o.ci?.lower ?? -Infinity, 0);
    const hi = Math.min(o.ci?.upper ?? Infinity, o.unit === 'percent' ? 100 : Number.MAX_SAFE_INTEGER);
    o.value = vary(rnd, o.value, 0.2, lo, hi);
    o.printed = `${o.value}${o.unit === 'percent' ? '%' : ''}`;
  }
}

/**
 * `copies` synthetic studies per real study: ids "<id>-syn<k>", labels "Synthetic <k>: <label>".
 * The real studies stay (questions and topics refer to them); the copies are extra rows, pages and plots.
 */
export function syntheticStudies(real: readonly StudyInput[], copies: number, rnd: Random): StudyInput[] {
  const out: StudyInput[] = [];
  for (let k = 1; k <= copies; k++)
    for (const study of real) {
      const s = structuredClone(study) as StudyInput;
      const id = `${study.id}-syn${k}`;
      s.id = id;
      s.label = `${study.label} (syn ${k})`.slice(0, 80);
      varyStudy(s, rnd);
      out.push(s);
    }
  return out;
}
