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
import type { TwoByTwoCells } from './types';

/**
 * Builds the 2x2 table (ai events / bi non-events in group 1, ci / di in group 2) and applies
 * escalc's default `add = 1/2, to = "only0"`: if any of the four cells is 0, 1/2 is added to
 * every cell of that study (so each group size grows by 1).
 */
export function twoByTwo(ai: number, n1i: number, ci: number, n2i: number): TwoByTwoCells {
  if (stryMutAct_9fa48("614")) {
    {}
  } else {
    stryCov_9fa48("614");
    checkCount(ai, n1i, stryMutAct_9fa48("616") ? "" : (stryCov_9fa48("616"), 'ai'), stryMutAct_9fa48("617") ? "" : (stryCov_9fa48("617"), 'n1i'));
    checkCount(ci, n2i, stryMutAct_9fa48("619") ? "" : (stryCov_9fa48("619"), 'ci'), stryMutAct_9fa48("620") ? "" : (stryCov_9fa48("620"), 'n2i'));
    if (stryMutAct_9fa48("623") ? n1i === 0 && n2i === 0 : stryMutAct_9fa48("622") ? false : stryMutAct_9fa48("621") ? true : (stryCov_9fa48("621", "622", "623"), (stryMutAct_9fa48("625") ? n1i !== 0 : stryMutAct_9fa48("624") ? false : (stryCov_9fa48("624", "625"), n1i === 0)) || (stryMutAct_9fa48("627") ? n2i !== 0 : stryMutAct_9fa48("626") ? false : (stryCov_9fa48("626", "627"), n2i === 0)))) throw new RangeError(stryMutAct_9fa48("629") ? "" : (stryCov_9fa48("629"), 'group sizes must be positive'));
    const bi = stryMutAct_9fa48("630") ? n1i + ai : (stryCov_9fa48("630"), n1i - ai);
    const di = stryMutAct_9fa48("631") ? n2i + ci : (stryCov_9fa48("631"), n2i - ci);
    const corrected = stryMutAct_9fa48("634") ? (ai === 0 || bi === 0 || ci === 0) && di === 0 : stryMutAct_9fa48("633") ? false : stryMutAct_9fa48("632") ? true : (stryCov_9fa48("632", "633", "634"), (stryMutAct_9fa48("636") ? (ai === 0 || bi === 0) && ci === 0 : stryMutAct_9fa48("635") ? false : (stryCov_9fa48("635", "636"), (stryMutAct_9fa48("638") ? ai === 0 && bi === 0 : stryMutAct_9fa48("637") ? false : (stryCov_9fa48("637", "638"), (stryMutAct_9fa48("640") ? ai !== 0 : stryMutAct_9fa48("639") ? false : (stryCov_9fa48("639", "640"), ai === 0)) || (stryMutAct_9fa48("642") ? bi !== 0 : stryMutAct_9fa48("641") ? false : (stryCov_9fa48("641", "642"), bi === 0)))) || (stryMutAct_9fa48("644") ? ci !== 0 : stryMutAct_9fa48("643") ? false : (stryCov_9fa48("643", "644"), ci === 0)))) || (stryMutAct_9fa48("646") ? di !== 0 : stryMutAct_9fa48("645") ? false : (stryCov_9fa48("645", "646"), di === 0)));
    const add = corrected ? 0.5 : 0;
    return stryMutAct_9fa48("647") ? {} : (stryCov_9fa48("647"), {
      ai: stryMutAct_9fa48("648") ? ai - add : (stryCov_9fa48("648"), ai + add),
      bi: stryMutAct_9fa48("649") ? bi - add : (stryCov_9fa48("649"), bi + add),
      ci: stryMutAct_9fa48("650") ? ci - add : (stryCov_9fa48("650"), ci + add),
      di: stryMutAct_9fa48("651") ? di - add : (stryCov_9fa48("651"), di + add),
      n1i: stryMutAct_9fa48("652") ? n1i - 2 * add : (stryCov_9fa48("652"), n1i + (stryMutAct_9fa48("653") ? 2 / add : (stryCov_9fa48("653"), 2 * add))),
      n2i: stryMutAct_9fa48("654") ? n2i - 2 * add : (stryCov_9fa48("654"), n2i + (stryMutAct_9fa48("655") ? 2 / add : (stryCov_9fa48("655"), 2 * add))),
      continuityCorrected: corrected
    });
  }
}