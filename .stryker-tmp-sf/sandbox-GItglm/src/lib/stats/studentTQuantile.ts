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
import quantile from '@stdlib/stats-base-dists-t-quantile';
import { normalQuantile } from './normalQuantile';

/**
 * Inverse CDF of Student's t with `df` degrees of freedom (R's `qt(p, df)`), from @stdlib
 * (inverse incomplete beta). df may be non-integer; df = Infinity gives the normal quantile, as R.
 * Returns -Infinity / Infinity at p = 0 / 1; throws for p outside [0, 1] or df <= 0.
 */
export function studentTQuantile(p: number, df: number): number {
  if (stryMutAct_9fa48("452")) {
    {}
  } else {
    stryCov_9fa48("452");
    if (stryMutAct_9fa48("455") ? false : stryMutAct_9fa48("454") ? true : stryMutAct_9fa48("453") ? p >= 0 && p <= 1 : (stryCov_9fa48("453", "454", "455"), !(stryMutAct_9fa48("458") ? p >= 0 || p <= 1 : stryMutAct_9fa48("457") ? false : stryMutAct_9fa48("456") ? true : (stryCov_9fa48("456", "457", "458"), (stryMutAct_9fa48("461") ? p < 0 : stryMutAct_9fa48("460") ? p > 0 : stryMutAct_9fa48("459") ? true : (stryCov_9fa48("459", "460", "461"), p >= 0)) && (stryMutAct_9fa48("464") ? p > 1 : stryMutAct_9fa48("463") ? p < 1 : stryMutAct_9fa48("462") ? true : (stryCov_9fa48("462", "463", "464"), p <= 1)))))) throw new RangeError(stryMutAct_9fa48("466") ? `` : (stryCov_9fa48("466"), `p must be in [0, 1], got ${p}`));
    if (stryMutAct_9fa48("469") ? false : stryMutAct_9fa48("468") ? true : stryMutAct_9fa48("467") ? df > 0 : (stryCov_9fa48("467", "468", "469"), !(stryMutAct_9fa48("473") ? df <= 0 : stryMutAct_9fa48("472") ? df >= 0 : stryMutAct_9fa48("471") ? false : stryMutAct_9fa48("470") ? true : (stryCov_9fa48("470", "471", "472", "473"), df > 0)))) throw new RangeError(stryMutAct_9fa48("475") ? `` : (stryCov_9fa48("475"), `df must be positive, got ${df}`));
    return (stryMutAct_9fa48("478") ? df !== Infinity : stryMutAct_9fa48("477") ? false : stryMutAct_9fa48("476") ? true : (stryCov_9fa48("476", "477", "478"), df === Infinity)) ? normalQuantile(p) : quantile(p, df);
  }
}