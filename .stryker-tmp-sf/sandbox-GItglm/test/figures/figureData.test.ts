// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getEvidence } from '../../src/data/site';
import { allFigures, figureBySlug } from '../../src/components/figure/figureRegistry';
import { notReconciled } from '../../src/components/figure/figures/prismaFlowFigure';
import { armLandmarks, pooledResectionSurvival, prismaFlowData, resectionVsComparator, survivalTimes, toCsv } from '../../src/lib/figures';
import { expectClose } from '../helpers/expectClose';
import { reference } from '../lib/stats/referenceFixture';

const ev = getEvidence();
const rdRef = JSON.parse(readFileSync(new URL('../fixtures/charts/rd-reference.json', import.meta.url), 'utf8'));
const plogis = (x: number) => 1 / (1 + Math.exp(-x));

describe('figure 1: landmark OS by arm', () => {
  const rows = armLandmarks(ev, [5, 3]);
  it('takes only arms of Table 1 studies and recomputes the approximate events from % and n', () => {
    const t1 = new Set(ev.studies.filter((s) => s.inReviewTable1).map((s) => s.id));
    for (const r of rows) {
      expect(t1.has(r.studyId)).toBe(true);
      expect(r.events).toBe(Math.floor((r.percent / 100) * r.n + 0.5));
      expect(r.lower).toBeLessThanOrEqual(r.percent / 100);
      expect(r.upper).toBeGreaterThanOrEqual(r.percent / 100);
    }
  });
  it('matches R prop.test Wilson intervals where the fixture has the same x and n', () => {
    for (const w of reference.wilson) {
      const r = w.level === 0.95 ? rows.find((a) => a.events === w.x && a.n === w.n) : undefined;
      if (!r) continue;
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
    for (const r of rows) {
      if (r.notReached) expect(r.months).toBeNull();
      if (r.reportedUnit === 'years') expectClose(r.months!, r.reportedValue! * 12, 1e-9);
    }
    expect(rows.some((r) => r.notReached)).toBe(true);
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
  it('marks exactly the totals named by the flow-arithmetic notes', () => {
    const rows = prismaFlowData(ev);
    const notes = ev.notes.filter((n) => n.kind === 'flow-arithmetic');
    expect(rows.filter((r) => !r.reconciles).map((r) => r.computed).sort()).toEqual(notes.map((n) => n.computed).sort());
  });

  it('caption counts the unreconciled totals in words, never as a digit after "Figure 1." (read as "Figure 1.2")', () => {
    const caption = figureBySlug(ev, 'prisma-flow').caption.join(' ');
    const k = prismaFlowData(ev).filter((r) => !r.reconciles).length;
    expect(caption).not.toMatch(/Figure 1\.\s*\d/);
    if (k === 2) expect(caption).toContain('Two counts do not reconcile with the counts above them');
    expect(notReconciled(1)).toBe('One count does not reconcile with the count above it');
    expect(notReconciled(3)).toBe('Three counts do not reconcile with the counts above them');
    expect(notReconciled(1234)).toBe('Counts that do not reconcile with the counts above them: 1,234');
  });
});

describe('every figure', () => {
  for (const f of allFigures(ev)) {
    it(`${f.slug}: CSV has a header and one line per JSON row; credits name a locator`, () => {
      const lines = toCsv(f.table).trimEnd().split('\n');
      expect(lines[0]).toBe(f.table.columns.map((c) => c.key).join(','));
      expect(f.json.rows).toBe(f.table.rows.length);
      expect(lines.length - 1).toBeGreaterThanOrEqual(f.table.rows.length); // quoted newlines could add lines
      expect(f.credits.length).toBeGreaterThan(0);
      for (const c of f.credits) expect(c.locator.length).toBeGreaterThan(0);
    });
    it(`${f.slug}: both layouts are accessible SVG with distinct ids`, () => {
      const wide = f.chart('wide');
      const narrow = f.chart('narrow');
      expect(wide).toContain(`<title id="${f.slug}-wide-title">`);
      expect(narrow).toContain(`<title id="${f.slug}-narrow-title">`);
    });
  }
  it('pooled JSON downloads hold the names the issue asks for', () => {
    for (const slug of ['resection-vs-comparator-rd', 'pooled-five-year-os-resection']) {
      const j = allFigures(ev).find((f) => f.slug === slug)!.json as Record<string, unknown>;
      expect(j.method).toBe('REML');
      expect(['RD', 'PLO']).toContain(j.measure);
      expect(Object.keys(j.pooled as object).sort()).toEqual(['ci_lb', 'ci_ub', 'estimate', 'i2', 'k', 'pi_lb', 'pi_ub', 'q', 'tau2']);
      for (const s of j.studies as Record<string, unknown>[]) expect(Object.keys(s).sort()).toEqual(j.measure === 'RD' ? ['ai', 'ci', 'label', 'n1i', 'n2i'] : ['label', 'ni', 'xi']);
    }
  });
});
