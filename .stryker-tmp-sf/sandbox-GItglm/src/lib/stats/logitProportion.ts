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
import { checkCount } from './checkCount';
import type { EffectSize } from './types';

/**
 * Logit-transformed proportion, metafor `escalc(measure = "PLO", xi, ni)`:
 * yi = log(xi / (ni - xi)), vi = 1/xi + 1/(ni - xi).
 * Zero cells follow escalc's default `add = 1/2, to = "only0"`: if xi = 0 or xi = ni,
 * 1/2 is added to both xi and ni - xi (so ni grows by 1) before computing yi and vi.
 */
export function logitProportion(xi: number, ni: number): EffectSize {
  if (stryMutAct_9fa48("229")) {
    {}
  } else {
    stryCov_9fa48("229");
    checkCount(xi, ni, stryMutAct_9fa48("231") ? "" : (stryCov_9fa48("231"), 'xi'), stryMutAct_9fa48("232") ? "" : (stryCov_9fa48("232"), 'ni'));
    if (stryMutAct_9fa48("235") ? ni !== 0 : stryMutAct_9fa48("234") ? false : stryMutAct_9fa48("233") ? true : (stryCov_9fa48("233", "234", "235"), ni === 0)) throw new RangeError(stryMutAct_9fa48("237") ? "" : (stryCov_9fa48("237"), 'ni must be positive'));
    const corrected = stryMutAct_9fa48("240") ? xi === 0 && xi === ni : stryMutAct_9fa48("239") ? false : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239", "240"), (stryMutAct_9fa48("242") ? xi !== 0 : stryMutAct_9fa48("241") ? false : (stryCov_9fa48("241", "242"), xi === 0)) || (stryMutAct_9fa48("244") ? xi !== ni : stryMutAct_9fa48("243") ? false : (stryCov_9fa48("243", "244"), xi === ni)));
    const events = corrected ? stryMutAct_9fa48("245") ? xi - 0.5 : (stryCov_9fa48("245"), xi + 0.5) : xi;
    const nonEvents = corrected ? stryMutAct_9fa48("246") ? ni - xi - 0.5 : (stryCov_9fa48("246"), (stryMutAct_9fa48("247") ? ni + xi : (stryCov_9fa48("247"), ni - xi)) + 0.5) : stryMutAct_9fa48("248") ? ni + xi : (stryCov_9fa48("248"), ni - xi);
    return stryMutAct_9fa48("249") ? {} : (stryCov_9fa48("249"), {
      measure: stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), 'PLO'),
      yi: Math.log(stryMutAct_9fa48("251") ? events * nonEvents : (stryCov_9fa48("251"), events / nonEvents)),
      vi: stryMutAct_9fa48("252") ? 1 / events - 1 / nonEvents : (stryCov_9fa48("252"), (stryMutAct_9fa48("253") ? 1 * events : (stryCov_9fa48("253"), 1 / events)) + (stryMutAct_9fa48("254") ? 1 * nonEvents : (stryCov_9fa48("254"), 1 / nonEvents))),
      continuityCorrected: corrected
    });
  }
}