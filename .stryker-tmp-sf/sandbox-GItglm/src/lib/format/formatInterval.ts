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
import { formatNumber } from './formatNumber';

/** Formats one end of an interval; defaults to formatNumber. */
export type NumberFormatter = (value: number) => string;

/**
 * Estimate with its interval in the forest-plot convention "est [lo, hi]".
 * Without an estimate (a range only), "[lo, hi]".
 */
export function formatInterval(estimate: number | undefined, lower: number, upper: number, format: NumberFormatter = stryMutAct_9fa48("22") ? () => undefined : (stryCov_9fa48("22"), v => formatNumber(v))): string {
  if (stryMutAct_9fa48("23")) {
    {}
  } else {
    stryCov_9fa48("23");
    if (stryMutAct_9fa48("27") ? lower <= upper : stryMutAct_9fa48("26") ? lower >= upper : stryMutAct_9fa48("25") ? false : stryMutAct_9fa48("24") ? true : (stryCov_9fa48("24", "25", "26", "27"), lower > upper)) throw new RangeError(stryMutAct_9fa48("29") ? `` : (stryCov_9fa48("29"), `lower bound ${lower} exceeds upper bound ${upper}`));
    const interval = stryMutAct_9fa48("30") ? `` : (stryCov_9fa48("30"), `[${format(lower)}, ${format(upper)}]`);
    return (stryMutAct_9fa48("33") ? estimate !== undefined : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33"), estimate === undefined)) ? interval : stryMutAct_9fa48("34") ? `` : (stryCov_9fa48("34"), `${format(estimate)} ${interval}`);
  }
}