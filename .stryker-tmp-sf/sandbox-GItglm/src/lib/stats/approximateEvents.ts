/**
 * Approximate event count reconstructed from a reported percentage:
 * `round(percent / 100 * n)`, rounding halves up (JavaScript `Math.round`),
 * unlike R's `round`, which rounds halves to even.
 * The result is an approximation, not a count reported by the study.
 */
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
export function approximateEvents(percent: number, n: number): number {
  if (stryMutAct_9fa48("156")) {
    {}
  } else {
    stryCov_9fa48("156");
    if (stryMutAct_9fa48("159") ? (!Number.isFinite(percent) || percent < 0) && percent > 100 : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159"), (stryMutAct_9fa48("161") ? !Number.isFinite(percent) && percent < 0 : stryMutAct_9fa48("160") ? false : (stryCov_9fa48("160", "161"), (stryMutAct_9fa48("162") ? Number.isFinite(percent) : (stryCov_9fa48("162"), !Number.isFinite(percent))) || (stryMutAct_9fa48("165") ? percent >= 0 : stryMutAct_9fa48("164") ? percent <= 0 : stryMutAct_9fa48("163") ? false : (stryCov_9fa48("163", "164", "165"), percent < 0)))) || (stryMutAct_9fa48("168") ? percent <= 100 : stryMutAct_9fa48("167") ? percent >= 100 : stryMutAct_9fa48("166") ? false : (stryCov_9fa48("166", "167", "168"), percent > 100)))) {
      if (stryMutAct_9fa48("169")) {
        {}
      } else {
        stryCov_9fa48("169");
        throw new RangeError(stryMutAct_9fa48("171") ? `` : (stryCov_9fa48("171"), `percent must be in [0, 100], got ${percent}`));
      }
    }
    if (stryMutAct_9fa48("174") ? !Number.isInteger(n) && n < 0 : stryMutAct_9fa48("173") ? false : stryMutAct_9fa48("172") ? true : (stryCov_9fa48("172", "173", "174"), (stryMutAct_9fa48("175") ? Number.isInteger(n) : (stryCov_9fa48("175"), !Number.isInteger(n))) || (stryMutAct_9fa48("178") ? n >= 0 : stryMutAct_9fa48("177") ? n <= 0 : stryMutAct_9fa48("176") ? false : (stryCov_9fa48("176", "177", "178"), n < 0)))) throw new RangeError(stryMutAct_9fa48("180") ? `` : (stryCov_9fa48("180"), `n must be a non-negative integer, got ${n}`));
    return Math.round(stryMutAct_9fa48("181") ? percent / 100 / n : (stryCov_9fa48("181"), (stryMutAct_9fa48("182") ? percent * 100 : (stryCov_9fa48("182"), percent / 100)) * n));
  }
}