/**
 * What a derived number must be, computed here from the data/ values its references name (read with dataValue)
 * and, for statistics, looked up in test/fixtures/values/figure-reference.json (written by R + metafor from
 * data/; see make-figure-reference.R beside it). Nothing here calls the site's own code (src/lib/stats,
 * src/figures/derive), so a derived number in dist/ is checked against an independent expectation.
 *
 * Units are the reader's: percent for proportions, CI bounds and weights, percentage points for risk differences,
 * months for survival times. Inputs: `[value-or-count, n]` per arm (a ref ending in /count is a count, one ending
 * in /value a percentage whose events are round-half-up(value × n / 100), the rule the captions state), four refs
 * per risk difference (resection arm, then comparator arm), and for a pooled number the inputs of every pooled
 * study in turn; a weight names its own study's inputs first, then the pool's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { dataValue } from './dataValue';

interface Fit {
  keys: string[];
  estimate: number;
  ci_lb: number;
  ci_ub: number;
  tau2: number;
  i2: number;
}
interface Pool {
  zval: number;
  pval: number;
  qP: number;
  qDf: number;
  sensitivity: { dl: Fit; knha: Fit; comparator?: Fit; halfEven: Fit; leave_one_out: Record<string, Fit & { omitted: string }> };
  keys: string[];
  k: number;
  estimate: number;
  ci_lb: number;
  ci_ub: number;
  pi_lb: number;
  pi_ub: number;
  tau2: number;
  i2: number;
  q: number;
  weights: Record<string, number>;
}
interface Reference {
  wilson: Record<string, { lower: number; upper: number }>;
  plo: Record<string, { proportion: number; lower: number; upper: number }>;
  rd: Record<string, { rd: number; lower: number; upper: number }>;
  rdPool: Pool;
  ploPool: Pool;
}
export const reference: Reference = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/fixtures/values/figure-reference.json'), 'utf8'));

const num = (ref: string): number => {
  const v = dataValue(ref);
  if (typeof v !== 'number') throw new Error(`${ref} is ${JSON.stringify(v)}, not a number`);
  return v;
};

/** round-half-up(percent × n / 100) on integers: percent × 100 is whole (data/ keeps at most 2 decimals). */
export function approximateEventsHere(percent: number, n: number): number {
  const scaled = Math.round(percent * 100);
  if (Math.abs(scaled - percent * 100) > 1e-6) throw new Error(`percent ${percent} has more than 2 decimals`);
  return Math.floor((scaled * n + 5000) / 10000);
}

/** Events and n of one arm from its two refs. */
function arm(countOrValue: string, nRef: string): { x: number; n: number } {
  const n = num(nRef);
  const v = num(countOrValue);
  if (countOrValue.endsWith('/count')) return { x: v, n };
  if (countOrValue.endsWith('/value')) return { x: approximateEventsHere(v, n), n };
  throw new Error(`${countOrValue}: an arm's first input must end in /count or /value`);
}
const armKey = (refs: string[]) => {
  const a = arm(refs[0]!, refs[1]!);
  return `${a.x}/${a.n}`;
};
const pairKey = (refs: string[]) => `${armKey(refs.slice(0, 2))}-${armKey(refs.slice(2, 4))}`;
const chunks = (refs: string[], size: number) => {
  if (refs.length === 0 || refs.length % size !== 0) throw new Error(`expected inputs in groups of ${size}, got ${refs.length}`);
  return Array.from({ length: refs.length / size }, (_, i) => refs.slice(i * size, i * size + size));
};
function lookup<T>(table: Record<string, T>, key: string, what: string): T {
  const v = table[key];
  if (v === undefined) throw new Error(`no ${what} reference for ${key}: rerun Rscript test/fixtures/values/make-figure-reference.R`);
  return v;
}
/** The pooled fit of the fixture, after checking that the pooled studies are exactly the ones R pooled. */
function pool(p: Pool, keys: string[], what: string): Pool {
  const got = [...keys].sort().join(' ');
  const want = [...p.keys].sort().join(' ');
  if (got !== want) throw new Error(`${what}: the marked studies [${got}] are not the ones the pooling rule selects in R [${want}]`);
  return p;
}

type Derivation = (refs: string[]) => number;
const rdPool = (refs: string[]) => pool(reference.rdPool, chunks(refs, 4).map(pairKey), 'risk-difference pool');
const ploPool = (refs: string[]) => pool(reference.ploPool, chunks(refs, 2).map(armKey), 'logit-proportion pool');

/** Derived kinds (the `data-derived` values that need statistics), each from its input refs. */
export const derivations: Record<string, Derivation> = {
  events: ([v, n]) => arm(v!, n!).x,
  months: ([v]) => num(v!) * 12,
  proportion: (refs) => {
    const a = arm(refs[0]!, refs[1]!);
    return (100 * a.x) / a.n;
  },
  'wilson-lower': (refs) => lookup(reference.wilson, armKey(refs), 'Wilson').lower,
  'wilson-upper': (refs) => lookup(reference.wilson, armKey(refs), 'Wilson').upper,
  'plo-lower': (refs) => lookup(reference.plo, armKey(refs), 'logit CI').lower,
  'plo-upper': (refs) => lookup(reference.plo, armKey(refs), 'logit CI').upper,
  rd: (refs) => lookup(reference.rd, pairKey(refs), 'risk difference').rd,
  'rd-lower': (refs) => lookup(reference.rd, pairKey(refs), 'risk difference').lower,
  'rd-upper': (refs) => lookup(reference.rd, pairKey(refs), 'risk difference').upper,
  'rd-pooled': (refs) => rdPool(refs).estimate,
  'rd-pooled-lower': (refs) => rdPool(refs).ci_lb,
  'rd-pooled-upper': (refs) => rdPool(refs).ci_ub,
  'rd-pi-lower': (refs) => rdPool(refs).pi_lb,
  'rd-pi-upper': (refs) => rdPool(refs).pi_ub,
  'rd-weight': (refs) => rdPool(refs.slice(4)).weights[pairKey(refs.slice(0, 4))] ?? NaN,
  'plo-pooled': (refs) => ploPool(refs).estimate,
  'plo-pooled-lower': (refs) => ploPool(refs).ci_lb,
  'plo-pooled-upper': (refs) => ploPool(refs).ci_ub,
  'plo-pi-lower': (refs) => ploPool(refs).pi_lb,
  'plo-pi-upper': (refs) => ploPool(refs).pi_ub,
  'rd-weight-total': (refs) => Object.values(rdPool(refs).weights).reduce((a, b) => a + b, 0),
  'plo-weight-total': (refs) => Object.values(ploPool(refs).weights).reduce((a, b) => a + b, 0),
  'per-12': ([v]) => num(v!) / 12,
  'plo-weight': (refs) => ploPool(refs.slice(2)).weights[armKey(refs.slice(0, 2))] ?? NaN,
};

// Statistics of the pooled fits and of their robustness analyses (make-figure-reference.R, block `sensitivity`):
// `<rd|plo>-<analysis>-<stat>`; refs name the inputs of every study pooled in that analysis (leave-one-out: the
// omitted study's inputs first, then the main pool's). tau2 is in the model's units (RD as a fraction).
for (const [measure, size, ref] of [['rd', 4, () => reference.rdPool], ['plo', 2, () => reference.ploPool]] as const) {
  const keyOf = size === 4 ? pairKey : armKey;
  const main = (refs: string[]) => pool(ref(), chunks(refs, size).map(keyOf), `${measure} pool`);
  for (const stat of ['estimate', 'ci_lb', 'ci_ub', 'tau2', 'i2'] as const) {
    derivations[`${measure}-main-${stat}`] = (refs) => main(refs)[stat];
    for (const analysis of ['dl', 'knha', 'comparator', 'halfEven'] as const)
      derivations[`${measure}-${analysis}-${stat}`] = (refs) => {
        const fit = ref().sensitivity[analysis];
        if (!fit) throw new Error(`no ${analysis} analysis for ${measure}`);
        return pool(fit as unknown as Pool, chunks(refs, size).map(keyOf), `${measure} ${analysis}`)[stat];
      };
    derivations[`${measure}-loo-${stat}`] = (refs) => {
      main(refs.slice(size));
      return lookup(ref().sensitivity.leave_one_out, keyOf(refs.slice(0, size)), 'leave-one-out')[stat];
    };
  }
  derivations[`${measure}-main-q`] = (refs) => main(refs).q;
  derivations[`${measure}-main-q-df`] = (refs) => main(refs).qDf;
  derivations[`${measure}-main-q-p`] = (refs) => main(refs).qP;
  derivations[`${measure}-main-z`] = (refs) => main(refs).zval;
  derivations[`${measure}-main-z-p`] = (refs) => main(refs).pval;
}

/** The value of a derived number, or an Error naming what is missing. */
export function derivedValue(kind: string, refs: string[]): number {
  const d = derivations[kind];
  if (!d) throw new Error(`unknown data-derived="${kind}"`);
  return d(refs);
}
