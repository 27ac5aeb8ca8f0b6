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
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';

/**
 * Upper-tail probability of the chi-square distribution, P(X > q) for X ~ chi^2(df)
 * (R's `pchisq(q, df, lower.tail = FALSE)`), as 1 - the @stdlib CDF: absolute error ~1e-16, so
 * tails below ~1e-15 come out as 0 (R keeps their relative accuracy). Used for Cochran's Q p-value.
 * Throws for df <= 0.
 */
export function chiSquareUpperTail(q: number, df: number): number {
  if (stryMutAct_9fa48("218")) {
    {}
  } else {
    stryCov_9fa48("218");
    if (stryMutAct_9fa48("221") ? false : stryMutAct_9fa48("220") ? true : stryMutAct_9fa48("219") ? df > 0 : (stryCov_9fa48("219", "220", "221"), !(stryMutAct_9fa48("225") ? df <= 0 : stryMutAct_9fa48("224") ? df >= 0 : stryMutAct_9fa48("223") ? false : stryMutAct_9fa48("222") ? true : (stryCov_9fa48("222", "223", "224", "225"), df > 0)))) throw new RangeError(stryMutAct_9fa48("227") ? `` : (stryCov_9fa48("227"), `df must be positive, got ${df}`));
    return stryMutAct_9fa48("228") ? 1 + cdf(q, df) : (stryCov_9fa48("228"), 1 - cdf(q, df));
  }
}