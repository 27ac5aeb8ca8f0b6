// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { chiSquareUpperTail } from './chiSquareUpperTail';
import { normalQuantile } from './normalQuantile';
import { studentTQuantile } from './studentTQuantile';
import { tau2DerSimonianLaird } from './tau2DerSimonianLaird';
import { tau2RestrictedMaximumLikelihood } from './tau2RestrictedMaximumLikelihood';
import { sum } from './sum';
import type { AppliedPredictionIntervalMethod, RandomEffectsOptions, RandomEffectsResult } from './types';

/**
 * Inverse-variance random-effects meta-analysis of effect sizes `yi` with sampling variances `vi`,
 * following metafor's `rma.uni` (intercept only, default `test = "z"`):
 * - tau2 by DL or REML (see `tau2DerSimonianLaird`, `tau2RestrictedMaximumLikelihood`);
 * - w*_i = 1/(vi + tau2), estimate = sum w* y / sum w*, se = sqrt(1 / sum w*),
 *   CI = estimate -/+ z se with z = Phi^-1(1 - (1 - level)/2); weights = 100 w* / sum w*;
 * - Cochran's Q = sum (1/vi)(yi - ybar_FE)^2 on k - 1 df, p = P(chi^2_{k-1} >= Q);
 * - I2 = 100 tau2 / (tau2 + s2), H2 = (tau2 + s2) / s2, with the typical within-study variance
 *   s2 = (k - 1) sum w / ((sum w)^2 - sum w^2), w = 1/vi (metafor's default);
 * - prediction interval = estimate -/+ c sqrt(tau2 + se^2), with c = t_{k-2} quantile
 *   (`'t-k-2'`, default; metafor 3.8: `predict(res, pi.type = "riley")`) or c = z (`'z'`;
 *   metafor's plain `predict(res)`). With k < 3, `'t-k-2'` falls back to z (`piMethod: 'z-fallback'`).
 * For k = 1: tau2 = 0, Q = 0, qP = 1, I2 = 0, H2 = 1 (as metafor).
 */
export function pooledRandomEffects(yi: readonly number[], vi: readonly number[], options: RandomEffectsOptions): RandomEffectsResult {
  if (stryMutAct_9fa48("271")) {
    {}
  } else {
    stryCov_9fa48("271");
    const {
      method,
      level = 0.95,
      predictionInterval = stryMutAct_9fa48("272") ? "" : (stryCov_9fa48("272"), 't-k-2')
    } = options;
    const k = yi.length;
    if (stryMutAct_9fa48("275") ? k === 0 && vi.length !== k : stryMutAct_9fa48("274") ? false : stryMutAct_9fa48("273") ? true : (stryCov_9fa48("273", "274", "275"), (stryMutAct_9fa48("277") ? k !== 0 : stryMutAct_9fa48("276") ? false : (stryCov_9fa48("276", "277"), k === 0)) || (stryMutAct_9fa48("279") ? vi.length === k : stryMutAct_9fa48("278") ? false : (stryCov_9fa48("278", "279"), vi.length !== k)))) throw new RangeError(stryMutAct_9fa48("281") ? "" : (stryCov_9fa48("281"), 'yi and vi must be non-empty and of equal length'));
    if (stryMutAct_9fa48("284") ? false : stryMutAct_9fa48("283") ? true : stryMutAct_9fa48("282") ? yi.every(Number.isFinite) : (stryCov_9fa48("282", "283", "284"), !(stryMutAct_9fa48("285") ? yi.some(Number.isFinite) : (stryCov_9fa48("285"), yi.every(Number.isFinite))))) throw new RangeError(stryMutAct_9fa48("287") ? "" : (stryCov_9fa48("287"), 'yi must be finite'));
    if (stryMutAct_9fa48("290") ? false : stryMutAct_9fa48("289") ? true : stryMutAct_9fa48("288") ? vi.every(v => Number.isFinite(v) && v > 0) : (stryCov_9fa48("288", "289", "290"), !(stryMutAct_9fa48("291") ? vi.some(v => Number.isFinite(v) && v > 0) : (stryCov_9fa48("291"), vi.every(stryMutAct_9fa48("292") ? () => undefined : (stryCov_9fa48("292"), v => stryMutAct_9fa48("295") ? Number.isFinite(v) || v > 0 : stryMutAct_9fa48("294") ? false : stryMutAct_9fa48("293") ? true : (stryCov_9fa48("293", "294", "295"), Number.isFinite(v) && (stryMutAct_9fa48("298") ? v <= 0 : stryMutAct_9fa48("297") ? v >= 0 : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297", "298"), v > 0))))))))) throw new RangeError(stryMutAct_9fa48("300") ? "" : (stryCov_9fa48("300"), 'vi must be finite and positive'));
    if (stryMutAct_9fa48("303") ? false : stryMutAct_9fa48("302") ? true : stryMutAct_9fa48("301") ? level > 0 && level < 1 : (stryCov_9fa48("301", "302", "303"), !(stryMutAct_9fa48("306") ? level > 0 || level < 1 : stryMutAct_9fa48("305") ? false : stryMutAct_9fa48("304") ? true : (stryCov_9fa48("304", "305", "306"), (stryMutAct_9fa48("309") ? level <= 0 : stryMutAct_9fa48("308") ? level >= 0 : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308", "309"), level > 0)) && (stryMutAct_9fa48("312") ? level >= 1 : stryMutAct_9fa48("311") ? level <= 1 : stryMutAct_9fa48("310") ? true : (stryCov_9fa48("310", "311", "312"), level < 1)))))) throw new RangeError(stryMutAct_9fa48("314") ? `` : (stryCov_9fa48("314"), `level must be in (0, 1), got ${level}`));
    const fit = (stryMutAct_9fa48("317") ? method !== 'REML' : stryMutAct_9fa48("316") ? false : stryMutAct_9fa48("315") ? true : (stryCov_9fa48("315", "316", "317"), method === (stryMutAct_9fa48("318") ? "" : (stryCov_9fa48("318"), 'REML')))) ? tau2RestrictedMaximumLikelihood(yi, vi) : stryMutAct_9fa48("319") ? {} : (stryCov_9fa48("319"), {
      tau2: tau2DerSimonianLaird(yi, vi),
      iterations: 0,
      converged: stryMutAct_9fa48("320") ? false : (stryCov_9fa48("320"), true)
    });
    const tau2 = fit.tau2;
    const w = vi.map(stryMutAct_9fa48("321") ? () => undefined : (stryCov_9fa48("321"), v => stryMutAct_9fa48("322") ? 1 * v : (stryCov_9fa48("322"), 1 / v)));
    const sw = sum(w);
    const sw2 = sum(w.map(stryMutAct_9fa48("323") ? () => undefined : (stryCov_9fa48("323"), x => stryMutAct_9fa48("324") ? x / x : (stryCov_9fa48("324"), x * x))));
    const yFixed = stryMutAct_9fa48("325") ? sum(w.map((x, i) => x * yi[i]!)) * sw : (stryCov_9fa48("325"), sum(w.map(stryMutAct_9fa48("326") ? () => undefined : (stryCov_9fa48("326"), (x, i) => stryMutAct_9fa48("327") ? x / yi[i]! : (stryCov_9fa48("327"), x * yi[i]!)))) / sw);
    const q = (stryMutAct_9fa48("331") ? k <= 1 : stryMutAct_9fa48("330") ? k >= 1 : stryMutAct_9fa48("329") ? false : stryMutAct_9fa48("328") ? true : (stryCov_9fa48("328", "329", "330", "331"), k > 1)) ? sum(w.map(stryMutAct_9fa48("332") ? () => undefined : (stryCov_9fa48("332"), (x, i) => stryMutAct_9fa48("333") ? x / (yi[i]! - yFixed) ** 2 : (stryCov_9fa48("333"), x * (stryMutAct_9fa48("334") ? yi[i]! + yFixed : (stryCov_9fa48("334"), yi[i]! - yFixed)) ** 2)))) : 0;
    const s2 = (stryMutAct_9fa48("338") ? k <= 1 : stryMutAct_9fa48("337") ? k >= 1 : stryMutAct_9fa48("336") ? false : stryMutAct_9fa48("335") ? true : (stryCov_9fa48("335", "336", "337", "338"), k > 1)) ? stryMutAct_9fa48("339") ? (k - 1) * sw * (sw * sw - sw2) : (stryCov_9fa48("339"), (stryMutAct_9fa48("340") ? (k - 1) / sw : (stryCov_9fa48("340"), (stryMutAct_9fa48("341") ? k + 1 : (stryCov_9fa48("341"), k - 1)) * sw)) / (stryMutAct_9fa48("342") ? sw * sw + sw2 : (stryCov_9fa48("342"), (stryMutAct_9fa48("343") ? sw / sw : (stryCov_9fa48("343"), sw * sw)) - sw2))) : 0;
    const wr = vi.map(stryMutAct_9fa48("344") ? () => undefined : (stryCov_9fa48("344"), v => stryMutAct_9fa48("345") ? 1 * (v + tau2) : (stryCov_9fa48("345"), 1 / (stryMutAct_9fa48("346") ? v - tau2 : (stryCov_9fa48("346"), v + tau2)))));
    const swr = sum(wr);
    const estimate = stryMutAct_9fa48("347") ? sum(wr.map((x, i) => x * yi[i]!)) * swr : (stryCov_9fa48("347"), sum(wr.map(stryMutAct_9fa48("348") ? () => undefined : (stryCov_9fa48("348"), (x, i) => stryMutAct_9fa48("349") ? x / yi[i]! : (stryCov_9fa48("349"), x * yi[i]!)))) / swr);
    const se = Math.sqrt(stryMutAct_9fa48("350") ? 1 * swr : (stryCov_9fa48("350"), 1 / swr));
    const z = normalQuantile(stryMutAct_9fa48("351") ? 1 + (1 - level) / 2 : (stryCov_9fa48("351"), 1 - (stryMutAct_9fa48("352") ? (1 - level) * 2 : (stryCov_9fa48("352"), (stryMutAct_9fa48("353") ? 1 + level : (stryCov_9fa48("353"), 1 - level)) / 2))));
    let piMethod: AppliedPredictionIntervalMethod = stryMutAct_9fa48("354") ? "" : (stryCov_9fa48("354"), 'z');
    let piDf: number | null = null;
    let crit = z;
    if (stryMutAct_9fa48("357") ? predictionInterval !== 't-k-2' : stryMutAct_9fa48("356") ? false : stryMutAct_9fa48("355") ? true : (stryCov_9fa48("355", "356", "357"), predictionInterval === (stryMutAct_9fa48("358") ? "" : (stryCov_9fa48("358"), 't-k-2')))) {
      if (stryMutAct_9fa48("359")) {
        {}
      } else {
        stryCov_9fa48("359");
        if (stryMutAct_9fa48("363") ? k < 3 : stryMutAct_9fa48("362") ? k > 3 : stryMutAct_9fa48("361") ? false : stryMutAct_9fa48("360") ? true : (stryCov_9fa48("360", "361", "362", "363"), k >= 3)) {
          if (stryMutAct_9fa48("364")) {
            {}
          } else {
            stryCov_9fa48("364");
            piMethod = stryMutAct_9fa48("365") ? "" : (stryCov_9fa48("365"), 't-k-2');
            piDf = stryMutAct_9fa48("366") ? k + 2 : (stryCov_9fa48("366"), k - 2);
            crit = studentTQuantile(stryMutAct_9fa48("367") ? 1 + (1 - level) / 2 : (stryCov_9fa48("367"), 1 - (stryMutAct_9fa48("368") ? (1 - level) * 2 : (stryCov_9fa48("368"), (stryMutAct_9fa48("369") ? 1 + level : (stryCov_9fa48("369"), 1 - level)) / 2))), piDf);
          }
        } else piMethod = stryMutAct_9fa48("370") ? "" : (stryCov_9fa48("370"), 'z-fallback');
      }
    }
    const piHalf = stryMutAct_9fa48("371") ? crit / Math.sqrt(tau2 + se * se) : (stryCov_9fa48("371"), crit * Math.sqrt(stryMutAct_9fa48("372") ? tau2 - se * se : (stryCov_9fa48("372"), tau2 + (stryMutAct_9fa48("373") ? se / se : (stryCov_9fa48("373"), se * se)))));
    return stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
      method,
      level,
      k,
      estimate,
      se,
      ci_lb: stryMutAct_9fa48("375") ? estimate + z * se : (stryCov_9fa48("375"), estimate - (stryMutAct_9fa48("376") ? z / se : (stryCov_9fa48("376"), z * se))),
      ci_ub: stryMutAct_9fa48("377") ? estimate - z * se : (stryCov_9fa48("377"), estimate + (stryMutAct_9fa48("378") ? z / se : (stryCov_9fa48("378"), z * se))),
      pi_lb: stryMutAct_9fa48("379") ? estimate + piHalf : (stryCov_9fa48("379"), estimate - piHalf),
      pi_ub: stryMutAct_9fa48("380") ? estimate - piHalf : (stryCov_9fa48("380"), estimate + piHalf),
      piMethod,
      piDf,
      tau2,
      i2: (stryMutAct_9fa48("384") ? k <= 1 : stryMutAct_9fa48("383") ? k >= 1 : stryMutAct_9fa48("382") ? false : stryMutAct_9fa48("381") ? true : (stryCov_9fa48("381", "382", "383", "384"), k > 1)) ? stryMutAct_9fa48("385") ? 100 * tau2 * (s2 + tau2) : (stryCov_9fa48("385"), (stryMutAct_9fa48("386") ? 100 / tau2 : (stryCov_9fa48("386"), 100 * tau2)) / (stryMutAct_9fa48("387") ? s2 - tau2 : (stryCov_9fa48("387"), s2 + tau2))) : 0,
      h2: (stryMutAct_9fa48("391") ? k <= 1 : stryMutAct_9fa48("390") ? k >= 1 : stryMutAct_9fa48("389") ? false : stryMutAct_9fa48("388") ? true : (stryCov_9fa48("388", "389", "390", "391"), k > 1)) ? stryMutAct_9fa48("392") ? (tau2 + s2) * s2 : (stryCov_9fa48("392"), (stryMutAct_9fa48("393") ? tau2 - s2 : (stryCov_9fa48("393"), tau2 + s2)) / s2) : 1,
      q,
      qDf: stryMutAct_9fa48("394") ? k + 1 : (stryCov_9fa48("394"), k - 1),
      qP: (stryMutAct_9fa48("398") ? k <= 1 : stryMutAct_9fa48("397") ? k >= 1 : stryMutAct_9fa48("396") ? false : stryMutAct_9fa48("395") ? true : (stryCov_9fa48("395", "396", "397", "398"), k > 1)) ? chiSquareUpperTail(q, stryMutAct_9fa48("399") ? k + 1 : (stryCov_9fa48("399"), k - 1)) : 1,
      weights: wr.map(stryMutAct_9fa48("400") ? () => undefined : (stryCov_9fa48("400"), x => stryMutAct_9fa48("401") ? 100 * x * swr : (stryCov_9fa48("401"), (stryMutAct_9fa48("402") ? 100 / x : (stryCov_9fa48("402"), 100 * x)) / swr))),
      iterations: fit.iterations,
      converged: fit.converged
    });
  }
}