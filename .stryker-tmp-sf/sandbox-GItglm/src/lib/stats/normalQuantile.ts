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
import quantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * Inverse of the standard normal CDF, Phi^-1(p) (R's `qnorm(p)`), from @stdlib
 * (`erfinv(2p - 1) * sqrt 2`: relative error below 1e-12 for p >= 1e-7, about 1e-6 near p = 1e-12).
 * Returns -Infinity / Infinity at p = 0 / 1; throws for p outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (stryMutAct_9fa48("256")) {
    {}
  } else {
    stryCov_9fa48("256");
    if (stryMutAct_9fa48("259") ? false : stryMutAct_9fa48("258") ? true : stryMutAct_9fa48("257") ? p >= 0 && p <= 1 : (stryCov_9fa48("257", "258", "259"), !(stryMutAct_9fa48("262") ? p >= 0 || p <= 1 : stryMutAct_9fa48("261") ? false : stryMutAct_9fa48("260") ? true : (stryCov_9fa48("260", "261", "262"), (stryMutAct_9fa48("265") ? p < 0 : stryMutAct_9fa48("264") ? p > 0 : stryMutAct_9fa48("263") ? true : (stryCov_9fa48("263", "264", "265"), p >= 0)) && (stryMutAct_9fa48("268") ? p > 1 : stryMutAct_9fa48("267") ? p < 1 : stryMutAct_9fa48("266") ? true : (stryCov_9fa48("266", "267", "268"), p <= 1)))))) throw new RangeError(stryMutAct_9fa48("270") ? `` : (stryCov_9fa48("270"), `p must be in [0, 1], got ${p}`));
    return quantile(p, 0, 1);
  }
}