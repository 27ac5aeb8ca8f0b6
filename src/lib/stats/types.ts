/** Shared types for the statistics library (`src/lib/stats`). */

/** A point estimate with a two-sided interval, all on the same scale. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Effect-size measures supported, named as in metafor's `escalc`. */
export type EffectMeasure = 'PLO' | 'RD' | 'RR';

/** One study's observed effect size `yi` and its sampling variance `vi` (metafor `escalc`). */
export interface EffectSize {
  measure: EffectMeasure;
  yi: number;
  vi: number;
  /** True when 1/2 was added to every cell because some cell was 0 (`add = 1/2, to = "only0"`). */
  continuityCorrected: boolean;
}

/** Cells of a 2x2 table after metafor `escalc`'s default zero-cell handling. */
export interface TwoByTwoCells {
  ai: number;
  bi: number;
  ci: number;
  di: number;
  n1i: number;
  n2i: number;
  continuityCorrected: boolean;
}

/** Estimator of the between-study variance tau^2. */
export type Tau2Method = 'REML' | 'DL';

/**
 * Critical value used for the prediction interval:
 * - `'z'`: standard normal, as metafor's `predict.rma` with the default `test = "z"`;
 * - `'t-k-2'`: Student t with k - 2 df (Higgins, Thompson & Spiegelhalter 2009; Riley et al. 2011).
 */
export type PredictionIntervalMethod = 'z' | 't-k-2';

/** Method actually used for a prediction interval; `'z-fallback'` means t(k-2) was requested but k < 3. */
export type AppliedPredictionIntervalMethod = PredictionIntervalMethod | 'z-fallback';

/** Result of an iterative tau^2 estimator. */
export interface Tau2Fit {
  tau2: number;
  iterations: number;
  converged: boolean;
}

export interface RandomEffectsOptions {
  method: Tau2Method;
  /** Confidence level for the CI and the prediction interval (default 0.95). */
  level?: number;
  /** Prediction-interval critical value (default `'t-k-2'`, which falls back to z when k < 3). */
  predictionInterval?: PredictionIntervalMethod;
  /** REML only: the first tau2 of the Fisher scoring (metafor's `control = list(tau2.init = ...)`); default Hedges. */
  tau2Start?: number;
  /** REML only: Newton steps instead of Fisher scoring (tau2RestrictedMaximumLikelihood's `newton`); default false. */
  tau2Newton?: boolean;
  /**
   * REML only: the tau2 fit of these very studies, already made with the options above (leave-one-out fits every
   * set's tau2 first, on two threads: src/lib/stats/leaveOneOutTau2.ts); the fit is then not made again.
   */
  tau2Fit?: Tau2Fit;
}

/** Result of an inverse-variance random-effects meta-analysis (fields named as in metafor where possible). */
export interface RandomEffectsResult {
  method: Tau2Method;
  level: number;
  k: number;
  estimate: number;
  se: number;
  ci_lb: number;
  ci_ub: number;
  pi_lb: number;
  pi_ub: number;
  piMethod: AppliedPredictionIntervalMethod;
  /** Degrees of freedom of the t critical value for the prediction interval (null for z). */
  piDf: number | null;
  tau2: number;
  /** I^2 in percent (0..100). */
  i2: number;
  h2: number;
  /** Cochran's Q (fixed-effect weights 1/vi), its df (k - 1) and upper-tail chi-square p-value. */
  q: number;
  qDf: number;
  qP: number;
  /** Random-effects weights in percent, summing to 100, in input order. */
  weights: number[];
  /** Fisher-scoring iterations used (0 for DL). */
  iterations: number;
  converged: boolean;
}
