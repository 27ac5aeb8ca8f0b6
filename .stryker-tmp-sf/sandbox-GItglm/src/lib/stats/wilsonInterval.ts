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
import { normalQuantile } from './normalQuantile';
import type { Interval } from './types';

/**
 * Wilson score interval for a binomial proportion, without continuity correction
 * (R's `prop.test(x, n, correct = FALSE)$conf.int`). With p = x/n and z = Phi^-1(1 - (1 - level)/2):
 * (p + z^2/(2n) -/+ z sqrt(p(1 - p)/n + z^2/(4n^2))) / (1 + z^2/n). Estimate is p; all on the 0..1 scale.
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  if (stryMutAct_9fa48("656")) {
    {}
  } else {
    stryCov_9fa48("656");
    if (stryMutAct_9fa48("659") ? !Number.isInteger(n) && n <= 0 : stryMutAct_9fa48("658") ? false : stryMutAct_9fa48("657") ? true : (stryCov_9fa48("657", "658", "659"), (stryMutAct_9fa48("660") ? Number.isInteger(n) : (stryCov_9fa48("660"), !Number.isInteger(n))) || (stryMutAct_9fa48("663") ? n > 0 : stryMutAct_9fa48("662") ? n < 0 : stryMutAct_9fa48("661") ? false : (stryCov_9fa48("661", "662", "663"), n <= 0)))) throw new RangeError(stryMutAct_9fa48("665") ? `` : (stryCov_9fa48("665"), `n must be a positive integer, got ${n}`));
    if (stryMutAct_9fa48("668") ? (!Number.isFinite(x) || x < 0) && x > n : stryMutAct_9fa48("667") ? false : stryMutAct_9fa48("666") ? true : (stryCov_9fa48("666", "667", "668"), (stryMutAct_9fa48("670") ? !Number.isFinite(x) && x < 0 : stryMutAct_9fa48("669") ? false : (stryCov_9fa48("669", "670"), (stryMutAct_9fa48("671") ? Number.isFinite(x) : (stryCov_9fa48("671"), !Number.isFinite(x))) || (stryMutAct_9fa48("674") ? x >= 0 : stryMutAct_9fa48("673") ? x <= 0 : stryMutAct_9fa48("672") ? false : (stryCov_9fa48("672", "673", "674"), x < 0)))) || (stryMutAct_9fa48("677") ? x <= n : stryMutAct_9fa48("676") ? x >= n : stryMutAct_9fa48("675") ? false : (stryCov_9fa48("675", "676", "677"), x > n)))) throw new RangeError(stryMutAct_9fa48("679") ? `` : (stryCov_9fa48("679"), `x must be in [0, n], got ${x}`));
    if (stryMutAct_9fa48("682") ? false : stryMutAct_9fa48("681") ? true : stryMutAct_9fa48("680") ? level > 0 && level < 1 : (stryCov_9fa48("680", "681", "682"), !(stryMutAct_9fa48("685") ? level > 0 || level < 1 : stryMutAct_9fa48("684") ? false : stryMutAct_9fa48("683") ? true : (stryCov_9fa48("683", "684", "685"), (stryMutAct_9fa48("688") ? level <= 0 : stryMutAct_9fa48("687") ? level >= 0 : stryMutAct_9fa48("686") ? true : (stryCov_9fa48("686", "687", "688"), level > 0)) && (stryMutAct_9fa48("691") ? level >= 1 : stryMutAct_9fa48("690") ? level <= 1 : stryMutAct_9fa48("689") ? true : (stryCov_9fa48("689", "690", "691"), level < 1)))))) throw new RangeError(stryMutAct_9fa48("693") ? `` : (stryCov_9fa48("693"), `level must be in (0, 1), got ${level}`));
    const p = stryMutAct_9fa48("694") ? x * n : (stryCov_9fa48("694"), x / n);
    const z = normalQuantile(stryMutAct_9fa48("695") ? 1 + (1 - level) / 2 : (stryCov_9fa48("695"), 1 - (stryMutAct_9fa48("696") ? (1 - level) * 2 : (stryCov_9fa48("696"), (stryMutAct_9fa48("697") ? 1 + level : (stryCov_9fa48("697"), 1 - level)) / 2))));
    const z2n = stryMutAct_9fa48("698") ? z * z * n : (stryCov_9fa48("698"), (stryMutAct_9fa48("699") ? z / z : (stryCov_9fa48("699"), z * z)) / n);
    const centre = stryMutAct_9fa48("700") ? (p + z2n / 2) * (1 + z2n) : (stryCov_9fa48("700"), (stryMutAct_9fa48("701") ? p - z2n / 2 : (stryCov_9fa48("701"), p + (stryMutAct_9fa48("702") ? z2n * 2 : (stryCov_9fa48("702"), z2n / 2)))) / (stryMutAct_9fa48("703") ? 1 - z2n : (stryCov_9fa48("703"), 1 + z2n)));
    const half = stryMutAct_9fa48("704") ? z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) * (1 + z2n) : (stryCov_9fa48("704"), (stryMutAct_9fa48("705") ? z / Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) : (stryCov_9fa48("705"), z * Math.sqrt(stryMutAct_9fa48("706") ? p * (1 - p) / n - z2n / (4 * n) : (stryCov_9fa48("706"), (stryMutAct_9fa48("707") ? p * (1 - p) * n : (stryCov_9fa48("707"), (stryMutAct_9fa48("708") ? p / (1 - p) : (stryCov_9fa48("708"), p * (stryMutAct_9fa48("709") ? 1 + p : (stryCov_9fa48("709"), 1 - p)))) / n)) + (stryMutAct_9fa48("710") ? z2n * (4 * n) : (stryCov_9fa48("710"), z2n / (stryMutAct_9fa48("711") ? 4 / n : (stryCov_9fa48("711"), 4 * n)))))))) / (stryMutAct_9fa48("712") ? 1 - z2n : (stryCov_9fa48("712"), 1 + z2n)));
    return stryMutAct_9fa48("713") ? {} : (stryCov_9fa48("713"), {
      estimate: p,
      lower: (stryMutAct_9fa48("716") ? x !== 0 : stryMutAct_9fa48("715") ? false : stryMutAct_9fa48("714") ? true : (stryCov_9fa48("714", "715", "716"), x === 0)) ? 0 : stryMutAct_9fa48("717") ? Math.min(0, centre - half) : (stryCov_9fa48("717"), Math.max(0, stryMutAct_9fa48("718") ? centre + half : (stryCov_9fa48("718"), centre - half))),
      upper: (stryMutAct_9fa48("721") ? x !== n : stryMutAct_9fa48("720") ? false : stryMutAct_9fa48("719") ? true : (stryCov_9fa48("719", "720", "721"), x === n)) ? 1 : stryMutAct_9fa48("722") ? Math.max(1, centre + half) : (stryCov_9fa48("722"), Math.min(1, stryMutAct_9fa48("723") ? centre - half : (stryCov_9fa48("723"), centre + half)))
    });
  }
}