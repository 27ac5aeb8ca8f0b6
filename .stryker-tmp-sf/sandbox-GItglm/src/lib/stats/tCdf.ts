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
import cdf from '@stdlib/stats-base-dists-t-cdf';
import { normalCdf } from './normalCdf';

/**
 * CDF of Student's t with `df` degrees of freedom, P(T <= t) (R's `pt(t, df)`), from @stdlib.
 * df may be non-integer; df = Infinity gives the normal CDF, as R. Throws for df <= 0.
 */
export function tCdf(t: number, df: number): number {
  if (stryMutAct_9fa48("492")) {
    {}
  } else {
    stryCov_9fa48("492");
    if (stryMutAct_9fa48("495") ? false : stryMutAct_9fa48("494") ? true : stryMutAct_9fa48("493") ? df > 0 : (stryCov_9fa48("493", "494", "495"), !(stryMutAct_9fa48("499") ? df <= 0 : stryMutAct_9fa48("498") ? df >= 0 : stryMutAct_9fa48("497") ? false : stryMutAct_9fa48("496") ? true : (stryCov_9fa48("496", "497", "498", "499"), df > 0)))) throw new RangeError(stryMutAct_9fa48("501") ? `` : (stryCov_9fa48("501"), `df must be positive, got ${df}`));
    return (stryMutAct_9fa48("504") ? df !== Infinity : stryMutAct_9fa48("503") ? false : stryMutAct_9fa48("502") ? true : (stryCov_9fa48("502", "503", "504"), df === Infinity)) ? normalCdf(t) : cdf(t, df);
  }
}