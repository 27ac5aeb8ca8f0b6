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
 * Risk difference, metafor `escalc(measure = "RD", ai, n1i, ci, n2i)` with the default
 * large-sample variance (`vtype = "LS"`): p1 = ai/n1i, p2 = ci/n2i,
 * yi = p1 - p2, vi = p1(1 - p1)/n1i + p2(1 - p2)/n2i.
 * If any cell is 0, 1/2 is added to all four cells of the study first (`add = 1/2, to = "only0"`).
 */
export function riskDifference(ai: number, n1i: number, ci: number, n2i: number): EffectSize {
  if (stryMutAct_9fa48("426")) {
    {}
  } else {
    stryCov_9fa48("426");
    const t = twoByTwo(ai, n1i, ci, n2i);
    const p1 = stryMutAct_9fa48("427") ? t.ai * t.n1i : (stryCov_9fa48("427"), t.ai / t.n1i);
    const p2 = stryMutAct_9fa48("428") ? t.ci * t.n2i : (stryCov_9fa48("428"), t.ci / t.n2i);
    return stryMutAct_9fa48("429") ? {} : (stryCov_9fa48("429"), {
      measure: stryMutAct_9fa48("430") ? "" : (stryCov_9fa48("430"), 'RD'),
      yi: stryMutAct_9fa48("431") ? p1 + p2 : (stryCov_9fa48("431"), p1 - p2),
      vi: stryMutAct_9fa48("432") ? p1 * (1 - p1) / t.n1i - p2 * (1 - p2) / t.n2i : (stryCov_9fa48("432"), (stryMutAct_9fa48("433") ? p1 * (1 - p1) * t.n1i : (stryCov_9fa48("433"), (stryMutAct_9fa48("434") ? p1 / (1 - p1) : (stryCov_9fa48("434"), p1 * (stryMutAct_9fa48("435") ? 1 + p1 : (stryCov_9fa48("435"), 1 - p1)))) / t.n1i)) + (stryMutAct_9fa48("436") ? p2 * (1 - p2) * t.n2i : (stryCov_9fa48("436"), (stryMutAct_9fa48("437") ? p2 / (1 - p2) : (stryCov_9fa48("437"), p2 * (stryMutAct_9fa48("438") ? 1 + p2 : (stryCov_9fa48("438"), 1 - p2)))) / t.n2i))),
      continuityCorrected: t.continuityCorrected
    });
  }
}