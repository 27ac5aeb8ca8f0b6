/**
 * The CSV tables (src/data/export/tables.ts) against the stored data/ files read as plain JSON: every cell
 * is the field its column names, the headers are the published interface, every column says what it holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableBuilders } from '../../src/data/export';
import { getEvidence } from '../../src/data/site';
import { PROJECT_ROOT } from '../helpers/tmpProject';

type Json = Record<string, any>;
const readFolder = (folder: string): Json[] =>
  readdirSync(join(PROJECT_ROOT, 'data', folder))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', folder, n), 'utf8')) as Json);
const studies = readFolder('studies');
const questions = readFolder('questions');
const evidence = getEvidence(PROJECT_ROOT);
/** The tables, built inside each test so that mutation testing sees which tests cover the builders. */
const tableOf = (name: string) => tableBuilders.map((build) => build(evidence)).find((t) => t.name === name)!;
const prov = (p: Json | undefined) => [p?.source, p?.locator, p?.quote];
const list = (xs: string[]) => xs.join('; ');

/** Expected rows, column by column, from the raw JSON (the column descriptions say which field each holds). */
const expected: Record<string, { header: string[]; rows: unknown[][] }> = {
  studies: {
    header: ['study_id', 'label', 'year_as_printed', 'design', 'country', 'in_review_table_1', 'total_patients', 'source', 'locator', 'quote', 'groups', 'outcomes', 'questions', 'topics', 'summary'],
    rows: studies.map((s) => [s.id, s.label, s.yearAsPrinted, s.design, s.country, s.inReviewTable1, s.totalPatients?.value, ...prov(s.totalPatients?.provenance), s.groups.length, s.outcomes.length, list(s.questions), list(s.topics), s.summary]),
  },
  arms: {
    header: ['study_id', 'group_id', 'label', 'role', 'treatment', 'n', 'source', 'locator', 'quote', 'description'],
    rows: studies.flatMap((s) => s.groups.map((g: Json) => [s.id, g.id, g.label, g.role, g.treatment, g.n, ...prov(g.provenance), g.description])),
  },
  outcomes: {
    header: ['study_id', 'outcome_id', 'group_id', 'measure', 'statistic', 'timepoint', 'timepoint_unit', 'value', 'unit', 'printed', 'qualifier', 'n', 'count', 'ci_lower', 'ci_upper', 'ci_level', 'range_lower', 'range_upper', 'source', 'locator', 'quote', 'comment'],
    rows: studies.flatMap((s) =>
      s.outcomes.map((o: Json) => [s.id, o.id, o.group, o.measure, o.statistic, o.timepoint?.value, o.timepoint?.unit, o.value, o.unit, o.printed, o.qualifier, o.n, o.count, o.ci?.lower, o.ci?.upper, o.ci?.level, o.range?.lower, o.range?.upper, ...prov(o.provenance), o.comment]),
    ),
  },
  questions: {
    header: ['question_id', 'number', 'title', 'question', 'population', 'intervention', 'comparator', 'outcomes', 'certainty', 'certainty_printed', 'answer', 'source', 'locator', 'quote', 'studies'],
    rows: [...questions]
      .sort((a, b) => a.number - b.number)
      .map((q) => [q.id, q.number, q.title, q.question, q.pico.population, q.pico.intervention, q.pico.comparator, list(q.pico.outcomes), q.certainty.level, q.certainty.printed, q.answer.summary, ...prov(q.answer.provenance), list(q.studies)]),
  },
};

describe.each(Object.keys(expected))('%s table', (name) => {
  const want = expected[name]!;

  it('has the published header', () => {
    const table = tableOf(name);
    expect(table.columns.map((c) => c.name)).toEqual(want.header);
  });
  it('holds the stored values, row by row (zod defaults aside: absent stays empty)', () => {
    const table = tableOf(name);
    expect(table.rows.map((r) => r.map((cell) => cell ?? undefined))).toEqual(want.rows);
  });
  it('says what it is and what every column holds, each column differently', () => {
    const table = tableOf(name);
    expect(table.title.length).toBeGreaterThan(3);
    expect(table.description.length).toBeGreaterThan(20);
    for (const c of table.columns) expect(c.description.length, c.name).toBeGreaterThan(5);
    expect(new Set(table.columns.map((c) => c.description)).size).toBe(table.columns.length);
  });
});

it('the provenance columns name what they are the provenance of', () => {
  const source = (name: string) => tableOf(name).columns.find((c) => c.name === 'source')!.description;
  expect(source('studies')).toMatch(/of the total$/);
  expect(source('arms')).toMatch(/of the label and n$/);
  expect(source('outcomes')).toMatch(/of the value$/);
  expect(source('questions')).toMatch(/of the review's conclusion$/);
});
