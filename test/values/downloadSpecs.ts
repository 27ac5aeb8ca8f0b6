/**
 * What each column of each download holds, written here from data/'s layout (not from src/): a function of the
 * row's ids that names the data/ value (`ref`), a derived number (`derived`, checked against R by
 * derivedValue.ts), or a value computed here (`equals`). A column the tests do not check is listed in `unchecked`
 * with the reason, so a new column fails until someone decides which it is.
 */
import { dataValue, hasDataValue, type DataValue } from './dataValue';
import { reference } from './derivedValue';

export type Row = Record<string, string | number | boolean | null>;
export type Expect =
  | { ref: string; optional?: boolean; map?: (v: DataValue) => DataValue }
  | { derived: string; refs: string[]; scale?: number }
  | { equals: DataValue | undefined };
export interface Spec {
  checks: Record<string, (row: Row, all: Row[]) => Expect | undefined>;
  unchecked: Record<string, string>;
}

const s = (v: unknown) => String(v ?? '');

const study = (r: Row) => `studies/${s(r.study_id)}#`;
const out = (r: Row, ...f: string[]) => `${study(r)}/outcomes/${s(r.outcome_id)}${f.length ? `/${f.join('/')}` : ''}`;
const ref = (r: string, optional = false): Expect => ({ ref: r, optional });
const joined = (r: string): Expect => ({ ref: r, optional: true, map: (v) => (Array.isArray(v) ? v.join('; ') : v) });
const prov = (base: (r: Row) => string): Spec['checks'] => ({
  source: (r) => ref(`${base(r)}/provenance/source`, true),
  locator: (r) => ref(`${base(r)}/provenance/locator`, true),
  quote: (r) => ref(`${base(r)}/provenance/quote`, true),
});

/** The inputs of one arm: its count if printed, else its percentage; its n (the outcome's, else the group's). */
export function armInputs(studyId: string, groupId: string, outcomeId: string): [string, string] {
  const o = `studies/${studyId}#/outcomes/${outcomeId}`;
  return [hasDataValue(`${o}/count`) ? `${o}/count` : `${o}/value`, hasDataValue(`${o}/n`) ? `${o}/n` : `studies/${studyId}#/groups/${groupId}/n`];
}
const armOf = (r: Row, prefix = '') => armInputs(s(r.study_id), s(r[`${prefix}group_id`]), s(r[`${prefix}outcome_id`]));
const events = (a: [string, string]): Expect => (a[0].endsWith('/count') ? ref(a[0]) : { derived: 'events', refs: a });
const years = (r: Row): Expect => (dataValue(out(r, 'timepoint', 'unit')) === 'months' ? { derived: 'per-12', refs: [out(r, 'timepoint', 'value')] } : ref(out(r, 'timepoint', 'value')));
const resectionKinds = ['liver-resection', 'liver-resection-with-ablation', 'cytoreduction', 'liver-directed-surgery'];

// ---- /data/ tables ----
export const dataTables: Record<string, Spec & { records: () => number }> = {
  'studies.csv': {
    records: () => 0,
    checks: {
      study_id: (r) => ref(`${study(r)}/id`),
      label: (r) => ref(`${study(r)}/label`),
      year_as_printed: (r) => ref(`${study(r)}/yearAsPrinted`, true),
      design: (r) => ref(`${study(r)}/design`, true),
      country: (r) => ref(`${study(r)}/country`, true),
      in_review_table_1: (r) => ref(`${study(r)}/inReviewTable1`),
      total_patients: (r) => ref(`${study(r)}/totalPatients/value`, true),
      ...prov((r) => `${study(r)}/totalPatients`),
      groups: (r) => ({ equals: (dataValue(`${study(r)}/groups`) as unknown[]).length }),
      outcomes: (r) => ({ equals: (dataValue(`${study(r)}/outcomes`) as unknown[]).length }),
      questions: (r) => joined(`${study(r)}/questions`),
      topics: (r) => joined(`${study(r)}/topics`),
      summary: (r) => ref(`${study(r)}/summary`),
    },
    unchecked: {},
  },
  'arms.csv': {
    records: () => 0,
    checks: {
      study_id: (r) => ref(`${study(r)}/id`),
      group_id: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/id`),
      label: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/label`),
      role: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/role`),
      treatment: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/treatment`, true),
      n: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/n`, true),
      ...prov((r) => `${study(r)}/groups/${s(r.group_id)}`),
      description: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/description`, true),
    },
    unchecked: {},
  },
  'outcomes.csv': {
    records: () => 0,
    checks: {
      study_id: (r) => ref(`${study(r)}/id`),
      outcome_id: (r) => ref(out(r, 'id')),
      group_id: (r) => ref(out(r, 'group')),
      measure: (r) => ref(out(r, 'measure')),
      statistic: (r) => ref(out(r, 'statistic')),
      timepoint: (r) => ref(out(r, 'timepoint', 'value'), true),
      timepoint_unit: (r) => ref(out(r, 'timepoint', 'unit'), true),
      value: (r) => ref(out(r, 'value')),
      unit: (r) => ref(out(r, 'unit'), true),
      printed: (r) => ref(out(r, 'printed')),
      qualifier: (r) => ref(out(r, 'qualifier'), true),
      n: (r) => ref(out(r, 'n'), true),
      count: (r) => ref(out(r, 'count'), true),
      ci_lower: (r) => ref(out(r, 'ci', 'lower'), true),
      ci_upper: (r) => ref(out(r, 'ci', 'upper'), true),
      ci_level: (r) => ref(out(r, 'ci', 'level'), true),
      range_lower: (r) => ref(out(r, 'range', 'lower'), true),
      range_upper: (r) => ref(out(r, 'range', 'upper'), true),
      ...prov((r) => out(r)),
      comment: (r) => ref(out(r, 'comment'), true),
    },
    unchecked: {},
  },
  'questions.csv': {
    records: () => 0,
    checks: {
      question_id: (r) => ref(`questions/${s(r.question_id)}#/id`),
      number: (r) => ref(`questions/${s(r.question_id)}#/number`),
      title: (r) => ref(`questions/${s(r.question_id)}#/title`),
      question: (r) => ref(`questions/${s(r.question_id)}#/question`),
      population: (r) => ref(`questions/${s(r.question_id)}#/pico/population`),
      intervention: (r) => ref(`questions/${s(r.question_id)}#/pico/intervention`),
      comparator: (r) => ref(`questions/${s(r.question_id)}#/pico/comparator`),
      outcomes: (r) => joined(`questions/${s(r.question_id)}#/pico/outcomes`),
      certainty: (r) => ref(`questions/${s(r.question_id)}#/certainty/level`),
      certainty_printed: (r) => ref(`questions/${s(r.question_id)}#/certainty/printed`),
      answer: (r) => ref(`questions/${s(r.question_id)}#/answer/summary`),
      ...prov((r) => `questions/${s(r.question_id)}#/answer`),
      studies: (r) => joined(`questions/${s(r.question_id)}#/studies`),
    },
    unchecked: {},
  },
};

// ---- figure downloads (CSV and the JSON's `data`) ----
const labels = (prefix = ''): Spec['checks'] => ({
  study: (r) => ref(`${study(r)}/label`),
  [prefix ? `${prefix}arm` : 'arm']: (r) => ref(`${study(r)}/groups/${s(r[`${prefix}group_id`])}/label`),
});
const ids = (...pairs: [string, (r: Row) => string][]): Spec['checks'] => Object.fromEntries(pairs.map(([col, at]) => [col, (r: Row) => ref(at(r))]));
const landmark: Spec['checks'] = {
  ...ids(['study_id', (r) => `${study(r)}/id`], ['group_id', (r) => `${study(r)}/groups/${s(r.group_id)}/id`], ['outcome_id', (r) => out(r, 'id')]),
  years,
  percent: (r) => ref(out(r, 'value')),
  printed: (r) => ref(out(r, 'printed')),
  n: (r) => (r.n === null || r.n === '' ? { equals: hasDataValue(out(r, 'n')) || hasDataValue(`${study(r)}/groups/${s(r.group_id)}/n`) ? 'n known' : undefined } : ref(armOf(r)[1])),
  events: (r) => (r.n === null || r.n === '' ? { equals: undefined } : events(armOf(r))),
  ci_lower: (r) => (r.n === null || r.n === '' ? { equals: undefined } : { derived: 'wilson-lower', refs: armOf(r) }),
  ci_upper: (r) => (r.n === null || r.n === '' ? { equals: undefined } : { derived: 'wilson-upper', refs: armOf(r) }),
  source: (r) => ref(out(r, 'provenance', 'source')),
  locator: (r) => ref(out(r, 'provenance', 'locator')),
};
const poolOf = (all: Row[], size: 2 | 4) =>
  all.filter((r) => r.row_type === 'study').flatMap((r) => (size === 2 ? armOf(r) : [...armOf(r, 'resection_'), ...armOf(r, 'comparator_')]));
const pooledRow = (r: Row) => r.row_type === 'pooled';

export const figureSpecs: Record<string, Spec> = {
  'five-year-os-by-arm': {
    checks: {
      ...landmark,
      ...labels(),
      kind: (r) => ({ equals: resectionKinds.includes(s(dataValue(`${study(r)}/groups/${s(r.group_id)}/treatment`))) ? 'resection' : 'comparator' }),
      events_approximate: (r) => ({ equals: !hasDataValue(out(r, 'count')) }),
    },
    unchecked: {},
  },
  'survival-landmarks': {
    checks: {
      ...landmark,
      study: (r) => ref(`${study(r)}/label`),
      group: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/label`),
      treatment: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/treatment`, true),
    },
    unchecked: {},
  },
  'median-survival': {
    checks: {
      ...ids(['study_id', (r) => `${study(r)}/id`], ['group_id', (r) => `${study(r)}/groups/${s(r.group_id)}/id`], ['outcome_id', (r) => out(r, 'id')]),
      study: (r) => ref(`${study(r)}/label`),
      group: (r) => ref(`${study(r)}/groups/${s(r.group_id)}/label`),
      statistic: (r) => ref(out(r, 'statistic')),
      months: (r) => (dataValue(out(r, 'value')) === 'not reached' ? { equals: undefined } : dataValue(out(r, 'unit')) === 'years' ? { derived: 'months', refs: [out(r, 'value')] } : ref(out(r, 'value'))),
      not_reached: (r) => ({ equals: dataValue(out(r, 'value')) === 'not reached' }),
      ci_lower_months: (r) => (!hasDataValue(out(r, 'ci')) ? { equals: undefined } : dataValue(out(r, 'unit')) === 'years' ? { derived: 'months', refs: [out(r, 'ci', 'lower')] } : ref(out(r, 'ci', 'lower'))),
      ci_upper_months: (r) => (!hasDataValue(out(r, 'ci')) ? { equals: undefined } : dataValue(out(r, 'unit')) === 'years' ? { derived: 'months', refs: [out(r, 'ci', 'upper')] } : ref(out(r, 'ci', 'upper'))),
      reported_value: (r) => (dataValue(out(r, 'value')) === 'not reached' ? { equals: undefined } : ref(out(r, 'value'))),
      reported_unit: (r) => ref(out(r, 'unit')),
      printed: (r) => ref(out(r, 'printed')),
      source: (r) => ref(out(r, 'provenance', 'source')),
      locator: (r) => ref(out(r, 'provenance', 'locator')),
    },
    unchecked: {},
  },
  'pooled-five-year-os-resection': {
    checks: {
      study_id: (r) => (pooledRow(r) ? { equals: undefined } : ref(`${study(r)}/id`)),
      group_id: (r) => (pooledRow(r) ? { equals: undefined } : ref(`${study(r)}/groups/${s(r.group_id)}/id`)),
      outcome_id: (r) => (pooledRow(r) ? { equals: undefined } : ref(out(r, 'id'))),
      study: (r) => (pooledRow(r) ? { equals: `Random-effects model (REML), k = ${reference.ploPool.k}` } : ref(`${study(r)}/label`)),
      arm: (r) => (pooledRow(r) ? { equals: '' } : ref(`${study(r)}/groups/${s(r.group_id)}/label`)),
      xi: (r) => (pooledRow(r) ? { equals: undefined } : events(armOf(r))),
      ni: (r) => (pooledRow(r) ? { equals: undefined } : ref(armOf(r)[1])),
      proportion: (r, all) => (pooledRow(r) ? { derived: 'plo-pooled', refs: poolOf(all, 2), scale: 0.01 } : { derived: 'proportion', refs: armOf(r), scale: 0.01 }),
      ci_lb: (r, all) => (pooledRow(r) ? { derived: 'plo-pooled-lower', refs: poolOf(all, 2), scale: 0.01 } : { derived: 'plo-lower', refs: armOf(r), scale: 0.01 }),
      ci_ub: (r, all) => (pooledRow(r) ? { derived: 'plo-pooled-upper', refs: poolOf(all, 2), scale: 0.01 } : { derived: 'plo-upper', refs: armOf(r), scale: 0.01 }),
      pi_lb: (r, all) => (pooledRow(r) ? { derived: 'plo-pi-lower', refs: poolOf(all, 2), scale: 0.01 } : { equals: undefined }),
      pi_ub: (r, all) => (pooledRow(r) ? { derived: 'plo-pi-upper', refs: poolOf(all, 2), scale: 0.01 } : { equals: undefined }),
      weight_percent: (r, all) => (pooledRow(r) ? { derived: 'plo-weight-total', refs: poolOf(all, 2) } : { derived: 'plo-weight', refs: [...armOf(r), ...poolOf(all, 2)] }),
    },
    unchecked: { row_type: 'study or pooled: which kind of row, checked by the expectations of the other columns' },
  },
  'resection-vs-comparator-rd': {
    checks: {
      study_id: (r) => (pooledRow(r) ? { equals: undefined } : ref(`${study(r)}/id`)),
      ...Object.fromEntries(
        ['resection_', 'comparator_'].flatMap((p) => [
          [`${p}group_id`, (r: Row) => (pooledRow(r) ? { equals: undefined } : ref(`${study(r)}/groups/${s(r[`${p}group_id`])}/id`))],
          [`${p}outcome_id`, (r: Row) => (pooledRow(r) ? { equals: undefined } : ref(`${study(r)}/outcomes/${s(r[`${p}outcome_id`])}/id`))],
          [`${p}arm`, (r: Row) => (pooledRow(r) ? { equals: '' } : ref(`${study(r)}/groups/${s(r[`${p}group_id`])}/label`))],
        ]),
      ),
      study: (r) => (pooledRow(r) ? { equals: `Random-effects model (REML), k = ${reference.rdPool.k}` } : ref(`${study(r)}/label`)),
      ai: (r) => (pooledRow(r) ? { equals: undefined } : events(armOf(r, 'resection_'))),
      n1i: (r) => (pooledRow(r) ? { equals: undefined } : ref(armOf(r, 'resection_')[1])),
      ci: (r) => (pooledRow(r) ? { equals: undefined } : events(armOf(r, 'comparator_'))),
      n2i: (r) => (pooledRow(r) ? { equals: undefined } : ref(armOf(r, 'comparator_')[1])),
      rd: (r, all) => (pooledRow(r) ? { derived: 'rd-pooled', refs: poolOf(all, 4), scale: 0.01 } : { derived: 'rd', refs: [...armOf(r, 'resection_'), ...armOf(r, 'comparator_')], scale: 0.01 }),
      ci_lb: (r, all) => (pooledRow(r) ? { derived: 'rd-pooled-lower', refs: poolOf(all, 4), scale: 0.01 } : { derived: 'rd-lower', refs: [...armOf(r, 'resection_'), ...armOf(r, 'comparator_')], scale: 0.01 }),
      ci_ub: (r, all) => (pooledRow(r) ? { derived: 'rd-pooled-upper', refs: poolOf(all, 4), scale: 0.01 } : { derived: 'rd-upper', refs: [...armOf(r, 'resection_'), ...armOf(r, 'comparator_')], scale: 0.01 }),
      pi_lb: (r, all) => (pooledRow(r) ? { derived: 'rd-pi-lower', refs: poolOf(all, 4), scale: 0.01 } : { equals: undefined }),
      pi_ub: (r, all) => (pooledRow(r) ? { derived: 'rd-pi-upper', refs: poolOf(all, 4), scale: 0.01 } : { equals: undefined }),
      weight_percent: (r, all) =>
        pooledRow(r)
          ? { derived: 'rd-weight-total', refs: poolOf(all, 4) }
          : r.row_type === 'study'
            ? { derived: 'rd-weight', refs: [...armOf(r, 'resection_'), ...armOf(r, 'comparator_'), ...poolOf(all, 4)] }
            : { equals: undefined },
    },
    unchecked: { row_type: 'study, not-pooled or pooled: which rows R pools is checked through the pooled columns (derivedValue compares the pooled studies with R\'s rule)' },
  },
  'prisma-flow': {
    checks: {
      data_pointer: (r) => ({ equals: s(r.data_pointer) }),
      reported: (r) => ref(`review#${s(r.data_pointer)}`),
      source: (r) => ref(`review#${s(r.data_pointer).replace(/\/value$/, '/provenance/source')}`),
      locator: (r) => ref(`review#${s(r.data_pointer).replace(/\/value$/, '/provenance/locator')}`),
      quote: (r) => ref(`review#${s(r.data_pointer).replace(/\/value$/, '/provenance/quote')}`),
      label: (r) => (r.item === 'reason' ? ref(`review#${s(r.data_pointer).replace(/\/count\/value$/, '/label')}`) : { equals: r.label }),
    },
    unchecked: {
      box: "the diagram box, named by data_pointer's path",
      item: "total or reason, named by data_pointer's path",
      computed: 'the data-quality note on the flow arithmetic (src/data/consistency), checked by test/data/consistency.test.ts',
      reconciles: 'whether a data-quality note exists for the count, as computed',
    },
  },
  'certainty-overview': {
    checks: {
      question_id: (r) => ref(`questions/${s(r.question_id)}#/id`),
      question: (r) => ref(`questions/${s(r.question_id)}#/number`),
      title: (r) => ref(`questions/${s(r.question_id)}#/title`),
      certainty: (r) => ref(`questions/${s(r.question_id)}#/certainty/level`),
      printed: (r) => ref(`questions/${s(r.question_id)}#/certainty/printed`),
      source: (r) => ref(`questions/${s(r.question_id)}#/certainty/provenance/source`),
      locator: (r) => ref(`questions/${s(r.question_id)}#/certainty/provenance/locator`),
    },
    unchecked: { symbols: 'GRADE glyphs spelling the certainty level (no number), checked by test/charts/prismaAndCertainty.test.ts' },
  },
};
