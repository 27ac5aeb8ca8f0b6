/**
 * Each consistency rule of src/data/consistency on small hand-written records: a record that adds up yields no
 * note, one that does not yields exactly the note written out below (file, JSON path, what is reported, what it
 * computes to, the sentence readers see). The arithmetic in the expectations is done by hand in the comments.
 * test/data/consistency.test.ts checks the same rules on the real data against the seeds.
 */
import { describe, expect, it } from 'vitest';
import { armsVsTotal } from '../../src/data/consistency/armsVsTotal';
import { printedDecimals, roundTo } from '../../src/data/consistency/decimals';
import { percentVsCount } from '../../src/data/consistency/percentVsCount';
import { quotedDifference } from '../../src/data/consistency/quotedDifference';
import { reviewArithmetic } from '../../src/data/consistency/reviewArithmetic';
import { sharesVsWhole } from '../../src/data/consistency/sharesVsWhole';
import { ReviewFacts, Study } from '../../src/schemas';
import { rawData } from '../sof/refs';

const P = { source: '004_3f1b4d3cd350fd36.txt', locator: 'Table 1', quote: 'fixture' };
const FILE = 'data/studies/s.json';
type G = { id: string; role?: string; n?: number };
type O = { id: string; group: string; value: number | 'not reached'; unit?: string; printed?: string; measure?: string; n?: number; count?: number };

function study(parts: { groups: G[]; outcomes?: O[]; comparisons?: object[]; totalPatients?: number }) {
  const base = rawData('studies/mayo-2011');
  return Study.parse({
    id: 's',
    label: 'Study s',
    summary: base.summary,
    design: base.design,
    inReviewTable1: false,
    citation: base.citation,
    groups: parts.groups.map((g) => ({ id: g.id, label: `Label ${g.id}`, role: g.role ?? 'arm', ...(g.n !== undefined ? { n: g.n } : {}), provenance: P })),
    outcomes: (parts.outcomes ?? []).map((o) => ({
      measure: 'overall-survival',
      statistic: o.value === 'not reached' ? 'median' : 'proportion',
      unit: 'percent',
      printed: String(o.value),
      provenance: P,
      ...o,
    })),
    comparisons: parts.comparisons ?? [],
    ...(parts.totalPatients !== undefined ? { totalPatients: { value: parts.totalPatients, provenance: P } } : {}),
  });
}

describe('decimals', () => {
  it('counts the decimals the value was printed with, else those of the number', () => {
    expect(printedDecimals(84.2, '91 (84.2%)')).toBe(1);
    expect(printedDecimals(84, '84.0%')).toBe(1);
    expect(printedDecimals(84, '91 (84%)')).toBe(0);
    expect(printedDecimals(5, '2.5 or 5.00')).toBe(2);
    expect(printedDecimals(-1.5, 'a fall of 1.5')).toBe(1);
    expect(printedDecimals(2.25)).toBe(2);
    expect(printedDecimals(-7)).toBe(0);
    expect(printedDecimals(3.5, 'printed otherwise')).toBe(1);
  });
  it('rounds half away from zero', () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
    expect(roundTo(0.5, 0)).toBe(1);
    expect(roundTo(-0.5, 0)).toBe(-1);
    expect(roundTo(84.259259, 1)).toBe(84.3);
    expect(roundTo(12.34, 0)).toBe(12);
  });
});

describe('armsVsTotal', () => {
  it('arms 10 + 15 + 14 = 39 against a printed total of 40: one note (the whole cohort is not an arm)', () => {
    const s = study({ groups: [{ id: 'a', n: 10 }, { id: 'w', role: 'whole-cohort', n: 99 }, { id: 'b', n: 15 }, { id: 'c', n: 14 }], totalPatients: 40 });
    expect(armsVsTotal(s, FILE)).toStrictEqual([
      {
        id: 'arms-vs-total/s',
        kind: 'arms-vs-total',
        record: 'study/s',
        file: FILE,
        path: '$.totalPatients.value',
        reported: 'total 40 patients',
        computed: 'arms 10 + 15 + 14 = 39',
        message: 'The source reports a total of 40 patients, but its treatment arms add up to 39 (10 + 15 + 14 = 39). Both are shown as printed.',
      },
    ]);
  });
  it('two arms are enough to compare; arms that add up, one arm, an arm without n or no total: no note', () => {
    expect(armsVsTotal(study({ groups: [{ id: 'a', n: 10 }, { id: 'b', n: 5 }], totalPatients: 16 }), FILE).map((n) => n.computed)).toEqual(['arms 10 + 5 = 15']);
    expect(armsVsTotal(study({ groups: [{ id: 'a', n: 10 }, { id: 'b', n: 5 }, { id: 'w', role: 'whole-cohort', n: 1 }], totalPatients: 15 }), FILE)).toEqual([]);
    expect(armsVsTotal(study({ groups: [{ id: 'a', n: 10 }, { id: 'w', role: 'whole-cohort', n: 5 }], totalPatients: 15 }), FILE)).toEqual([]);
    expect(armsVsTotal(study({ groups: [{ id: 'a', n: 10 }, { id: 'b' }], totalPatients: 15 }), FILE)).toEqual([]);
    expect(armsVsTotal(study({ groups: [{ id: 'a' }, { id: 'b', n: 10 }], totalPatients: 15 }), FILE)).toEqual([]);
    expect(armsVsTotal(study({ groups: [{ id: 'a', n: 10 }, { id: 'b', n: 5 }] }), FILE)).toEqual([]);
  });
});

describe('percentVsCount', () => {
  it('84.2% printed for 91 of 108 (91 / 108 = 84.259%, rounds to 84.3%): one note at the outcome\'s path', () => {
    const s = study({
      groups: [{ id: 'a', n: 108 }, { id: 'b', n: 20 }],
      outcomes: [
        { id: 'months', group: 'a', value: 12, unit: 'months', count: 3 },
        { id: 'lds', group: 'a', value: 84.2, printed: '91 (84.2%)', count: 91 },
        // 5 of its own n = 10 is 50%; of the group's 20 it would be 25%.
        { id: 'own-n', group: 'b', value: 50, count: 5, n: 10 },
        // 140 / 172 = 81.395%, rounds to 81.4% as printed.
        { id: 'ok', group: 'x', value: 81.4, count: 140, n: 172 },
        { id: 'no-count', group: 'a', value: 10 },
        { id: 'no-n', group: 'x', value: 10, count: 1 },
        { id: 'nr', group: 'a', value: 'not reached', count: 1 },
      ],
    });
    expect(percentVsCount(s, FILE)).toStrictEqual([
      {
        id: 'percent-vs-count/s/lds',
        kind: 'percent-vs-count',
        record: 'study/s',
        file: FILE,
        path: '$.outcomes[1].value',
        reported: '84.2% (91 of 108)',
        computed: '91 / 108 = 84.259%, which rounds to 84.3%',
        message: 'The source prints 84.2% for 91 of 108; 91 / 108 is 84.259%, which rounds to 84.3%. The printed value is kept.',
      },
    ]);
  });
  it('the printed precision decides: "84.0%" for 91 of 108 is noted at one decimal, "84%" for 84 of 100 is not', () => {
    const s = study({
      groups: [{ id: 'a', n: 108 }, { id: 'b', n: 100 }],
      outcomes: [
        { id: 'one-decimal', group: 'a', value: 84, printed: '84.0%', count: 91 },
        { id: 'whole', group: 'b', value: 84, printed: '84%', count: 84 },
        // 1 / 8 = 12.5%, printed 13%: rounding half up agrees.
        { id: 'half', group: 'x', value: 13, printed: '13%', count: 1, n: 8 },
      ],
    });
    expect(percentVsCount(s, FILE).map((n) => [n.path, n.computed])).toEqual([['$.outcomes[0].value', '91 / 108 = 84.259%, which rounds to 84.3%']]);
  });
});

describe('quotedDifference', () => {
  const comparison = (id: string, outcomes: string[], value?: number, printed = `${value}%`) => ({
    id,
    outcomes,
    description: 'd',
    ...(value !== undefined ? { reportedDifference: { value, printed } } : {}),
    provenance: P,
  });
  it('76% vs 60% quoted as a difference of 15.3%: one note in percentage points', () => {
    const s = study({
      groups: [{ id: 'a' }, { id: 'b' }],
      outcomes: [
        { id: 'a-os', group: 'a', value: 76, printed: '76%' },
        { id: 'b-os', group: 'b', value: 60, printed: '60%' },
        { id: 'a-m', group: 'a', value: 40.5, unit: 'months', printed: '40.5 months' },
        { id: 'b-m', group: 'b', value: 30, unit: 'months', printed: '30 months' },
        { id: 'nr', group: 'b', value: 'not reached', unit: 'months' },
      ],
      comparisons: [
        comparison('no-difference', ['a-os', 'b-os']),
        comparison('os', ['a-os', 'b-os'], 15.3),
        // |40.5 − 30| = 10.5 quoted as 11 months: compared at one decimal, 10.5 against 11.0.
        comparison('months', ['a-m', 'b-m'], 11, '11 months'),
        // Quoted the other way round (−16) and equal in size: no note.
        comparison('negative', ['b-os', 'a-os'], -16, '−16%'),
        comparison('three', ['a-os', 'b-os', 'a-m'], 3),
        comparison('one', ['a-os'], 3),
        comparison('unknown', ['a-os', 'none'], 3),
        comparison('unknown-first', ['none', 'a-os'], 3),
        comparison('not-reached', ['a-m', 'nr'], 3),
        comparison('not-reached-first', ['nr', 'a-m'], 3),
      ],
    });
    expect(quotedDifference(s, FILE)).toStrictEqual([
      {
        id: 'quoted-difference/s/os',
        kind: 'quoted-difference',
        record: 'study/s',
        file: FILE,
        path: '$.comparisons[1].reportedDifference.value',
        reported: 'difference 15.3%',
        computed: '76% vs 60%: |76 − 60| = 16 percentage points',
        message: 'The text quotes a difference of 15.3%, but the two values it compares (76% and 60%) differ by 16 percentage points.',
      },
      {
        id: 'quoted-difference/s/months',
        kind: 'quoted-difference',
        record: 'study/s',
        file: FILE,
        path: '$.comparisons[2].reportedDifference.value',
        reported: 'difference 11 months',
        computed: '40.5 months vs 30 months: |40.5 − 30| = 10.5 months',
        message: 'The text quotes a difference of 11 months, but the two values it compares (40.5 months and 30 months) differ by 10.5 months.',
      },
    ]);
  });
  it('a difference that agrees at the precision printed is not noted (16.0 quoted for 76.0 vs 60; 15 for 75.4 vs 60.1 is noted)', () => {
    const s = study({
      groups: [{ id: 'a' }, { id: 'b' }],
      outcomes: [
        { id: 'a', group: 'a', value: 76, printed: '76.0%' },
        { id: 'b', group: 'b', value: 60, printed: '60%' },
        { id: 'c', group: 'a', value: 75.4, printed: '75.4%' },
        { id: 'd', group: 'b', value: 60.1, printed: '60.1%' },
      ],
      comparisons: [comparison('agrees', ['a', 'b'], 16, '16%'), comparison('rounded', ['c', 'd'], 15, '15%')],
    });
    // |75.4 − 60.1| = 15.3 at one decimal (the values' precision) is not 15.0.
    expect(quotedDifference(s, FILE).map((n) => n.computed)).toEqual(['75.4% vs 60.1%: |75.4 − 60.1| = 15.3 percentage points']);
  });
});

describe('sharesVsWhole', () => {
  it('procedure shares 79 + 3 + 19 = 101% of one cohort: one note; shares adding to 100 (after rounding) or alone: none', () => {
    const share = (id: string, group: string, value: number, more: Partial<O> = {}): O => ({ id, group, value, measure: 'procedure-share', ...more });
    const s = study({
      groups: [{ id: 'a' }, { id: 'w', role: 'whole-cohort' }, { id: 'b' }],
      outcomes: [
        { id: 'os', group: 'w', value: 50 },
        share('resection', 'w', 79),
        share('ablation', 'w', 3),
        share('both', 'w', 19),
        share('a1', 'a', 33.3),
        share('a2', 'a', 33.3),
        share('a3', 'a', 33.4),
        share('alone', 'b', 40),
        share('months', 'b', 30, { unit: 'months' }),
        share('g1', 'ghost', 60),
        share('g2', 'ghost', 30),
        share('nr', 'a', 0, { value: 'not reached' }),
      ],
    });
    expect(sharesVsWhole(s, FILE)).toStrictEqual([
      {
        id: 'parts-vs-whole/s/w',
        kind: 'parts-vs-whole',
        record: 'study/s',
        file: FILE,
        path: '$.outcomes[1].value',
        reported: 'shares 79%, 3%, 19% of Label w',
        computed: '79 + 3 + 19 = 101%',
        message: 'The shares of patients by procedure in "Label w" add up to 101%, not 100% (79 + 3 + 19); probably rounding in the source. Shown as printed.',
      },
      {
        id: 'parts-vs-whole/s/ghost',
        kind: 'parts-vs-whole',
        record: 'study/s',
        file: FILE,
        path: '$.outcomes[9].value',
        reported: 'shares 60%, 30% of ghost',
        computed: '60 + 30 = 90%',
        message: 'The shares of patients by procedure in "ghost" add up to 90%, not 100% (60 + 30); probably rounding in the source. Shown as printed.',
      },
    ]);
  });
});

describe('reviewArithmetic', () => {
  const count = (value: number) => ({ value, provenance: P });
  const item = (label: string, value: number, more: object = {}) => ({ label, count: count(value), ...more });
  const review = (flow: { identified: number; screened: [number, number[]]; retained: number; eligibility: [number, number[]]; included: number }, lists: { designs?: object[]; countries?: object[]; reporting?: object[] } = {}) =>
    ReviewFacts.parse({
      ...rawData('review'),
      flow: {
        ...rawData('review').flow,
        identified: count(flow.identified),
        excludedAtScreening: { total: count(flow.screened[0]), reasons: flow.screened[1].map((n, i) => item(`screening reason ${i}`, n)) },
        retainedAfterScreening: count(flow.retained),
        excludedAtEligibility: { total: count(flow.eligibility[0]), reasons: flow.eligibility[1].map((n, i) => item(`eligibility reason ${i}`, n)) },
        included: count(flow.included),
      },
      designs: lists.designs ?? [item('Cohort', 4), item('Series', 6)],
      countries: lists.countries ?? [item('Europe', 7, { parts: [item('France', 4), item('Italy', 3)] }), item('USA', 3)],
      reporting: lists.reporting ?? [item('All', 10, { percent: 100 })],
    });
  const F = 'data/review.json';

  it('a flow, lists and percentages that add up: no note', () => {
    // 100 − 60 = 40 retained, 40 − 30 = 10 included; reasons 35 + 25 = 60 and 10 + 20 = 30; designs 4 + 6, countries 7 + 3 = 10;
    // 1 of 8 = 12.5% prints as 13% (half away from zero); 1 of 10 is 10%.
    const ok = review(
      { identified: 100, screened: [60, [35, 25]], retained: 40, eligibility: [30, [10, 20]], included: 10 },
      { reporting: [item('All', 10, { percent: 100 }), item('One', 1, { percent: 10 }), item('No percent', 3)] },
    );
    expect(reviewArithmetic(ok, F)).toEqual([]);
  });

  it('the review as stored: 1594 − 1467 = 127 (128 printed) and 128 − 78 = 50 (38 printed)', () => {
    expect(reviewArithmetic(ReviewFacts.parse(rawData('review')), F)).toStrictEqual([
      {
        id: 'flow-arithmetic/review/retained-after-screening',
        kind: 'flow-arithmetic',
        record: 'review',
        file: F,
        path: '$.flow.retainedAfterScreening.value',
        reported: '128 records retained after screening',
        computed: '1594 − 1467 = 127',
        message: 'The flow diagram retains 128 records after screening, but 1594 identified minus 1467 excluded is 127.',
      },
      {
        id: 'flow-arithmetic/review/included',
        kind: 'flow-arithmetic',
        record: 'review',
        file: F,
        path: '$.flow.included.value',
        reported: '38 studies included',
        computed: '128 − 78 = 50',
        message: 'The flow diagram includes 38 studies, but 128 assessed minus 78 excluded is 50.',
      },
    ]);
  });

  it('reasons, lists, parts and percentages that do not add up: one note each, with its path', () => {
    const bad = review(
      // Screening reasons 30 + 20 = 50, not 60; eligibility reasons 10 + 15 = 25, not 30.
      { identified: 100, screened: [60, [30, 20]], retained: 40, eligibility: [30, [10, 15]], included: 10 },
      {
        designs: [item('Cohort', 4), item('Series', 5)],
        countries: [item('Europe', 7, { parts: [item('France', 4), item('Italy', 2)] }), item('USA', 3, { parts: [item('Ohio', 3)] })],
        reporting: [item('Three', 3, { percent: 33 }), item('One', 1, { percent: 10 })],
      },
    );
    expect(reviewArithmetic(bad, F)).toStrictEqual([
      {
        id: 'flow-arithmetic/review/excludedAtScreening',
        kind: 'flow-arithmetic',
        record: 'review',
        file: F,
        path: '$.flow.excludedAtScreening.total.value',
        reported: '60 excluded',
        computed: 'reasons 30 + 20 = 50',
        message: 'The exclusion reasons add up to 50, not the 60 printed as their total.',
      },
      {
        id: 'flow-arithmetic/review/excludedAtEligibility',
        kind: 'flow-arithmetic',
        record: 'review',
        file: F,
        path: '$.flow.excludedAtEligibility.total.value',
        reported: '30 excluded',
        computed: 'reasons 10 + 15 = 25',
        message: 'The exclusion reasons add up to 25, not the 30 printed as their total.',
      },
      {
        id: 'parts-vs-whole/review/designs',
        kind: 'parts-vs-whole',
        record: 'review',
        file: F,
        path: '$.designs',
        reported: '10 included studies',
        computed: '4 + 5 = 9',
        message: 'The designs listed add up to 9 studies, not the 10 included.',
      },
      {
        id: 'parts-vs-whole/review/countries-0',
        kind: 'parts-vs-whole',
        record: 'review',
        file: F,
        path: '$.countries[0].count.value',
        reported: 'Europe: 7',
        computed: '4 + 2 = 6',
        message: 'The parts of "Europe" add up to 6, not 7.',
      },
      {
        id: 'percent-vs-count/review/reporting-0-percent',
        kind: 'percent-vs-count',
        record: 'review',
        file: F,
        path: '$.reporting[0].percent',
        reported: '3 studies (33%)',
        computed: '3 / 10 = 30.0%',
        message: '3 of 10 studies is 30.0%, not the 33% printed.',
      },
    ]);
  });

  it('percentages of designs and countries are checked too', () => {
    const r = review(
      { identified: 100, screened: [60, [35, 25]], retained: 40, eligibility: [30, [10, 20]], included: 10 },
      { designs: [item('Cohort', 4, { percent: 40 }), item('Series', 6, { percent: 50 })], countries: [item('Europe', 10, { percent: 90 })] },
    );
    expect(reviewArithmetic(r, F).map((n) => [n.id, n.path, n.computed])).toEqual([
      ['percent-vs-count/review/designs-1-percent', '$.designs[1].percent', '6 / 10 = 60.0%'],
      ['percent-vs-count/review/countries-0-percent', '$.countries[0].percent', '10 / 10 = 100.0%'],
    ]);
  });
});
