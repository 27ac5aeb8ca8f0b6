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
import type { EffectSize } from './types';
import { twoByTwo } from './twoByTwo';

/**
 * Log risk ratio, metafor `escalc(measure = "RR", ai, n1i, ci, n2i)`:
 * yi = log((ai/n1i) / (ci/n2i)), vi = 1/ai - 1/n1i + 1/ci - 1/n2i.
 * If any cell is 0, 1/2 is added to all four cells of the study first (`add = 1/2, to = "only0"`).
 */
export function riskRatio(ai: number, n1i: number, ci: number, n2i: number): EffectSize {
  if (stryMutAct_9fa48("439")) {
    {}
  } else {
    stryCov_9fa48("439");
    const t = twoByTwo(ai, n1i, ci, n2i);
    return stryMutAct_9fa48("440") ? {} : (stryCov_9fa48("440"), {
      measure: stryMutAct_9fa48("441") ? "" : (stryCov_9fa48("441"), 'RR'),
      yi: stryMutAct_9fa48("442") ? Math.log(t.ai / t.n1i) + Math.log(t.ci / t.n2i) : (stryCov_9fa48("442"), Math.log(stryMutAct_9fa48("443") ? t.ai * t.n1i : (stryCov_9fa48("443"), t.ai / t.n1i)) - Math.log(stryMutAct_9fa48("444") ? t.ci * t.n2i : (stryCov_9fa48("444"), t.ci / t.n2i))),
      vi: stryMutAct_9fa48("445") ? 1 / t.ai - 1 / t.n1i + 1 / t.ci + 1 / t.n2i : (stryCov_9fa48("445"), (stryMutAct_9fa48("446") ? 1 / t.ai - 1 / t.n1i - 1 / t.ci : (stryCov_9fa48("446"), (stryMutAct_9fa48("447") ? 1 / t.ai + 1 / t.n1i : (stryCov_9fa48("447"), (stryMutAct_9fa48("448") ? 1 * t.ai : (stryCov_9fa48("448"), 1 / t.ai)) - (stryMutAct_9fa48("449") ? 1 * t.n1i : (stryCov_9fa48("449"), 1 / t.n1i)))) + (stryMutAct_9fa48("450") ? 1 * t.ci : (stryCov_9fa48("450"), 1 / t.ci)))) - (stryMutAct_9fa48("451") ? 1 * t.n2i : (stryCov_9fa48("451"), 1 / t.n2i))),
      continuityCorrected: t.continuityCorrected
    });
  }
}