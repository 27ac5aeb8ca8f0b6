import { NeumaierSum } from './sum';

/**
 * Restricted (REML) log-likelihood of the intercept-only random-effects model at `tau2`:
 * -(k - 1)/2 log(2 pi) - 1/2 sum log(vi + tau2) - 1/2 log(sum w) - 1/2 sum w (yi - mu)^2, with w = 1/(vi + tau2)
 * and mu the w-weighted mean. metafor: `logLik(rma(yi, vi, tau2 = tau2, control = list(REMLf = FALSE)))`
 * (metafor's default REMLf = TRUE adds 1/2 log k).
 * Loops without arrays (each sum compensated, terms in index order): leave-one-out calls this twice per fit.
 */
export function remlLogLikelihood(yi: ArrayLike<number>, vi: ArrayLike<number>, tau2: number): number {
  const k = yi.length;
  const [sw, swy, slog, rss] = [new NeumaierSum(), new NeumaierSum(), new NeumaierSum(), new NeumaierSum()];
  for (let i = 0; i < k; i++) {
    const w = 1 / (vi[i]! + tau2);
    sw.add(w);
    swy.add(w * yi[i]!);
    slog.add(Math.log(vi[i]! + tau2));
  }
  const mu = swy.value() / sw.value();
  for (let i = 0; i < k; i++) rss.add((1 / (vi[i]! + tau2)) * (yi[i]! - mu) ** 2);
  return -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * slog.value() - 0.5 * Math.log(sw.value()) - 0.5 * rss.value();
}
