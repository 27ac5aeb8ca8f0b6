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
import { remlLogLikelihood } from './remlLogLikelihood';
import { sum } from './sum';
import type { Tau2Fit } from './types';

/**
 * REML estimate of tau^2 by Fisher scoring, as metafor's `rma.uni(method = "REML")` does for an
 * intercept-only model. Start: Hedges estimate max(0, var(yi) - mean(vi)). With w = 1/(vi + tau2)
 * and P = W - w w' / sum w, each step adds (y'PPy - tr P) / tr(PP), halving the step while it would
 * make tau2 negative, until |change| <= `threshold` (default 1e-10; metafor's default is 1e-5)
 * or `maxIter` steps. Finally, as metafor's `ll0check`, tau2 is set to 0 if the REML
 * log-likelihood at 0 exceeds that at the estimate by more than 1.22e-4 (= eps^(1/4)).
 */
export function tau2RestrictedMaximumLikelihood(yi: readonly number[], vi: readonly number[], threshold = 1e-10, maxIter = 100): Tau2Fit {
  if (stryMutAct_9fa48("535")) {
    {}
  } else {
    stryCov_9fa48("535");
    const k = yi.length;
    if (stryMutAct_9fa48("539") ? k >= 2 : stryMutAct_9fa48("538") ? k <= 2 : stryMutAct_9fa48("537") ? false : stryMutAct_9fa48("536") ? true : (stryCov_9fa48("536", "537", "538", "539"), k < 2)) return stryMutAct_9fa48("540") ? {} : (stryCov_9fa48("540"), {
      tau2: 0,
      iterations: 0,
      converged: stryMutAct_9fa48("541") ? false : (stryCov_9fa48("541"), true)
    });
    const ybar = stryMutAct_9fa48("542") ? yi.reduce((a, b) => a + b, 0) * k : (stryCov_9fa48("542"), yi.reduce(stryMutAct_9fa48("543") ? () => undefined : (stryCov_9fa48("543"), (a, b) => stryMutAct_9fa48("544") ? a - b : (stryCov_9fa48("544"), a + b)), 0) / k);
    const varY = stryMutAct_9fa48("545") ? yi.reduce((a, y) => a + (y - ybar) ** 2, 0) * (k - 1) : (stryCov_9fa48("545"), yi.reduce(stryMutAct_9fa48("546") ? () => undefined : (stryCov_9fa48("546"), (a, y) => stryMutAct_9fa48("547") ? a - (y - ybar) ** 2 : (stryCov_9fa48("547"), a + (stryMutAct_9fa48("548") ? y + ybar : (stryCov_9fa48("548"), y - ybar)) ** 2)), 0) / (stryMutAct_9fa48("549") ? k + 1 : (stryCov_9fa48("549"), k - 1)));
    let tau2 = stryMutAct_9fa48("550") ? Math.min(0, varY - vi.reduce((a, b) => a + b, 0) / k) : (stryCov_9fa48("550"), Math.max(0, stryMutAct_9fa48("551") ? varY + vi.reduce((a, b) => a + b, 0) / k : (stryCov_9fa48("551"), varY - (stryMutAct_9fa48("552") ? vi.reduce((a, b) => a + b, 0) * k : (stryCov_9fa48("552"), vi.reduce(stryMutAct_9fa48("553") ? () => undefined : (stryCov_9fa48("553"), (a, b) => stryMutAct_9fa48("554") ? a - b : (stryCov_9fa48("554"), a + b)), 0) / k)))));
    let iterations = 0;
    if (stryMutAct_9fa48("555")) {
      for (; false;) {
        if (iterations >= maxIter) return {
          tau2: Math.max(0, tau2),
          iterations,
          converged: false
        };
        iterations++;
        const w = vi.map(v => 1 / (v + tau2));
        const sw = sum(w);
        const mu = sum(w.map((wi, i) => wi * yi[i]!)) / sw;
        const yPPy = sum(w.map((wi, i) => (wi * (yi[i]! - mu)) ** 2));
        const sw2 = sum(w.map(wi => wi * wi));
        const sw3 = sum(w.map(wi => wi ** 3));
        const trP = sw - sw2 / sw;
        const trPP = sw2 - 2 * sw3 / sw + sw2 * sw2 / (sw * sw);
        let adj = (yPPy - trP) / trPP;
        if (!Number.isFinite(adj)) adj = 0;
        while (tau2 + adj < 0) adj /= 2;
        tau2 += adj;
        if (Math.abs(adj) <= threshold) break;
      }
    } else {
      stryCov_9fa48("555");
      for (;;) {
        if (stryMutAct_9fa48("556")) {
          {}
        } else {
          stryCov_9fa48("556");
          if (stryMutAct_9fa48("560") ? iterations < maxIter : stryMutAct_9fa48("559") ? iterations > maxIter : stryMutAct_9fa48("558") ? false : stryMutAct_9fa48("557") ? true : (stryCov_9fa48("557", "558", "559", "560"), iterations >= maxIter)) return stryMutAct_9fa48("561") ? {} : (stryCov_9fa48("561"), {
            tau2: stryMutAct_9fa48("562") ? Math.min(0, tau2) : (stryCov_9fa48("562"), Math.max(0, tau2)),
            iterations,
            converged: stryMutAct_9fa48("563") ? true : (stryCov_9fa48("563"), false)
          });
          stryMutAct_9fa48("564") ? iterations-- : (stryCov_9fa48("564"), iterations++);
          const w = vi.map(stryMutAct_9fa48("565") ? () => undefined : (stryCov_9fa48("565"), v => stryMutAct_9fa48("566") ? 1 * (v + tau2) : (stryCov_9fa48("566"), 1 / (stryMutAct_9fa48("567") ? v - tau2 : (stryCov_9fa48("567"), v + tau2)))));
          const sw = sum(w);
          const mu = stryMutAct_9fa48("568") ? sum(w.map((wi, i) => wi * yi[i]!)) * sw : (stryCov_9fa48("568"), sum(w.map(stryMutAct_9fa48("569") ? () => undefined : (stryCov_9fa48("569"), (wi, i) => stryMutAct_9fa48("570") ? wi / yi[i]! : (stryCov_9fa48("570"), wi * yi[i]!)))) / sw);
          const yPPy = sum(w.map(stryMutAct_9fa48("571") ? () => undefined : (stryCov_9fa48("571"), (wi, i) => (stryMutAct_9fa48("572") ? wi / (yi[i]! - mu) : (stryCov_9fa48("572"), wi * (stryMutAct_9fa48("573") ? yi[i]! + mu : (stryCov_9fa48("573"), yi[i]! - mu)))) ** 2)));
          const sw2 = sum(w.map(stryMutAct_9fa48("574") ? () => undefined : (stryCov_9fa48("574"), wi => stryMutAct_9fa48("575") ? wi / wi : (stryCov_9fa48("575"), wi * wi))));
          const sw3 = sum(w.map(stryMutAct_9fa48("576") ? () => undefined : (stryCov_9fa48("576"), wi => wi ** 3)));
          const trP = stryMutAct_9fa48("577") ? sw + sw2 / sw : (stryCov_9fa48("577"), sw - (stryMutAct_9fa48("578") ? sw2 * sw : (stryCov_9fa48("578"), sw2 / sw)));
          const trPP = stryMutAct_9fa48("579") ? sw2 - 2 * sw3 / sw - sw2 * sw2 / (sw * sw) : (stryCov_9fa48("579"), (stryMutAct_9fa48("580") ? sw2 + 2 * sw3 / sw : (stryCov_9fa48("580"), sw2 - (stryMutAct_9fa48("581") ? 2 * sw3 * sw : (stryCov_9fa48("581"), (stryMutAct_9fa48("582") ? 2 / sw3 : (stryCov_9fa48("582"), 2 * sw3)) / sw)))) + (stryMutAct_9fa48("583") ? sw2 * sw2 * (sw * sw) : (stryCov_9fa48("583"), (stryMutAct_9fa48("584") ? sw2 / sw2 : (stryCov_9fa48("584"), sw2 * sw2)) / (stryMutAct_9fa48("585") ? sw / sw : (stryCov_9fa48("585"), sw * sw)))));
          let adj = stryMutAct_9fa48("586") ? (yPPy - trP) * trPP : (stryCov_9fa48("586"), (stryMutAct_9fa48("587") ? yPPy + trP : (stryCov_9fa48("587"), yPPy - trP)) / trPP);
          if (stryMutAct_9fa48("590") ? false : stryMutAct_9fa48("589") ? true : stryMutAct_9fa48("588") ? Number.isFinite(adj) : (stryCov_9fa48("588", "589", "590"), !Number.isFinite(adj))) adj = 0;
          while (stryMutAct_9fa48("593") ? tau2 + adj >= 0 : stryMutAct_9fa48("592") ? tau2 + adj <= 0 : stryMutAct_9fa48("591") ? false : (stryCov_9fa48("591", "592", "593"), (stryMutAct_9fa48("594") ? tau2 - adj : (stryCov_9fa48("594"), tau2 + adj)) < 0)) stryMutAct_9fa48("595") ? adj *= 2 : (stryCov_9fa48("595"), adj /= 2);
          stryMutAct_9fa48("596") ? tau2 -= adj : (stryCov_9fa48("596"), tau2 += adj);
          if (stryMutAct_9fa48("600") ? Math.abs(adj) > threshold : stryMutAct_9fa48("599") ? Math.abs(adj) < threshold : stryMutAct_9fa48("598") ? false : stryMutAct_9fa48("597") ? true : (stryCov_9fa48("597", "598", "599", "600"), Math.abs(adj) <= threshold)) break;
        }
      }
    }
    tau2 = stryMutAct_9fa48("601") ? Math.min(0, tau2) : (stryCov_9fa48("601"), Math.max(0, tau2));
    if (stryMutAct_9fa48("604") ? remlLogLikelihood(yi, vi, 0) - remlLogLikelihood(yi, vi, tau2) > 1.220703125e-4 || tau2 > threshold : stryMutAct_9fa48("603") ? false : stryMutAct_9fa48("602") ? true : (stryCov_9fa48("602", "603", "604"), (stryMutAct_9fa48("607") ? remlLogLikelihood(yi, vi, 0) - remlLogLikelihood(yi, vi, tau2) <= 1.220703125e-4 : stryMutAct_9fa48("606") ? remlLogLikelihood(yi, vi, 0) - remlLogLikelihood(yi, vi, tau2) >= 1.220703125e-4 : stryMutAct_9fa48("605") ? true : (stryCov_9fa48("605", "606", "607"), (stryMutAct_9fa48("608") ? remlLogLikelihood(yi, vi, 0) + remlLogLikelihood(yi, vi, tau2) : (stryCov_9fa48("608"), remlLogLikelihood(yi, vi, 0) - remlLogLikelihood(yi, vi, tau2))) > 1.220703125e-4)) && (stryMutAct_9fa48("611") ? tau2 <= threshold : stryMutAct_9fa48("610") ? tau2 >= threshold : stryMutAct_9fa48("609") ? true : (stryCov_9fa48("609", "610", "611"), tau2 > threshold)))) tau2 = 0;
    return stryMutAct_9fa48("612") ? {} : (stryCov_9fa48("612"), {
      tau2,
      iterations,
      converged: stryMutAct_9fa48("613") ? false : (stryCov_9fa48("613"), true)
    });
  }
}