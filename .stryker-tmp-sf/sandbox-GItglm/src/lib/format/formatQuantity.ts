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
import { formatMonths } from './formatMonths';
import { formatNumber } from './formatNumber';
import { formatPercent } from './formatPercent';

/** Units a reported value can carry. */
export type QuantityUnit = 'none' | 'months' | 'years' | 'percent' | 'patients' | 'lesions' | 'sessions' | 'cm' | 'degrees-celsius' | 'per-100000' | 'studies' | 'mg' | 'weeks';
const singular: Partial<Record<QuantityUnit, string>> = stryMutAct_9fa48("106") ? {} : (stryCov_9fa48("106"), {
  years: stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), 'year'),
  patients: stryMutAct_9fa48("108") ? "" : (stryCov_9fa48("108"), 'patient'),
  lesions: stryMutAct_9fa48("109") ? "" : (stryCov_9fa48("109"), 'lesion'),
  sessions: stryMutAct_9fa48("110") ? "" : (stryCov_9fa48("110"), 'session'),
  studies: stryMutAct_9fa48("111") ? "" : (stryCov_9fa48("111"), 'study'),
  weeks: stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), 'week')
});

/** A value with its unit in words: "74%", "79 months", "5 years", "6 lesions", "3 cm", "per 100,000". */
export function formatQuantity(value: number | 'not reached', unit: QuantityUnit): string {
  if (stryMutAct_9fa48("113")) {
    {}
  } else {
    stryCov_9fa48("113");
    if (stryMutAct_9fa48("116") ? value !== 'not reached' : stryMutAct_9fa48("115") ? false : stryMutAct_9fa48("114") ? true : (stryCov_9fa48("114", "115", "116"), value === (stryMutAct_9fa48("117") ? "" : (stryCov_9fa48("117"), 'not reached')))) return stryMutAct_9fa48("118") ? "" : (stryCov_9fa48("118"), 'not reached');
    switch (unit) {
      case stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), 'percent'):
        if (stryMutAct_9fa48("119")) {} else {
          stryCov_9fa48("119");
          return formatPercent(value);
        }
      case stryMutAct_9fa48("122") ? "" : (stryCov_9fa48("122"), 'months'):
        if (stryMutAct_9fa48("121")) {} else {
          stryCov_9fa48("121");
          return formatMonths(value);
        }
      case stryMutAct_9fa48("124") ? "" : (stryCov_9fa48("124"), 'cm'):
        if (stryMutAct_9fa48("123")) {} else {
          stryCov_9fa48("123");
          return stryMutAct_9fa48("125") ? `` : (stryCov_9fa48("125"), `${formatNumber(value)} cm`);
        }
      case stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), 'mg'):
        if (stryMutAct_9fa48("126")) {} else {
          stryCov_9fa48("126");
          return stryMutAct_9fa48("128") ? `` : (stryCov_9fa48("128"), `${formatNumber(value)} mg`);
        }
      case stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), 'degrees-celsius'):
        if (stryMutAct_9fa48("129")) {} else {
          stryCov_9fa48("129");
          return stryMutAct_9fa48("131") ? `` : (stryCov_9fa48("131"), `${formatNumber(value)} \u00B0C`);
        }
      case stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), 'none'):
        if (stryMutAct_9fa48("132")) {} else {
          stryCov_9fa48("132");
          return formatNumber(value);
        }
      case stryMutAct_9fa48("135") ? "" : (stryCov_9fa48("135"), 'per-100000'):
        if (stryMutAct_9fa48("134")) {} else {
          stryCov_9fa48("134");
          return stryMutAct_9fa48("136") ? `` : (stryCov_9fa48("136"), `${formatNumber(value)} per 100,000`);
        }
      default:
        if (stryMutAct_9fa48("137")) {} else {
          stryCov_9fa48("137");
          return stryMutAct_9fa48("138") ? `` : (stryCov_9fa48("138"), `${formatNumber(value)} ${(stryMutAct_9fa48("141") ? value !== 1 : stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140", "141"), value === 1)) ? stryMutAct_9fa48("142") ? singular[unit] && unit : (stryCov_9fa48("142"), singular[unit] ?? unit) : unit}`);
        }
    }
  }
}

/** A low-high range with one unit: "20\u201330%", "6\u20138 weeks". */
export function formatRange(low: number, high: number, unit: QuantityUnit): string {
  if (stryMutAct_9fa48("143")) {
    {}
  } else {
    stryCov_9fa48("143");
    if (stryMutAct_9fa48("147") ? low <= high : stryMutAct_9fa48("146") ? low >= high : stryMutAct_9fa48("145") ? false : stryMutAct_9fa48("144") ? true : (stryCov_9fa48("144", "145", "146", "147"), low > high)) throw new RangeError(stryMutAct_9fa48("149") ? `` : (stryCov_9fa48("149"), `low ${low} exceeds high ${high}`));
    const hi = formatQuantity(high, unit);
    return (stryMutAct_9fa48("152") ? unit !== 'percent' : stryMutAct_9fa48("151") ? false : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151", "152"), unit === (stryMutAct_9fa48("153") ? "" : (stryCov_9fa48("153"), 'percent')))) ? stryMutAct_9fa48("154") ? `` : (stryCov_9fa48("154"), `${formatNumber(low, 1)}\u2013${hi}`) : stryMutAct_9fa48("155") ? `` : (stryCov_9fa48("155"), `${formatNumber(low)}\u2013${hi}`);
  }
}