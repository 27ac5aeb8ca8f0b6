/**
 * Accept/reject table for data/: the real data loads; each rule, broken once on a temporary copy of the real
 * data/, is rejected by the real loadEvidence with exactly the line a curator will read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/loadEvidence';
import { formatProblem } from '../../src/data/problem';
import { copyProject, PROJECT_ROOT, type TmpProject } from '../helpers/tmpProject';

const SAXENA = 'data/studies/saxena-2012.json';
const PSD = 'data/studies/psd-debulking-cohort.json';
const SERIES34 = 'data/studies/single-centre-34-patient-series.json';
const Q1 = 'data/questions/curative-resection.json';

let copy: TmpProject | undefined;
afterEach(() => copy?.cleanup());

/** Problems of a copy of data/ after one edit, as printed lines. */
function linesAfter(change: (p: TmpProject) => void): string[] {
  copy = copyProject();
  change(copy);
  const result = loadEvidence(copy.root);
  return result.ok ? ['(accepted)'] : result.problems.map(formatProblem);
}

/** First outcome of a study file with a given property, and its index. */
function outcomeWith(json: any, has: (o: any) => boolean): number {
  const i = json.outcomes.findIndex(has);
  if (i < 0) throw new Error('fixture: no such outcome in the real data');
  return i;
}

describe('accepts', () => {
  it('the real data/', () => {
    const result = loadEvidence(PROJECT_ROOT);
    expect(result.ok ? 'ok' : result.problems.map(formatProblem)).toBe('ok');
  });
  it('an unchanged copy of data/', () => {
    expect(linesAfter(() => {})).toEqual(['(accepted)']);
  });
});

describe('rejects, naming file, path, what was expected and what was found', () => {
  it('a wrong type', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].n = '10')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].n: expected a number, found string "10"",
      ]
    `);
  });
  it('a missing required field', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => delete s.label))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.label: expected a string, found nothing (missing)",
      ]
    `);
  });
  it('an unknown key', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.colour = 'red')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $: expected no unknown key, found unknown key "colour"",
      ]
    `);
  });
  it('an unknown key in a nested object', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[1].provenance.page = 3)))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[1].provenance: expected no unknown key, found unknown key "page"",
      ]
    `);
  });
  it('a percentage above 100', () => {
    expect(linesAfter((p) => p.editJson(PSD, (s) => (s.outcomes[outcomeWith(s, (o) => o.unit === 'percent')].value = 184.2)))).toMatchInlineSnapshot(`
      [
        "data/studies/psd-debulking-cohort.json: $.outcomes[0].value: expected a percentage between 0 and 100, found number 184.2",
      ]
    `);
  });
  it('a percentage below 0', () => {
    expect(linesAfter((p) => p.editJson(PSD, (s) => (s.outcomes[outcomeWith(s, (o) => o.unit === 'percent')].value = -0.5)))).toMatchInlineSnapshot(`
      [
        "data/studies/psd-debulking-cohort.json: $.outcomes[0].value: expected a percentage between 0 and 100, found number -0.5",
      ]
    `);
  });
  it('a negative n', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].n = -3)))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].n: expected a number >= 0, found number -3",
      ]
    `);
  });
  it('a non-integer n', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].n = 10.5)))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].n: expected an integer, found number 10.5",
      ]
    `);
  });
  it('a non-integer total', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.totalPatients.value = 17.2)))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.totalPatients.value: expected an integer, found number 17.2",
      ]
    `);
  });
  it('a count above its denominator', () => {
    expect(linesAfter((p) => p.editJson(PSD, (s) => (s.outcomes[outcomeWith(s, (o) => o.count !== undefined && o.n !== undefined)].count = 1000)))).toMatchInlineSnapshot(`
      [
        "data/studies/psd-debulking-cohort.json: $.outcomes[0].count: expected a count not above its denominator 108, found number 1000",
      ]
    `);
  });
  it('a confidence interval that does not contain its estimate', () => {
    expect(
      linesAfter((p) =>
        p.editJson(SERIES34, (s) => {
          const o = s.outcomes[outcomeWith(s, (x) => x.ci && typeof x.value === 'number')];
          o.value = o.ci.upper + 10;
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/studies/single-centre-34-patient-series.json: $.outcomes[4].ci: expected a confidence interval containing the estimate 174, found string "[10, 164]"",
      ]
    `);
  });
  it('a confidence interval with lower above upper', () => {
    expect(
      linesAfter((p) =>
        p.editJson(SERIES34, (s) => {
          const o = s.outcomes[outcomeWith(s, (x) => x.ci)];
          [o.ci.lower, o.ci.upper] = [o.ci.upper, o.ci.lower];
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/studies/single-centre-34-patient-series.json: $.outcomes[4].ci: expected a lower bound not above the upper bound, found the object {"lower":164,"upper":10,"level":0.95}",
        "data/studies/single-centre-34-patient-series.json: $.outcomes[4].ci: expected a confidence interval containing the estimate 87, found string "[164, 10]"",
      ]
    `);
  });
  it('a landmark statistic without its time point', () => {
    expect(linesAfter((p) => p.editJson('data/studies/chamberlain-2000.json', (s) => delete s.outcomes[outcomeWith(s, (o) => o.statistic === 'landmark')].timepoint))).toMatchInlineSnapshot(`
      [
        "data/studies/chamberlain-2000.json: $.outcomes[0].timepoint: expected a timepoint (required for a landmark statistic), found nothing (missing)",
      ]
    `);
  });
  it('"not reached" for a statistic other than a median', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.outcomes[outcomeWith(s, (o) => o.value === 'not reached')].statistic = 'mean')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.outcomes[2].value: expected "not reached" only for a median, found string "not reached"",
      ]
    `);
  });
  it('a value outside a closed vocabulary', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.design = 'case-report')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.design: expected one of "retrospective-comparative-cohort", "retrospective-case-series", "propensity-matched-cohort", "multicentre-registry", "pooled-analysis", "randomised-controlled-trial", "population-registry", found string "case-report"",
      ]
    `);
  });
  it('an unknown source document', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].provenance.source = '005_unknown.txt')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].provenance.source: expected one of "000_5eb2e9ef7cfb55fc.txt", "001_3934f534aec4b2ba.txt", "002_d622ce3ae3df28fb.txt", "003_362e3b74ff06da67.txt", "004_3f1b4d3cd350fd36.txt", found string "005_unknown.txt"",
      ]
    `);
  });
  it('an id that is not a slug', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].id = 'Liver Resection')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].id: expected lower-case words joined by hyphens, found string "Liver Resection"",
      ]
    `);
  });
  it('a string longer than its limit', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.label = 'S'.repeat(81))))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.label: expected a string of at most 80 characters, found string "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS..." (81 characters)",
      ]
    `);
  });
  it('an empty string where text is required', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].provenance.quote = '')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].provenance.quote: expected a non-empty string, found an empty string",
      ]
    `);
  });
  it('a date that is not an ISO date', () => {
    expect(linesAfter((p) => p.editJson('data/meta.json', (m) => (m.evidenceCurrentTo = '23/11/2026')))).toMatchInlineSnapshot(`
      [
        "data/meta.json: $.evidenceCurrentTo: expected an ISO date (YYYY-MM-DD) or YYYY, YYYY-MM or YYYY-MM-DD, found string "23/11/2026"",
      ]
    `);
  });
  it('a Summary-of-Findings table of more than seven rows', () => {
    expect(linesAfter((p) => p.editJson(Q1, (q) => (q.summaryOfFindings = Array(8).fill(q.summaryOfFindings[0]))))).toMatchInlineSnapshot(`
      [
        "data/questions/curative-resection.json: $.summaryOfFindings: expected an array of at most 7 items, found an array of 8 items",
      ]
    `);
  });
  it('a duplicate id within a study', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[1].id = s.groups[0].id)))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[1].id: expected a unique id (first used at $.groups[0]), found duplicate id "liver-resection"",
        "data/studies/saxena-2012.json: $.outcomes[2].group: expected the id of a known group of this study, found unknown id "radioembolization"",
        "data/studies/saxena-2012.json: $.outcomes[3].group: expected the id of a known group of this study, found unknown id "radioembolization"",
      ]
    `);
  });
  it('a duplicate question number', () => {
    expect(linesAfter((p) => p.editJson('data/questions/debulking-surgery.json', (q) => (q.number = 1)))).toMatchInlineSnapshot(`
      [
        "data/questions/debulking-surgery.json: $.number: expected a question number not used by curative-resection, found number 1",
      ]
    `);
  });
  it('an id that does not match its file name', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.id = 'saxena-2013')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.id: expected the id to match the file name (saxena-2012.json), found string "saxena-2013"",
      ]
    `);
  });
  it('a reference to an unknown group', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.outcomes[0].group = 'no-such-group')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.outcomes[0].group: expected the id of a known group of this study, found unknown id "no-such-group"",
      ]
    `);
  });
  it('a reference to an unknown study', () => {
    expect(linesAfter((p) => p.editJson(Q1, (q) => (q.studies[0] = 'no-such-study')))).toMatchInlineSnapshot(`
      [
        "data/questions/curative-resection.json: $.studies[0]: expected the id of a known study, found unknown id "no-such-study"",
      ]
    `);
  });
  it('a reference to an unknown question', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.questions = ['no-such-question'])))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.questions[0]: expected the id of a known question, found unknown id "no-such-question"",
      ]
    `);
  });
  it('a comparison naming an unknown group', () => {
    const TACE = 'data/studies/tae-tace-carcinoid-pnet.json';
    expect(linesAfter((p) => p.editJson(TACE, (s) => (s.comparisons[0].groups = ['no-such-group'])))).toEqual([
      'data/studies/tae-tace-carcinoid-pnet.json: $.comparisons[0].groups[0]: expected the id of a known group of this study, found unknown id "no-such-group"',
    ]);
  });
  it('a comparison that compares nothing', () => {
    const TACE = 'data/studies/tae-tace-carcinoid-pnet.json';
    expect(linesAfter((p) => p.editJson(TACE, (s) => (s.comparisons[0].groups = [])))).toEqual([
      'data/studies/tae-tace-carcinoid-pnet.json: $.comparisons[0].outcomes: expected at least one outcome or group compared, found an empty array',
    ]);
  });
  it('an unknown kind of value pointer (a discriminated union names its allowed tags)', () => {
    const REC = 'data/recommendations.json';
    expect(linesAfter((p) => p.editJson(REC, (r) => (r.keyInformation[0].items[0].values[0].kind = 'table-cell')))).toEqual([
      'data/recommendations.json: $.keyInformation[0].items[0].values[0].kind: expected one of "outcome", "fact", "review-range", "sof-range", found string "table-cell"',
    ]);
  });
  it('malformed JSON', () => {
    expect(linesAfter((p) => p.writeText(SAXENA, '{ "id": "saxena-2012", ')) ).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $: expected valid JSON, found a syntax error at line 1, column 24 (Expected double-quoted property name in JSON at position 23)",
      ]
    `);
  });
  it('an empty file', () => {
    expect(linesAfter((p) => p.writeText(SAXENA, ''))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $: expected a JSON document, found an empty file",
      ]
    `);
  });
  it('a JSON document of the wrong shape', () => {
    expect(linesAfter((p) => p.writeText(SAXENA, '[]'))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $: expected an object, found an empty array",
      ]
    `);
  });
  it('a missing file', () => {
    expect(linesAfter((p) => p.remove('data/meta.json'))).toMatchInlineSnapshot(`
      [
        "data/meta.json: $: expected the file to exist, found no file",
      ]
    `);
  });
  it('a missing record for a topic', () => {
    expect(linesAfter((p) => p.remove('data/topics/ablation.json'))).toMatchInlineSnapshot(`
      [
        "data/topics/ablation.json: $: expected a record for topic ablation, found no file",
      ]
    `);
  });
  it('a missing folder', () => {
    expect(linesAfter((p) => p.remove('data/studies'))).toMatchInlineSnapshot(`
      [
        "data/studies: $: expected a folder of JSON files, found no folder",
      ]
    `);
  });
});

describe('found values stay on one visible line', () => {
  it('invisible and bidirectional characters are shown as their code', () => {
    expect(linesAfter((p) => p.editJson(SAXENA, (s) => (s.groups[0].id = 'liver\u202e-\u200bresection\n')))).toMatchInlineSnapshot(`
      [
        "data/studies/saxena-2012.json: $.groups[0].id: expected lower-case words joined by hyphens, found string "liver\\u202e-\\u200bresection\\n"",
      ]
    `);
  });
});
