/**
 * DerSimonian-Laird estimate of tau^2 (metafor `method = "DL"`), intercept-only model:
 * with w = 1/vi and Q = sum w (yi - ybar_w)^2, tau2 = max(0, (Q - (k - 1)) / (sum w - sum w^2 / sum w)).
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
export function tau2DerSimonianLaird(yi: readonly number[], vi: readonly number[]): number {
  if (stryMutAct_9fa48("505")) {
    {}
  } else {
    stryCov_9fa48("505");
    const k = yi.length;
    if (stryMutAct_9fa48("509") ? k >= 2 : stryMutAct_9fa48("508") ? k <= 2 : stryMutAct_9fa48("507") ? false : stryMutAct_9fa48("506") ? true : (stryCov_9fa48("506", "507", "508", "509"), k < 2)) return 0;
    let sw = 0;
    let sw2 = 0;
    let swy = 0;
    for (let i = 0; stryMutAct_9fa48("512") ? i >= k : stryMutAct_9fa48("511") ? i <= k : stryMutAct_9fa48("510") ? false : (stryCov_9fa48("510", "511", "512"), i < k); stryMutAct_9fa48("513") ? i-- : (stryCov_9fa48("513"), i++)) {
      if (stryMutAct_9fa48("514")) {
        {}
      } else {
        stryCov_9fa48("514");
        const w = stryMutAct_9fa48("515") ? 1 * vi[i]! : (stryCov_9fa48("515"), 1 / vi[i]!);
        stryMutAct_9fa48("516") ? sw -= w : (stryCov_9fa48("516"), sw += w);
        stryMutAct_9fa48("517") ? sw2 -= w * w : (stryCov_9fa48("517"), sw2 += stryMutAct_9fa48("518") ? w / w : (stryCov_9fa48("518"), w * w));
        stryMutAct_9fa48("519") ? swy -= w * yi[i]! : (stryCov_9fa48("519"), swy += stryMutAct_9fa48("520") ? w / yi[i]! : (stryCov_9fa48("520"), w * yi[i]!));
      }
    }
    const mean = stryMutAct_9fa48("521") ? swy * sw : (stryCov_9fa48("521"), swy / sw);
    let q = 0;
    for (let i = 0; stryMutAct_9fa48("524") ? i >= k : stryMutAct_9fa48("523") ? i <= k : stryMutAct_9fa48("522") ? false : (stryCov_9fa48("522", "523", "524"), i < k); stryMutAct_9fa48("525") ? i-- : (stryCov_9fa48("525"), i++)) stryMutAct_9fa48("526") ? q -= (yi[i]! - mean) ** 2 / vi[i]! : (stryCov_9fa48("526"), q += stryMutAct_9fa48("527") ? (yi[i]! - mean) ** 2 * vi[i]! : (stryCov_9fa48("527"), (stryMutAct_9fa48("528") ? yi[i]! + mean : (stryCov_9fa48("528"), yi[i]! - mean)) ** 2 / vi[i]!));
    return stryMutAct_9fa48("529") ? Math.min(0, (q - (k - 1)) / (sw - sw2 / sw)) : (stryCov_9fa48("529"), Math.max(0, stryMutAct_9fa48("530") ? (q - (k - 1)) * (sw - sw2 / sw) : (stryCov_9fa48("530"), (stryMutAct_9fa48("531") ? q + (k - 1) : (stryCov_9fa48("531"), q - (stryMutAct_9fa48("532") ? k + 1 : (stryCov_9fa48("532"), k - 1)))) / (stryMutAct_9fa48("533") ? sw + sw2 / sw : (stryCov_9fa48("533"), sw - (stryMutAct_9fa48("534") ? sw2 * sw : (stryCov_9fa48("534"), sw2 / sw)))))));
  }
}