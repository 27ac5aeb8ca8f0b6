/** Throws unless `x` and `n` are integers with 0 <= x <= n. */
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
export function checkCount(x: number, n: number, xName: string, nName: string): void {
  if (stryMutAct_9fa48("193")) {
    {}
  } else {
    stryCov_9fa48("193");
    if (stryMutAct_9fa48("196") ? !Number.isInteger(n) && n < 0 : stryMutAct_9fa48("195") ? false : stryMutAct_9fa48("194") ? true : (stryCov_9fa48("194", "195", "196"), (stryMutAct_9fa48("197") ? Number.isInteger(n) : (stryCov_9fa48("197"), !Number.isInteger(n))) || (stryMutAct_9fa48("200") ? n >= 0 : stryMutAct_9fa48("199") ? n <= 0 : stryMutAct_9fa48("198") ? false : (stryCov_9fa48("198", "199", "200"), n < 0)))) throw new RangeError(stryMutAct_9fa48("202") ? `` : (stryCov_9fa48("202"), `${nName} must be a non-negative integer, got ${n}`));
    if (stryMutAct_9fa48("205") ? (!Number.isInteger(x) || x < 0) && x > n : stryMutAct_9fa48("204") ? false : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204", "205"), (stryMutAct_9fa48("207") ? !Number.isInteger(x) && x < 0 : stryMutAct_9fa48("206") ? false : (stryCov_9fa48("206", "207"), (stryMutAct_9fa48("208") ? Number.isInteger(x) : (stryCov_9fa48("208"), !Number.isInteger(x))) || (stryMutAct_9fa48("211") ? x >= 0 : stryMutAct_9fa48("210") ? x <= 0 : stryMutAct_9fa48("209") ? false : (stryCov_9fa48("209", "210", "211"), x < 0)))) || (stryMutAct_9fa48("214") ? x <= n : stryMutAct_9fa48("213") ? x >= n : stryMutAct_9fa48("212") ? false : (stryCov_9fa48("212", "213", "214"), x > n)))) {
      if (stryMutAct_9fa48("215")) {
        {}
      } else {
        stryCov_9fa48("215");
        throw new RangeError(stryMutAct_9fa48("217") ? `` : (stryCov_9fa48("217"), `${xName} must be an integer in [0, ${nName}], got ${x}`));
      }
    }
  }
}