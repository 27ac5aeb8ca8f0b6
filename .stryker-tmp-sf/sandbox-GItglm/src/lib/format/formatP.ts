/** A p-value as a source reports it: an operator and a value. */
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
export interface PValue {
  operator: '=' | '<' | '>' | '<=';
  value: number;
}
const symbols: Record<PValue['operator'], string> = stryMutAct_9fa48("67") ? {} : (stryCov_9fa48("67"), {
  '=': stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), '='),
  '<': stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), '<'),
  '>': stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), '>'),
  '<=': stryMutAct_9fa48("71") ? "" : (stryCov_9fa48("71"), '\u2264')
});

/**
 * "p = 0.03", "p < 0.001", "p \u2264 0.05". Exact values keep up to 3 significant digits;
 * an exact p below 0.001 is shown as "p < 0.001" (the conventional floor).
 */
export function formatP(p: PValue): string {
  if (stryMutAct_9fa48("72")) {
    {}
  } else {
    stryCov_9fa48("72");
    if (stryMutAct_9fa48("75") ? false : stryMutAct_9fa48("74") ? true : stryMutAct_9fa48("73") ? p.value >= 0 && p.value <= 1 : (stryCov_9fa48("73", "74", "75"), !(stryMutAct_9fa48("78") ? p.value >= 0 || p.value <= 1 : stryMutAct_9fa48("77") ? false : stryMutAct_9fa48("76") ? true : (stryCov_9fa48("76", "77", "78"), (stryMutAct_9fa48("81") ? p.value < 0 : stryMutAct_9fa48("80") ? p.value > 0 : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81"), p.value >= 0)) && (stryMutAct_9fa48("84") ? p.value > 1 : stryMutAct_9fa48("83") ? p.value < 1 : stryMutAct_9fa48("82") ? true : (stryCov_9fa48("82", "83", "84"), p.value <= 1)))))) throw new RangeError(stryMutAct_9fa48("86") ? `` : (stryCov_9fa48("86"), `p must be in [0, 1], got ${p.value}`));
    if (stryMutAct_9fa48("89") ? p.operator === '=' || p.value < 0.001 : stryMutAct_9fa48("88") ? false : stryMutAct_9fa48("87") ? true : (stryCov_9fa48("87", "88", "89"), (stryMutAct_9fa48("91") ? p.operator !== '=' : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91"), p.operator === (stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), '=')))) && (stryMutAct_9fa48("95") ? p.value >= 0.001 : stryMutAct_9fa48("94") ? p.value <= 0.001 : stryMutAct_9fa48("93") ? true : (stryCov_9fa48("93", "94", "95"), p.value < 0.001)))) return stryMutAct_9fa48("96") ? "" : (stryCov_9fa48("96"), 'p < 0.001');
    const digits = (stryMutAct_9fa48("99") ? p.value !== 0 : stryMutAct_9fa48("98") ? false : stryMutAct_9fa48("97") ? true : (stryCov_9fa48("97", "98", "99"), p.value === 0)) ? stryMutAct_9fa48("100") ? "" : (stryCov_9fa48("100"), '0') : String(Number(p.value.toPrecision(3)));
    return stryMutAct_9fa48("101") ? `` : (stryCov_9fa48("101"), `p ${symbols[p.operator]} ${digits}`);
  }
}