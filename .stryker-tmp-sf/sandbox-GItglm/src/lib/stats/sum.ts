/** Sum of an array (Neumaier-compensated, so the order of terms barely matters). */
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
export function sum(xs: readonly number[]): number {
  if (stryMutAct_9fa48("479")) {
    {}
  } else {
    stryCov_9fa48("479");
    let s = 0;
    let c = 0;
    for (const x of xs) {
      if (stryMutAct_9fa48("480")) {
        {}
      } else {
        stryCov_9fa48("480");
        const t = stryMutAct_9fa48("481") ? s - x : (stryCov_9fa48("481"), s + x);
        stryMutAct_9fa48("482") ? c -= Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s : (stryCov_9fa48("482"), c += (stryMutAct_9fa48("486") ? Math.abs(s) < Math.abs(x) : stryMutAct_9fa48("485") ? Math.abs(s) > Math.abs(x) : stryMutAct_9fa48("484") ? false : stryMutAct_9fa48("483") ? true : (stryCov_9fa48("483", "484", "485", "486"), Math.abs(s) >= Math.abs(x))) ? stryMutAct_9fa48("487") ? s - t - x : (stryCov_9fa48("487"), (stryMutAct_9fa48("488") ? s + t : (stryCov_9fa48("488"), s - t)) + x) : stryMutAct_9fa48("489") ? x - t - s : (stryCov_9fa48("489"), (stryMutAct_9fa48("490") ? x + t : (stryCov_9fa48("490"), x - t)) + s));
        s = t;
      }
    }
    return stryMutAct_9fa48("491") ? s - c : (stryCov_9fa48("491"), s + c);
  }
}