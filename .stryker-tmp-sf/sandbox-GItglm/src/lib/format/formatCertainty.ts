/** GRADE certainty levels as the data names them. */
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
export type CertaintyLevel = 'high' | 'moderate' | 'low' | 'very-low' | 'no-evidence';
const filled: Record<CertaintyLevel, number> = stryMutAct_9fa48("0") ? {} : (stryCov_9fa48("0"), {
  high: 4,
  moderate: 3,
  low: 2,
  'very-low': 1,
  'no-evidence': 0
});
const words: Record<CertaintyLevel, string> = stryMutAct_9fa48("1") ? {} : (stryCov_9fa48("1"), {
  high: stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), 'HIGH'),
  moderate: stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'MODERATE'),
  low: stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'LOW'),
  'very-low': stryMutAct_9fa48("5") ? "" : (stryCov_9fa48("5"), 'VERY LOW'),
  'no-evidence': stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), 'No evidence (graded nil)')
});

/** The four GRADE symbols: filled circled-plus for each level reached, open circles for the rest ("⊕⊕◯◯"). */
export function certaintySymbols(level: CertaintyLevel): string {
  if (stryMutAct_9fa48("7")) {
    {}
  } else {
    stryCov_9fa48("7");
    const n = filled[level];
    return stryMutAct_9fa48("8") ? '\u2295'.repeat(n) - '\u25EF'.repeat(4 - n) : (stryCov_9fa48("8"), (stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), '\u2295')).repeat(n) + (stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), '\u25EF')).repeat(stryMutAct_9fa48("11") ? 4 + n : (stryCov_9fa48("11"), 4 - n)));
  }
}

/** The word GRADE prints beside the symbols ("LOW", "VERY LOW"); "No evidence (graded nil)" where the source grades nil. */
export function certaintyWord(level: CertaintyLevel): string {
  if (stryMutAct_9fa48("12")) {
    {}
  } else {
    stryCov_9fa48("12");
    return words[level];
  }
}

/** Symbols and word together, e.g. "⊕⊕◯◯ LOW". */
export function formatCertainty(level: CertaintyLevel): string {
  if (stryMutAct_9fa48("13")) {
    {}
  } else {
    stryCov_9fa48("13");
    return stryMutAct_9fa48("14") ? `` : (stryCov_9fa48("14"), `${certaintySymbols(level)} ${certaintyWord(level)}`);
  }
}

/** The plain-language verb GRADE guidance pairs with each level ("probably", "may", "very uncertain"). */
export function certaintyPhrase(level: CertaintyLevel): string {
  if (stryMutAct_9fa48("15")) {
    {}
  } else {
    stryCov_9fa48("15");
    return (stryMutAct_9fa48("16") ? {} : (stryCov_9fa48("16"), {
      high: stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), 'results in'),
      moderate: stryMutAct_9fa48("18") ? "" : (stryCov_9fa48("18"), 'probably'),
      low: stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), 'may'),
      'very-low': stryMutAct_9fa48("20") ? "" : (stryCov_9fa48("20"), 'very uncertain'),
      'no-evidence': stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), 'no evidence')
    }))[level];
  }
}