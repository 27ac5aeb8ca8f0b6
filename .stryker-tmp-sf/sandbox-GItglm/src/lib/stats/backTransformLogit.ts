/** Inverse logit (R's `plogis`): `1 / (1 + exp(-x))`, mapping a log-odds back to a proportion. */
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
export function backTransformLogit(x: number): number {
  if (stryMutAct_9fa48("183")) {
    {}
  } else {
    stryCov_9fa48("183");
    if (stryMutAct_9fa48("187") ? x < 0 : stryMutAct_9fa48("186") ? x > 0 : stryMutAct_9fa48("185") ? false : stryMutAct_9fa48("184") ? true : (stryCov_9fa48("184", "185", "186", "187"), x >= 0)) return stryMutAct_9fa48("188") ? 1 * (1 + Math.exp(-x)) : (stryCov_9fa48("188"), 1 / (stryMutAct_9fa48("189") ? 1 - Math.exp(-x) : (stryCov_9fa48("189"), 1 + Math.exp(stryMutAct_9fa48("190") ? +x : (stryCov_9fa48("190"), -x)))));
    const e = Math.exp(x);
    return stryMutAct_9fa48("191") ? e * (1 + e) : (stryCov_9fa48("191"), e / (stryMutAct_9fa48("192") ? 1 - e : (stryCov_9fa48("192"), 1 + e)));
  }
}