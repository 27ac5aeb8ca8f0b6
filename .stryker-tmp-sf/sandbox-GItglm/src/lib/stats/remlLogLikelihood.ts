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
import { sum } from './sum';

/**
 * Restricted (REML) log-likelihood of the intercept-only random-effects model at `tau2`:
 * -(k - 1)/2 log(2 pi) - 1/2 sum log(vi + tau2) - 1/2 log(sum w) - 1/2 sum w (yi - mu)^2, with w = 1/(vi + tau2)
 * and mu the w-weighted mean. metafor: `logLik(rma(yi, vi, tau2 = tau2, control = list(REMLf = FALSE)))`
 * (metafor's default REMLf = TRUE adds 1/2 log k).
 */
export function remlLogLikelihood(yi: readonly number[], vi: readonly number[], tau2: number): number {
  if (stryMutAct_9fa48("403")) {
    {}
  } else {
    stryCov_9fa48("403");
    const w = vi.map(stryMutAct_9fa48("404") ? () => undefined : (stryCov_9fa48("404"), v => stryMutAct_9fa48("405") ? 1 * (v + tau2) : (stryCov_9fa48("405"), 1 / (stryMutAct_9fa48("406") ? v - tau2 : (stryCov_9fa48("406"), v + tau2)))));
    const sw = sum(w);
    const mu = stryMutAct_9fa48("407") ? sum(w.map((wi, i) => wi * yi[i]!)) * sw : (stryCov_9fa48("407"), sum(w.map(stryMutAct_9fa48("408") ? () => undefined : (stryCov_9fa48("408"), (wi, i) => stryMutAct_9fa48("409") ? wi / yi[i]! : (stryCov_9fa48("409"), wi * yi[i]!)))) / sw);
    const rss = sum(w.map(stryMutAct_9fa48("410") ? () => undefined : (stryCov_9fa48("410"), (wi, i) => stryMutAct_9fa48("411") ? wi / (yi[i]! - mu) ** 2 : (stryCov_9fa48("411"), wi * (stryMutAct_9fa48("412") ? yi[i]! + mu : (stryCov_9fa48("412"), yi[i]! - mu)) ** 2))));
    const k = yi.length;
    return stryMutAct_9fa48("413") ? -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * sum(vi.map(v => Math.log(v + tau2))) - 0.5 * Math.log(sw) + 0.5 * rss : (stryCov_9fa48("413"), (stryMutAct_9fa48("414") ? -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * sum(vi.map(v => Math.log(v + tau2))) + 0.5 * Math.log(sw) : (stryCov_9fa48("414"), (stryMutAct_9fa48("415") ? -0.5 * (k - 1) * Math.log(2 * Math.PI) + 0.5 * sum(vi.map(v => Math.log(v + tau2))) : (stryCov_9fa48("415"), (stryMutAct_9fa48("416") ? -0.5 * (k - 1) / Math.log(2 * Math.PI) : (stryCov_9fa48("416"), (stryMutAct_9fa48("417") ? -0.5 / (k - 1) : (stryCov_9fa48("417"), (stryMutAct_9fa48("418") ? +0.5 : (stryCov_9fa48("418"), -0.5)) * (stryMutAct_9fa48("419") ? k + 1 : (stryCov_9fa48("419"), k - 1)))) * Math.log(stryMutAct_9fa48("420") ? 2 / Math.PI : (stryCov_9fa48("420"), 2 * Math.PI)))) - (stryMutAct_9fa48("421") ? 0.5 / sum(vi.map(v => Math.log(v + tau2))) : (stryCov_9fa48("421"), 0.5 * sum(vi.map(stryMutAct_9fa48("422") ? () => undefined : (stryCov_9fa48("422"), v => Math.log(stryMutAct_9fa48("423") ? v - tau2 : (stryCov_9fa48("423"), v + tau2))))))))) - (stryMutAct_9fa48("424") ? 0.5 / Math.log(sw) : (stryCov_9fa48("424"), 0.5 * Math.log(sw))))) - (stryMutAct_9fa48("425") ? 0.5 / rss : (stryCov_9fa48("425"), 0.5 * rss)));
  }
}