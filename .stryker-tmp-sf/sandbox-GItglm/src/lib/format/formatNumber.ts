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
const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A number as readers expect it: thousands grouped ("3,425"), at most `maxDecimals` decimals,
 * trailing zeros dropped ("10.5", not "10.50"), a true minus sign (U+2212) for negatives.
 * Locale is pinned (en-GB) so the output never depends on the build machine.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (stryMutAct_9fa48("47")) {
    {}
  } else {
    stryCov_9fa48("47");
    if (stryMutAct_9fa48("50") ? false : stryMutAct_9fa48("49") ? true : stryMutAct_9fa48("48") ? Number.isFinite(value) : (stryCov_9fa48("48", "49", "50"), !Number.isFinite(value))) throw new RangeError(stryMutAct_9fa48("52") ? `` : (stryCov_9fa48("52"), `a finite number, got ${value}`));
    let f = formatters.get(maxDecimals);
    if (stryMutAct_9fa48("55") ? false : stryMutAct_9fa48("54") ? true : stryMutAct_9fa48("53") ? f : (stryCov_9fa48("53", "54", "55"), !f)) formatters.set(maxDecimals, f = new Intl.NumberFormat(stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), 'en-GB'), stryMutAct_9fa48("58") ? {} : (stryCov_9fa48("58"), {
      maximumFractionDigits: maxDecimals
    })));
    const text = f.format(Math.abs(value));
    return (stryMutAct_9fa48("61") ? value < 0 || /[1-9]/.test(text) : stryMutAct_9fa48("60") ? false : stryMutAct_9fa48("59") ? true : (stryCov_9fa48("59", "60", "61"), (stryMutAct_9fa48("64") ? value >= 0 : stryMutAct_9fa48("63") ? value <= 0 : stryMutAct_9fa48("62") ? true : (stryCov_9fa48("62", "63", "64"), value < 0)) && (stryMutAct_9fa48("65") ? /[^1-9]/ : (stryCov_9fa48("65"), /[1-9]/)).test(text))) ? stryMutAct_9fa48("66") ? `` : (stryCov_9fa48("66"), `\u2212${text}`) : text;
  }
}