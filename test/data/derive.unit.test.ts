/**
 * The derivations of src/data/derive (value refs, participants, the patient total, Summary-of-Findings rows, key
 * information), called inside each test so that mutation testing sees them. Expectations are written out by hand:
 * for the small fixtures below from the fixture itself, for the real data from data/*.json read with JSON.parse and
 * from the review's Table 1 as printed (seed 004), never from the output of the function under test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyInformation, patientTotal, resolveValue, studyParticipants, summaryOfFindings, valueRef } from '../../src/data/derive';
import type { Evidence } from '../../src/data/evidence';
import { loadEvidence } from '../../src/data/loadEvidence';
import { Question, ReviewFacts, Study } from '../../src/schemas';
import { rawData } from '../sof/refs';
import { dataValue } from '../values/dataValue';
import { PROJECT_ROOT } from '../helpers/tmpProject';

const loaded = loadEvidence(PROJECT_ROOT);
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const realEvidence = loaded.evidence;
/** A private copy of the real evidence to edit in one test. */
const evidence = (): Evidence => structuredClone(realEvidence);

const P = { source: '004_3f1b4d3cd350fd36.txt', locator: 'Table 1', quote: 'fixture' };
type G = { id: string; role: string; n?: number; treatment?: string };
const group = ({ id, role, n, treatment }: G) => ({ id, label: `Label ${id}`, role, ...(treatment ? { treatment } : {}), ...(n !== undefined ? { n } : {}), provenance: P });
const outcome = (id: string, groupId: string, value: number | 'not reached', unit: 'percent' | 'months') => ({
  id,
  group: groupId,
  measure: 'overall-survival',
  statistic: unit === 'percent' ? 'landmark' : 'median',
  ...(unit === 'percent' ? { timepoint: { value: 5, unit: 'years' } } : {}),
  value,
  unit,
  printed: String(value),
  provenance: P,
});
/** A schema-valid study: a real record's citation and design with the given parts. */
function study(id: string, parts: { groups: G[]; outcomes?: object[]; comparisons?: object[]; totalPatients?: number; curatedNotes?: object[] }) {
  const base = rawData('studies/mayo-2011');
  return Study.parse({
    id,
    label: `Study ${id}`,
    summary: base.summary,
    design: base.design,
    inReviewTable1: false,
    citation: base.citation,
    groups: parts.groups.map(group),
    outcomes: parts.outcomes ?? [],
    comparisons: parts.comparisons ?? [],
    curatedNotes: parts.curatedNotes ?? [],
    ...(parts.totalPatients !== undefined ? { totalPatients: { value: parts.totalPatients, provenance: P } } : {}),
  });
}

describe('valueRef', () => {
  it('writes FILE#POINTER refs as docs/value-markers.md defines them', () => {
    expect(valueRef.studyId('mayo-2011')).toBe('studies/mayo-2011#/id');
    expect(valueRef.groupN('mayo-2011', 'resection')).toBe('studies/mayo-2011#/groups/resection/n');
    expect(valueRef.outcomeValue('mayo-2011', 'os-5y')).toBe('studies/mayo-2011#/outcomes/os-5y/value');
    expect(valueRef.comparisonP('mayo-2011', 'os')).toBe('studies/mayo-2011#/comparisons/os/p/value');
    expect(valueRef.totalPatients('mayo-2011')).toBe('studies/mayo-2011#/totalPatients/value');
    expect(valueRef.reviewStatement('s1')).toBe('review#/statements/s1/value/value');
    expect(valueRef.reviewRange(1, 'high')).toBe('review#/ranges/1/high');
    expect(valueRef.reviewPatients()).toBe('review#/patients/value');
    expect(valueRef.reviewFlow('included')).toBe('review#/flow/included/value');
  });
  it('refs of the real data resolve to the numbers in data/ (raw JSON)', () => {
    // Table 1 of the review: Mayo 2011, 753 patients; review flow: 38 included studies.
    expect(dataValue(valueRef.totalPatients('mayo-2011'))).toBe(753);
    expect(dataValue(valueRef.reviewFlow('included'))).toBe(38);
    expect(dataValue(valueRef.reviewRange(0, 'low'))).toBe(41);
    expect(dataValue(valueRef.studyId('mayo-2011'))).toBe('mayo-2011');
  });
});

describe('studyParticipants', () => {
  it('sums the arms when every arm has an n (cohorts and subgroups not added)', () => {
    const s = study('s', { groups: [{ id: 'a', role: 'arm', n: 10 }, { id: 'w', role: 'whole-cohort', n: 99 }, { id: 'b', role: 'arm', n: 15 }, { id: 'x', role: 'subgroup', n: 3 }], totalPatients: 40 });
    expect(studyParticipants(s)).toStrictEqual({ n: 25, rule: 'arms', refs: ['studies/s#/groups/a/n', 'studies/s#/groups/b/n'] });
  });
  it('an arm without n: the first whole cohort that has an n', () => {
    const s = study('s', {
      groups: [{ id: 'a', role: 'arm', n: 10 }, { id: 'b', role: 'arm' }, { id: 'x', role: 'subgroup', n: 7 }, { id: 'w1', role: 'whole-cohort' }, { id: 'w2', role: 'whole-cohort', n: 40 }],
      totalPatients: 50,
    });
    expect(studyParticipants(s)).toStrictEqual({ n: 40, rule: 'whole-cohort', refs: ['studies/s#/groups/w2/n'] });
  });
  it('no arm and no cohort with an n: the printed total; nothing at all: undefined', () => {
    const s = study('s', { groups: [{ id: 'w', role: 'whole-cohort' }, { id: 'x', role: 'subgroup', n: 4 }], totalPatients: 12 });
    expect(studyParticipants(s)).toStrictEqual({ n: 12, rule: 'printed-total', refs: ['studies/s#/totalPatients/value'] });
    expect(studyParticipants(study('s', { groups: [{ id: 'w', role: 'whole-cohort' }] }))).toBeUndefined();
  });
  it('the Table 1 studies count their arms as printed (seed 004)', () => {
    // Arm sizes of Table 1 (see test/data/consistency.test.ts, which checks them against the seed).
    const arms: Record<string, number[]> = { 'mayo-2011': [339, 414], 'landry-2008': [23, 31], 'chen-1998': [15, 23], 'saxena-2012': [10, 15, 14, 11] };
    for (const [id, sizes] of Object.entries(arms)) {
      const p = studyParticipants(realEvidence.studies.find((s) => s.id === id)!)!;
      expect(p.rule, id).toBe('arms');
      expect(p.n, id).toBe(sizes.reduce((a, b) => a + b, 0));
      expect(p.refs.map((r) => dataValue(r)), id).toEqual(sizes);
    }
  });
});

describe('patientTotal', () => {
  it('adds the counted studies, lists the uncountable ones and the possible overlaps', () => {
    const note = (kind: string, overlapsWith: string[]) => ({ kind, overlapsWith, reported: 'r', found: 'f', text: 't' });
    const studies = [
      study('a', { groups: [{ id: 'x', role: 'arm', n: 10 }, { id: 'y', role: 'arm', n: 15 }], curatedNotes: [note('reporting', ['q']), note('possible-overlap', ['c', 'd']), note('possible-overlap', ['e'])] }),
      study('b', { groups: [{ id: 'w', role: 'whole-cohort' }] }),
      study('c', { groups: [{ id: 'w', role: 'whole-cohort' }], totalPatients: 12 }),
    ];
    expect(patientTotal(studies)).toStrictEqual({
      total: 37,
      refs: ['studies/a#/groups/x/n', 'studies/a#/groups/y/n', 'studies/c#/totalPatients/value'],
      counted: [
        { studyId: 'a', label: 'Study a', n: 25, rule: 'arms', refs: ['studies/a#/groups/x/n', 'studies/a#/groups/y/n'], overlapsWith: ['c', 'd', 'e'] },
        { studyId: 'c', label: 'Study c', n: 12, rule: 'printed-total', refs: ['studies/c#/totalPatients/value'], overlapsWith: [] },
      ],
      notCounted: [{ studyId: 'b', label: 'Study b' }],
    });
  });
  it('on the real data, every ref summed is a number in data/ and they add up to the total', () => {
    const t = patientTotal(realEvidence.studies);
    const files = readdirSync(join(PROJECT_ROOT, 'data/studies')).filter((f) => f.endsWith('.json')).length;
    expect(t.counted.length + t.notCounted.length).toBe(files);
    expect(t.refs.map((r) => dataValue(r) as number).reduce((a, b) => a + b, 0)).toBe(t.total);
    // Mayo 2011 counts its two Table 1 arms, 339 + 414.
    expect(t.counted.find((r) => r.studyId === 'mayo-2011')).toMatchObject({ n: 753, rule: 'arms' });
  });
});

describe('summaryOfFindings on a fixture', () => {
  const s1 = study('s1', {
    groups: [
      { id: 'r', role: 'arm', n: 10, treatment: 'liver-resection' },
      { id: 'c', role: 'arm', n: 20, treatment: 'tace' },
      { id: 'k', role: 'arm', n: 5, treatment: 'conservative' },
      { id: 'u', role: 'arm', treatment: 'embolization' },
      { id: 'w', role: 'whole-cohort', n: 35 },
    ],
    outcomes: [outcome('r-os', 'r', 70, 'percent'), outcome('c-os', 'c', 30, 'percent'), outcome('r-os2', 'r', 74, 'percent'), outcome('r-mos', 'r', 'not reached', 'months')],
    comparisons: [
      { id: 'p1', outcomes: ['r-os', 'c-os'], description: 'r vs c', p: { operator: '<', value: 0.01, printed: '<0.01' }, provenance: P },
      { id: 'p2', outcomes: ['r-os'], description: 'one side', p: { operator: '=', value: 0.2, printed: '0.2' }, provenance: P },
      { id: 'p3', outcomes: ['r-os', 'r-mos'], description: 'other row', p: { operator: '=', value: 0.3, printed: '0.3' }, provenance: P },
      { id: 'p4', outcomes: ['r-os', 'c-os'], description: 'no p', provenance: P },
    ],
  });
  const s2 = study('s2', {
    groups: [
      { id: 'a', role: 'arm', n: 8, treatment: 'cytoreduction' },
      { id: 'b', role: 'arm', treatment: 'embolization' },
    ],
    outcomes: [outcome('a-os', 'a', 40, 'months'), outcome('b-os', 'b', 'not reached', 'months')],
  });
  const s3 = study('s3', {
    groups: [{ id: 'x', role: 'arm', n: 12, treatment: 'liver-resection' }, { id: 'y', role: 'arm', n: 13, treatment: 'tace' }],
    outcomes: [outcome('x-os', 'x', 50, 'percent'), outcome('y-os', 'y', 20, 'percent')],
    comparisons: [{ id: 'p', outcomes: ['x-os', 'y-os'], description: 'x vs y', p: { operator: '=', value: 0.04, printed: '0.04' }, provenance: P }],
  });
  const review = ReviewFacts.parse({
    ...rawData('review'),
    statements: [
      { id: 'no-value', label: 'a statement without a number', provenance: P },
      { id: 'st1', label: 'nine studies report it', value: { value: 9, provenance: P }, provenance: P },
    ],
  });
  const row = (outcome: string, evidence: object[], extra: object = {}) => ({ outcome, evidence, comment: `comment on ${outcome}`, ...extra });
  const question = Question.parse({
    ...rawData('questions/curative-resection'),
    summaryOfFindings: [
      row('OS at 5 years', [{ study: 's1', outcomes: ['r-os', 'c-os', 'r-os2'], note: 'arm sizes' }, { study: 's3', outcomes: ['x-os', 'y-os'], uncounted: 'not reported' }], { studyCountStatement: 'st1' }),
      row('Median OS', [{ study: 's2', outcomes: ['a-os', 'b-os'] }, { study: 's1', outcomes: ['r-mos'], groups: ['c', 'r'] }], { studyCountStatement: 'no-value', footnotes: [{ text: 'a footnote' }] }),
      row('Mixed units', [{ study: 's1', outcomes: ['r-os'] }, { study: 's2', outcomes: ['a-os'] }]),
      row('No studies', [], { result: 'No study reports it' }),
    ],
  });
  const n = (s: string, g: string) => `studies/${s}#/groups/${g}/n`;
  const v = (s: string, o: string) => `studies/${s}#/outcomes/${o}/value`;
  const reason = 'reports no value for this outcome and time point in this comparison';
  const skippedS1 = (ids: string[]) =>
    [
      { groupId: 'c', label: 'Label c', n: 20, nRef: n('s1', 'c'), reason },
      { groupId: 'k', label: 'Label k', n: 5, nRef: n('s1', 'k'), reason },
      { groupId: 'u', label: 'Label u', reason },
    ].filter((g) => ids.includes(g.groupId));

  it('row with a note, an uncounted study, p-values, two values of one arm and a study count from the review', () => {
    const [first] = summaryOfFindings(question, [s3, s2, s1], review);
    expect(first).toStrictEqual({
      outcome: 'OS at 5 years',
      studies: [
        {
          studyId: 's1',
          label: 'Study s1',
          idRef: 'studies/s1#/id',
          counted: [
            {
              groupId: 'r',
              label: 'Label r',
              kind: 'resection',
              n: 10,
              nRef: n('s1', 'r'),
              values: [
                { outcomeId: 'r-os', value: 70, unit: 'percent', ref: v('s1', 'r-os') },
                { outcomeId: 'r-os2', value: 74, unit: 'percent', ref: v('s1', 'r-os2') },
              ],
            },
            { groupId: 'c', label: 'Label c', kind: 'comparator', n: 20, nRef: n('s1', 'c'), values: [{ outcomeId: 'c-os', value: 30, unit: 'percent', ref: v('s1', 'c-os') }] },
          ],
          skipped: skippedS1(['k', 'u']),
          subtotal: { n: 30, refs: [n('s1', 'r'), n('s1', 'c')] },
          note: 'arm sizes',
          pValues: [{ operator: '<', value: 0.01, ref: 'studies/s1#/comparisons/p1/p/value', description: 'r vs c' }],
        },
        { studyId: 's3', label: 'Study s3', idRef: 'studies/s3#/id', counted: [], skipped: [], uncounted: 'not reported', pValues: [{ operator: '=', value: 0.04, ref: 'studies/s3#/comparisons/p/p/value', description: 'x vs y' }] },
      ],
      participants: 30,
      participantRefs: [n('s1', 'r'), n('s1', 'c')],
      incomplete: false,
      studyRefs: ['studies/s1#/id', 'studies/s3#/id'],
      reportedStudyCount: { value: 9, ref: 'review#/statements/st1/value/value' },
      ranges: [
        { kind: 'resection', unit: 'percent', low: 70, high: 74, refs: [v('s1', 'r-os'), v('s1', 'r-os2')], notReached: 0 },
        { kind: 'comparator', unit: 'percent', low: 30, high: 30, refs: [v('s1', 'c-os')], notReached: 0 },
      ],
      comment: 'comment on OS at 5 years',
      footnotes: [],
    });
  });

  it('row with groups named without values, arms without n (incomplete) and medians not reached', () => {
    const second = summaryOfFindings(question, [s1, s2, s3], review)[1]!;
    expect(second).toStrictEqual({
      outcome: 'Median OS',
      studies: [
        {
          studyId: 's2',
          label: 'Study s2',
          idRef: 'studies/s2#/id',
          counted: [
            { groupId: 'a', label: 'Label a', kind: 'resection', n: 8, nRef: n('s2', 'a'), values: [{ outcomeId: 'a-os', value: 40, unit: 'months', ref: v('s2', 'a-os') }] },
            { groupId: 'b', label: 'Label b', kind: 'comparator', values: [{ outcomeId: 'b-os', value: 'not reached', unit: 'months' }] },
          ],
          skipped: [],
          subtotal: { n: 8, refs: [n('s2', 'a')] },
          pValues: [],
        },
        {
          studyId: 's1',
          label: 'Study s1',
          idRef: 'studies/s1#/id',
          counted: [
            { groupId: 'r', label: 'Label r', kind: 'resection', n: 10, nRef: n('s1', 'r'), values: [{ outcomeId: 'r-mos', value: 'not reached', unit: 'months' }] },
            { groupId: 'c', label: 'Label c', kind: 'comparator', n: 20, nRef: n('s1', 'c'), values: [] },
          ],
          skipped: skippedS1(['k', 'u']),
          subtotal: { n: 30, refs: [n('s1', 'r'), n('s1', 'c')] },
          pValues: [],
        },
      ],
      participants: 38,
      participantRefs: [n('s2', 'a'), n('s1', 'r'), n('s1', 'c')],
      incomplete: true,
      studyRefs: ['studies/s2#/id', 'studies/s1#/id'],
      ranges: [{ kind: 'resection', unit: 'months', low: 40, high: 40, refs: [v('s2', 'a-os')], notReached: 1 }],
      comment: 'comment on Median OS',
      footnotes: [{ text: 'a footnote' }],
    });
  });

  it('no range across different units; a row without studies counts no one', () => {
    const [, , mixed, none] = summaryOfFindings(question, [s1, s2, s3], review);
    expect(mixed!.ranges).toEqual([]);
    expect(mixed!.participants).toBe(18);
    expect(mixed!.studies[0]!.skipped).toStrictEqual(skippedS1(['c', 'k', 'u']));
    expect(none).toStrictEqual({ outcome: 'No studies', studies: [], participantRefs: [], incomplete: false, studyRefs: [], ranges: [], result: 'No study reports it', comment: 'comment on No studies', footnotes: [] });
  });
});

describe('keyInformation on the real data', () => {
  // Values from data/review.json ranges, data/topics/*.json facts and data/studies/*.json outcomes as stored.
  const topicFact = (topic: string, fact: string) => `topics/${topic}#/facts/${fact}/value`;
  it('every section, heading and value as data/recommendations.json and the records it points to give them', () => {
    const raw = rawData('recommendations').keyInformation as { id: string; heading: string; notReported?: string; items: { text: string }[] }[];
    const sections = keyInformation(evidence());
    expect(sections.map((s) => [s.id, s.heading, s.notReported])).toEqual(raw.map((s) => [s.id, s.heading, s.notReported]));
    for (const [i, s] of sections.entries()) {
      expect(Object.keys(s).includes('notReported'), s.id).toBe(raw[i]!.notReported !== undefined);
      expect(s.lines.map((l) => l.pieces.join('{v}')), s.id).toEqual(raw[i]!.items.map((it) => it.text));
    }
    const values = Object.fromEntries(sections.map((s) => [s.id, s.lines.map((l) => l.values.map((x) => x.text))]));
    expect(values).toEqual({
      'benefits-harms': [['41–100%'], ['5–54%'], ['70% to 76%', '25% to 62%'], ['up to 80%'], ['3%'], ['14%', '1.2%']],
      certainty: [],
      'values-preferences': [],
      resources: [],
      'equity-acceptability-feasibility': [['7–15%']],
    });
    const lines = sections[0]!.lines;
    expect(lines[0]!.pieces).toEqual(['5-year overall survival after liver resection alone, across the included studies: ', '.']);
    expect(lines[0]!.values[0]).toStrictEqual({ text: '41–100%', refs: ['review#/ranges/0/low', 'review#/ranges/0/high'] });
    expect(lines[3]!.values[0]).toStrictEqual({ text: 'up to 80%', refs: [topicFact('staging-and-work-up', 'recurrence-after-complete-resection')] });
    expect(lines[5]!.values.map((x) => x.refs)).toEqual([[v('sarmiento-2003', 'morbidity')], [v('sarmiento-2003', 'mortality')]]);
    const feasible = topicFact('primary-tumour-and-extrahepatic-disease', 'complete-resection-feasible');
    expect(sections[4]!.lines[0]!.values[0]).toStrictEqual({ text: '7–15%', refs: [`${feasible}/low`, `${feasible}/high`] });
  });
  const v = (s: string, o: string) => `studies/${s}#/outcomes/${o}/value`;

  it('the Summary-of-Findings ranges are marked derived and hold the Table 1 values of their kind of arm', () => {
    const [resection, comparator] = keyInformation(evidence())[0]!.lines[2]!.values;
    expect(resection!.derived).toBe('range');
    expect(comparator!.derived).toBe('range');
    // Table 1, 5-year OS: resection arms 74, 75, 72, 70, 76, 73; comparators 30, 62, 50, 25, 40, 50, 29.
    expect(resection!.refs.map((r) => dataValue(r) as number).sort((a, b) => a - b)).toEqual([70, 72, 73, 74, 75, 76]);
    expect(comparator!.refs.map((r) => dataValue(r) as number).sort((a, b) => a - b)).toEqual([25, 29, 30, 40, 50, 50, 62]);
  });
});

describe('resolveValue', () => {
  it('an outcome with a qualifier, facts with and without one', () => {
    const ev = evidence();
    ev.studies.find((s) => s.id === 'sarmiento-2003')!.outcomes.find((o) => o.id === 'morbidity')!.qualifier = 'approximately';
    expect(resolveValue(ev, { kind: 'outcome', study: 'sarmiento-2003', outcome: 'morbidity' }).text).toBe('approximately 14%');
    const facts = ev.topics.find((t) => t.id === 'staging-and-work-up')!.facts;
    const recurrence = facts.find((f) => f.id === 'recurrence-after-complete-resection')!;
    recurrence.qualifier = undefined;
    expect(resolveValue(ev, { kind: 'fact', topic: 'staging-and-work-up', fact: recurrence.id })).toStrictEqual({
      text: '80%',
      refs: ['topics/staging-and-work-up#/facts/recurrence-after-complete-resection/value'],
    });
    const feasible = ev.topics.find((t) => t.id === 'primary-tumour-and-extrahepatic-disease')!.facts.find((f) => f.id === 'complete-resection-feasible')!;
    feasible.qualifier = 'about';
    expect(resolveValue(ev, { kind: 'fact', topic: 'primary-tumour-and-extrahepatic-disease', fact: feasible.id }).text).toBe('about 7–15%');
  });
  it('a dangling or non-numeric pointer is a build error naming it', () => {
    const ev = evidence();
    expect(() => resolveValue(ev, { kind: 'outcome', study: 'no-such-study', outcome: 'morbidity' })).toThrow('key information: no numeric outcome no-such-study/morbidity');
    expect(() => resolveValue(ev, { kind: 'outcome', study: 'sarmiento-2003', outcome: 'no-such' })).toThrow('key information: no numeric outcome sarmiento-2003/no-such');
    ev.studies.find((s) => s.id === 'sarmiento-2003')!.outcomes.find((o) => o.id === 'morbidity')!.value = 'not reached';
    expect(() => resolveValue(ev, { kind: 'outcome', study: 'sarmiento-2003', outcome: 'morbidity' })).toThrow('key information: no numeric outcome sarmiento-2003/morbidity');
    expect(() => resolveValue(ev, { kind: 'fact', topic: 'staging-and-work-up', fact: 'no-such' })).toThrow('key information: no fact staging-and-work-up/no-such');
    expect(() => resolveValue(ev, { kind: 'fact', topic: 'no-such-topic' as never, fact: 'x' })).toThrow('key information: no fact no-such-topic/x');
    expect(() => resolveValue(ev, { kind: 'review-range', index: 99 })).toThrow('key information: no review range 99');
    expect(() => resolveValue(ev, { kind: 'sof-range', question: 'no-such', row: 0, arms: 'resection' })).toThrow('key information: no resection range in row 0 of no-such');
    expect(() => resolveValue(ev, { kind: 'sof-range', question: 'curative-resection', row: 99, arms: 'comparator' })).toThrow('key information: no comparator range in row 99 of curative-resection');
    // The ablation question's one row has no studies, hence no range of either kind.
    expect(() => resolveValue(ev, { kind: 'sof-range', question: 'ablation-adjunct-to-debulking', row: 0, arms: 'resection' })).toThrow('key information: no resection range in row 0 of ablation-adjunct-to-debulking');
  });
});
