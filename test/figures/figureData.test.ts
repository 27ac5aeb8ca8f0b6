import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getEvidence } from '../../src/data/site';
import { allFigures, figureBySlug } from '../../src/figures/registry';
import { notReconciled } from '../../src/figures/prismaFlowFigure';
import { armLandmarks, pooledResectionSurvival, prismaFlowData, resectionVsComparator, survivalTimes } from '../../src/figures/derive';
import { tableCsv } from '../../src/data/export';
import { figureChart } from '../../src/components/figure/drawFigure';
import { expectClose } from '../helpers/expectClose';
import { reference } from '../lib/stats/referenceFixture';
import { EXPECTED_ROWS } from './expectedRows';

const ev = getEvidence();
const rdRef = JSON.parse(readFileSync(new URL('../fixtures/charts/rd-reference.json', import.meta.url), 'utf8'));
const plogis = (x: number) => 1 / (1 + Math.exp(-x));

describe('figure 1: landmark OS by arm', () => {
  const rows = armLandmarks(ev, [5, 3]);
  it('takes the arms of Table 1 studies with a landmark OS and the approximate events from % and n', () => {
    // Table 1 of the review (seed 004) as printed: percent and arm size; events = percent × n / 100 rounded half
    // up, worked by hand (e.g. Mayo 74% × 339 = 250.86 -> 251; Chamberlain 50% × 33 = 16.5 -> 17).
    const expected = [
      'mayo-2011 74% of 339 = 251', 'mayo-2011 30% of 414 = 124',
      'yao-2011 70% of 16 = 11', 'yao-2011 40% of 20 = 8',
      'landry-2008 75% of 23 = 17', 'landry-2008 62% of 31 = 19',
      'musunuru-2006 83% of 13 = 11', 'musunuru-2006 31% of 18 = 6', 'musunuru-2006 31% of 17 = 5',
      'touzios-2005 72% of 19 = 14', 'touzios-2005 50% of 18 = 9', 'touzios-2005 25% of 23 = 6',
      'chamberlain-2000 76% of 34 = 26', 'chamberlain-2000 50% of 33 = 17', 'chamberlain-2000 39% of 18 = 7',
      'chen-1998 73% of 15 = 11', 'chen-1998 29% of 23 = 7',
    ];
    expect(rows.map((r) => `${r.studyId} ${r.percent}% of ${r.n} = ${r.events}`).sort()).toEqual(expected.sort());
    for (const r of rows) {
      expect(r.lower).toBeLessThanOrEqual(r.percent / 100);
      expect(r.upper).toBeGreaterThanOrEqual(r.percent / 100);
    }
  });
  it('matches R prop.test Wilson intervals where the fixture has the same x and n', () => {
    const matched = reference.wilson.flatMap((w) => (w.level === 0.95 ? rows.filter((a) => a.events === w.x && a.n === w.n).map((r) => ({ r, w })) : []));
    // The fixture (test/fixtures/stats/make-fixtures.R) holds R's intervals for two arms of this figure: Mayo's and
    // Landry's resection arms (251/339 and 17/23 above).
    expect(matched.map(({ w }) => `${w.x}/${w.n}`).sort()).toEqual(['17/23', '251/339']);
    for (const { r, w } of matched) {
      expectClose(r.lower, w.lower, 1e-6, `${w.x}/${w.n} lower`);
      expectClose(r.upper, w.upper, 1e-6, `${w.x}/${w.n} upper`);
    }
  });
});

describe('figure 2: resection vs comparator risk differences', () => {
  const { rows, pooled } = resectionVsComparator(ev);
  const inPool = rows.filter((r) => r.pooled);
  it('pools one comparator per study, the inputs of the R reference (half-up rounding)', () => {
    expect(inPool.map((r) => r.studyLabel)).toEqual(rdRef.inputs.labels);
    expect(inPool.map((r) => [r.ai, r.n1i, r.ci, r.n2i])).toEqual(rdRef.inputs.labels.map((_: string, i: number) => [rdRef.inputs.ai[i], rdRef.inputs.n1i[i], rdRef.inputs.ci[i], rdRef.inputs.n2i[i]]));
  });
  it('differs from the stats fixture only where R rounds a half to even (Chamberlain 16.5)', () => {
    const statsCase = reference.meta.find((m) => m.id === 'rd-os5-REML')!;
    const ciByLabel = new Map(statsCase.inputs.ci!.map((c, i) => [['Mayo 2011', 'Landry 2008', 'Touzios 2005', 'Yao 2011', 'Chamberlain 2000', 'Chen 1998'][i], c]));
    for (const r of inPool) {
      const half = reference.rounding.find((x) => x.n === r.n2i && x.half_up === r.ci && x.differs);
      expect(r.ci, r.studyLabel).toBe(half ? half.half_up : ciByLabel.get(r.studyLabel));
    }
  });
  it('matches metafor rma(measure = "RD", method = "REML") and its t(k-2) prediction interval to 1e-4', () => {
    inPool.forEach((r, i) => {
      expectClose(r.rd, rdRef.yi[i], 1e-10, `yi ${r.studyLabel}`);
      expectClose(r.lower, rdRef.ci_lb_i[i], 1e-6, `ci_lb ${r.studyLabel}`);
      expectClose(r.upper, rdRef.ci_ub_i[i], 1e-6, `ci_ub ${r.studyLabel}`);
      expectClose(r.weight!, rdRef.weights[i], 1e-4, `weight ${r.studyLabel}`);
    });
    for (const k of ['estimate', 'ci_lb', 'ci_ub', 'pi_lb', 'pi_ub', 'tau2', 'i2', 'q'] as const) expectClose(pooled![k], rdRef[k], 1e-4, k);
    expect(pooled!.k).toBe(rdRef.k);
  });
  it('shows non-pooled comparators without weight', () => {
    for (const r of rows.filter((x) => !x.pooled)) expect(r.weight).toBeNull();
  });
});

describe('figure 3: pooled 5-year OS after resection', () => {
  const { rows, pooled } = pooledResectionSurvival(ev);
  const ref = reference.meta.find((m) => m.id === 'plo-os5-REML')!;
  it('pools the inputs of the R reference', () => {
    // Same studies as the fixture (its order: Mayo, Landry, Touzios, Yao, Chamberlain, Chen); ours is newest first.
    const pairs = (xi: number[], ni: number[]) => xi.map((x, i) => `${x}/${ni[i]}`).sort();
    expect(pairs(rows.map((r) => r.xi), rows.map((r) => r.ni))).toEqual(pairs(ref.inputs.xi!, ref.inputs.ni!));
  });
  it('back-transforms like predict(res, transf = transf.ilogit); PI = t(k-2) back-transformed', () => {
    expectClose(pooled!.estimate, ref.backTransformed!.pred, 1e-4, 'estimate');
    expectClose(pooled!.ci_lb, ref.backTransformed!.ci_lb, 1e-4, 'ci_lb');
    expectClose(pooled!.ci_ub, ref.backTransformed!.ci_ub, 1e-4, 'ci_ub');
    expectClose(pooled!.pi_lb, plogis(ref.pi_riley_lb), 1e-4, 'pi_lb');
    expectClose(pooled!.pi_ub, plogis(ref.pi_riley_ub), 1e-4, 'pi_ub');
  });
});

describe('figure 4: survival times', () => {
  const rows = survivalTimes(ev);
  it('never gives a number to a median not reached, and converts years × 12 keeping the reported value', () => {
    // As the sources print them: three medians not reached (Saxena's radioembolization arm, two PSD subgroups) and
    // three times in years (9.64, 3.9, 1.6), worked by hand into months.
    expect(rows.filter((r) => r.notReached).map((r) => [r.studyId, r.months])).toEqual([
      ['saxena-2012', null],
      ['psd-debulking-cohort', null],
      ['psd-debulking-cohort', null],
    ]);
    const years = rows.filter((r) => r.reportedUnit === 'years').map((r) => [r.reportedValue, r.months]);
    expect(years).toHaveLength(3);
    for (const [[value, months], expected] of years.map((y, i) => [y, [[9.64, 115.68], [3.9, 46.8], [1.6, 19.2]][i]!] as const)) {
      expect(value).toBe(expected[0]);
      expectClose(months!, expected[1]!, 1e-9, `${value} years`);
    }
  });
  it('carries the reported CIs of the subgroups that print them', () => {
    for (const s of ev.studies)
      for (const o of s.outcomes.filter((x) => x.ci && x.measure === 'overall-survival' && x.unit === 'months')) {
        const r = rows.find((x) => x.studyId === s.id && x.groupId === o.group)!;
        expect([r.lower, r.upper]).toEqual([o.ci!.lower, o.ci!.upper]);
      }
  });
});

describe('figure 6: PRISMA counts', () => {
  it('marks exactly the two totals that do not reconcile', () => {
    // Figure 1 of the review (seed 004), by hand: 1594 − 1467 = 127 (printed 128); 128 − 78 = 50 (printed 38).
    const rows = prismaFlowData(ev);
    expect(rows.filter((r) => !r.reconciles).map((r) => [r.reported, r.computed])).toEqual([
      [128, '1594 − 1467 = 127'],
      [38, '128 − 78 = 50'],
    ]);
  });

  it('caption counts the unreconciled totals in words, never as a digit after "Figure 1." (read as "Figure 1.2")', () => {
    const caption = figureBySlug(ev, 'prisma-flow').caption.join(' ');
    expect(caption).not.toMatch(/Figure 1\.\s*\d/);
    // Two counts do not reconcile (the test above).
    expect(caption).toContain('Two counts do not reconcile with the counts above them');
    expect(notReconciled(1)).toBe('One count does not reconcile with the count above it');
    expect(notReconciled(3)).toBe('Three counts do not reconcile with the counts above them');
    expect(notReconciled(1234)).toBe('Counts that do not reconcile with the counts above them: 1,234');
  });
});

describe('every figure', () => {
  it('is one of the figures whose rows were counted', () => expect(allFigures(ev).map((f) => f.slug).sort()).toEqual(Object.keys(EXPECTED_ROWS).sort()));
  for (const f of allFigures(ev)) {
    it(`${f.slug}: CSV has a header and the rows counted from the sources; the JSON says as many; credits name a locator`, () => {
      const csv = Papa.parse<string[]>(tableCsv(f.table), { skipEmptyLines: true });
      expect(csv.errors).toEqual([]);
      expect(csv.data[0]).toEqual(f.table.columns.map((c) => c.key));
      expect(csv.data.length - 1).toBe(EXPECTED_ROWS[f.slug]);
      expect(f.json.rows).toBe(EXPECTED_ROWS[f.slug]);
      expect(f.credits.length).toBeGreaterThan(0);
      for (const c of f.credits) expect(c.locator.length).toBeGreaterThan(0);
    });
    it(`${f.slug}: both layouts are accessible SVG with distinct ids`, () => {
      const wide = figureChart(f, 'wide').svg;
      const narrow = figureChart(f, 'narrow').svg;
      expect(wide).toContain(`<title id="${f.slug}-wide-title">`);
      expect(narrow).toContain(`<title id="${f.slug}-narrow-title">`);
    });
  }
  it('pooled JSON downloads hold the names the issue asks for', () => {
    for (const slug of ['resection-vs-comparator-rd', 'pooled-five-year-os-resection']) {
      const j = allFigures(ev).find((f) => f.slug === slug)!.json as Record<string, unknown>;
      expect(j.method).toBe('REML');
      expect(['RD', 'PLO']).toContain(j.measure);
      expect(Object.keys(j.pooled as object).sort()).toEqual(['ci_lb', 'ci_ub', 'estimate', 'i2', 'k', 'knha', 'leave_one_out', 'pi_lb', 'pi_ub', 'pval', 'q', 'tau2', 'zval']);
      // metafor's names, plus the ids that trace each study's counts to data/ (test/values/downloads.test.ts).
      for (const s of j.studies as Record<string, unknown>[])
        expect(Object.keys(s).sort()).toEqual(j.measure === 'RD' ? ['ai', 'ci', 'comparator_outcome_id', 'label', 'n1i', 'n2i', 'resection_outcome_id', 'study_id'] : ['group_id', 'label', 'ni', 'outcome_id', 'study_id', 'xi']);
    }
  });
});

/**
 * The robustness fields of the pooled JSON against metafor (test/fixtures/values/make-figure-reference.R, block
 * `sensitivity`): leave1out(res) per omitted study and update(res, test = "knha"), to 1e-4 (in percent / points).
 */
describe('pooled JSON robustness fields match metafor', () => {
  const ref = JSON.parse(readFileSync(new URL('../fixtures/values/figure-reference.json', import.meta.url), 'utf8'));
  for (const [slug, key] of [['resection-vs-comparator-rd', 'rdPool'], ['pooled-five-year-os-resection', 'ploPool']] as const)
    it(`${slug}: leave_one_out and knha`, () => {
      const pooled = (allFigures(ev).find((f) => f.slug === slug)!.json as { pooled: { leave_one_out: Record<string, number>[]; knha: Record<string, number>; zval: number; pval: number } }).pooled;
      const s = ref[key].sensitivity;
      const loo = Object.values(s.leave_one_out) as Record<string, number>[];
      expect(pooled.leave_one_out).toHaveLength(loo.length);
      // R orders the studies as data/ lists them; match each entry by its estimate's omitted study through the fixture's order.
      const sorted = (xs: Record<string, number>[]) => [...xs].sort((a, b) => a.estimate! - b.estimate!);
      sorted(pooled.leave_one_out).forEach((e, i) => {
        const r = sorted(loo)[i]!;
        for (const f of ['estimate', 'ci_lb', 'ci_ub'] as const) expect(Math.abs(e[f]! * 100 - r[f]!), f).toBeLessThan(1e-4);
        expect(Math.abs(e.tau2! - r.tau2!)).toBeLessThan(1e-4);
        expect(Math.abs(e.i2! - r.i2!)).toBeLessThan(1e-4);
      });
      for (const f of ['estimate', 'ci_lb', 'ci_ub'] as const) expect(Math.abs(pooled.knha[f]! * 100 - s.knha[f]), f).toBeLessThan(1e-4);
      expect(Math.abs(pooled.zval - ref[key].zval)).toBeLessThan(1e-4);
    });
});
