/** Typed loader for the R/metafor reference values (test/fixtures/stats/metafor-reference.json). */
import { readFileSync } from 'node:fs';

export interface MetaCase {
  id: string;
  description: string;
  call: string;
  measure: 'PLO' | 'RD' | 'RR';
  method: 'REML' | 'DL';
  k: number;
  inputs: Record<string, number[]>;
  yi: number[];
  vi: number[];
  estimate: number;
  se: number;
  ci_lb: number;
  ci_ub: number;
  tau2: number;
  i2: number;
  h2: number;
  q: number;
  qDf: number;
  qP: number;
  weights: number[];
  pi_z_lb: number;
  pi_z_ub: number;
  pi_riley_lb: number;
  pi_riley_ub: number;
  pi_t_k2_hand_lb: number | null;
  pi_t_k2_hand_ub: number | null;
  /** The same fit with control = list(threshold = 1e-10) (our REML threshold). */
  threshold1e10: {
    call: string;
    estimate: number;
    se: number;
    ci_lb: number;
    ci_ub: number;
    tau2: number;
    i2: number;
    h2: number;
    weights: number[];
    pi_z_lb: number;
    pi_z_ub: number;
    pi_riley_lb: number;
    pi_riley_ub: number;
  };
  backTransformed?: { pred: number; ci_lb: number; ci_ub: number; pi_lb: number; pi_ub: number };
}

export interface EscalcCase {
  id: string;
  call: string;
  measure: 'PLO' | 'RD' | 'RR';
  inputs: Record<string, number[]>;
  yi: number[];
  vi: number[];
}

export interface ReferenceFixture {
  R: string;
  metafor: string;
  notes: Record<string, string>;
  rounding: { label: string; percent: number; n: number; r_round: number; half_up: number; differs: boolean }[];
  wilson: { call: string; x: number; n: number; level: number; estimate: number; lower: number; upper: number }[];
  escalc: EscalcCase[];
  meta: MetaCase[];
  distributions: {
    qnorm: { call: string; p: number; value: number }[];
    pnorm: { call: string; z: number; value: number }[];
    qt: { call: string; p: number; df: number; value: number }[];
    pt: { call: string; t: number; df: number; value: number }[];
    pchisqUpper: { call: string; q: number; df: number; value: number }[];
    plogis: { call: string; x: number; value: number }[];
    /** `qt(p, df=Inf)`: the normal quantile. */
    qtInfiniteDf: { call: string; p: number; value: number }[];
    /** `pt(t, df=Inf)`: the normal CDF. */
    ptInfiniteDf: { call: string; t: number; value: number }[];
    /** Far upper tails of chi-square(2), below what 1 - CDF resolves. */
    pchisqUpperFar: { call: string; q: number; df: number; value: number }[];
  };
  /** REML log-likelihood at fixed tau2, metafor `logLik()` with `REMLf = FALSE`. */
  remlLogLik: { call: string; measure: 'RD' | 'RR'; yi: number[]; vi: number[]; tau2: number; value: number }[];
}

export const reference: ReferenceFixture = JSON.parse(
  readFileSync(new URL('../../fixtures/stats/metafor-reference.json', import.meta.url), 'utf8'),
) as ReferenceFixture;
