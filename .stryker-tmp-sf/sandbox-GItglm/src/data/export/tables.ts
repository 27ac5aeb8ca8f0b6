// @ts-nocheck
import type { Evidence } from '../evidence';
import type { Cell } from './csv';

/** One CSV column: its header and what it holds (shown on the /data/ page). */
export interface Column {
  name: string;
  description: string;
}

/** A flat table of the evidence base: columns with descriptions, then rows in column order. */
export interface Table {
  name: 'studies' | 'arms' | 'outcomes' | 'questions';
  title: string;
  description: string;
  columns: Column[];
  rows: Cell[][];
}

const col = (name: string, description: string): Column => ({ name, description });
const provenanceColumns = (what: string) => [
  col('source', `Source document (file name in shared/seeds/) of ${what}`),
  col('locator', `Section, table or figure of the source where ${what} is printed`),
  col('quote', `Shortest verbatim excerpt of the source containing ${what}`),
];
const list = (xs: readonly string[]) => xs.join('; ');

/** One row per study, in data/ order (file name). */
export function studiesTable(ev: Evidence): Table {
  return {
    name: 'studies',
    title: 'Studies',
    description: 'One row per study or series for which a source reports numbers.',
    columns: [
      col('study_id', 'Study id (file name in data/studies/ and URL slug)'),
      col('label', 'Short label as used in tables and plots'),
      col('year_as_printed', 'Year as the citing source prints it (may differ from the record)'),
      col('design', 'Study design as the source describes it'),
      col('country', 'Where the study was done, when a source says'),
      col('in_review_table_1', 'true for the comparative studies of Table 1 of the systematic review'),
      col('total_patients', 'Total number of patients as printed'),
      ...provenanceColumns('the total'),
      col('groups', 'Number of groups (arms, subgroups, cohorts) in arms.csv'),
      col('outcomes', 'Number of reported results in outcomes.csv'),
      col('questions', 'Clinical question ids the study informs, separated by "; "'),
      col('topics', 'Topic slugs, separated by "; "'),
      col('summary', 'One line in our own words'),
    ],
    rows: ev.studies.map((s) => [
      s.id,
      s.label,
      s.yearAsPrinted,
      s.design,
      s.country,
      s.inReviewTable1,
      s.totalPatients?.value,
      s.totalPatients?.provenance.source,
      s.totalPatients?.provenance.locator,
      s.totalPatients?.provenance.quote,
      s.groups.length,
      s.outcomes.length,
      list(s.questions),
      list(s.topics),
      s.summary,
    ]),
  };
}

/** One row per group of every study: arms, subgroups, whole cohorts and external comparators. */
export function armsTable(ev: Evidence): Table {
  return {
    name: 'arms',
    title: 'Arms and groups',
    description: 'One row per treatment arm, subgroup, whole cohort or external comparator of a study.',
    columns: [
      col('study_id', 'Study id (studies.csv)'),
      col('group_id', 'Group id, unique within its study'),
      col('label', 'Label exactly as the source prints it'),
      col('role', 'arm, subgroup, whole-cohort or external-comparator'),
      col('treatment', 'Treatment category'),
      col('n', 'Number of patients, when reported'),
      ...provenanceColumns('the label and n'),
      col('description', 'Extra description in our own words'),
    ],
    rows: ev.studies.flatMap((s) =>
      s.groups.map((g) => [s.id, g.id, g.label, g.role, g.treatment, g.n, g.provenance.source, g.provenance.locator, g.provenance.quote, g.description]),
    ),
  };
}

/** One row per reported result; the statistic is its own column so medians, means and landmarks never mix. */
export function outcomesTable(ev: Evidence): Table {
  return {
    name: 'outcomes',
    title: 'Outcomes',
    description: 'One row per result a source reports for a group: the value as a number and exactly as printed, with its provenance.',
    columns: [
      col('study_id', 'Study id (studies.csv)'),
      col('outcome_id', 'Outcome id, unique within its study'),
      col('group_id', 'Group id (arms.csv)'),
      col('measure', 'What the number measures'),
      col('statistic', 'median, mean, landmark, proportion or count'),
      col('timepoint', 'Time point of a landmark statistic'),
      col('timepoint_unit', 'months or years'),
      col('value', 'The value as a number, or "not reached"'),
      col('unit', 'Unit of the value'),
      col('printed', 'The value exactly as printed'),
      col('qualifier', 'Qualifier printed with the number, e.g. "up to"'),
      col('n', 'Denominator, when it differs from the group n'),
      col('count', 'Numerator, when printed with the percentage'),
      col('ci_lower', 'Lower bound of the reported confidence interval'),
      col('ci_upper', 'Upper bound of the reported confidence interval'),
      col('ci_level', 'Confidence level of the interval (0.95 = 95%)'),
      col('range_lower', 'Lower end of the reported range'),
      col('range_upper', 'Upper end of the reported range'),
      ...provenanceColumns('the value'),
      col('comment', 'What a reader must know to interpret the value, in our own words'),
    ],
    rows: ev.studies.flatMap((s) =>
      s.outcomes.map((o) => [
        s.id,
        o.id,
        o.group,
        o.measure,
        o.statistic,
        o.timepoint?.value,
        o.timepoint?.unit,
        o.value,
        o.unit,
        o.printed,
        o.qualifier,
        o.n,
        o.count,
        o.ci?.lower,
        o.ci?.upper,
        o.ci?.level,
        o.range?.lower,
        o.range?.upper,
        o.provenance.source,
        o.provenance.locator,
        o.provenance.quote,
        o.comment,
      ]),
    ),
  };
}

/** One row per clinical question of the systematic review, with the certainty it assigns. */
export function questionsTable(ev: Evidence): Table {
  const ordered = [...ev.questions].sort((a, b) => a.number - b.number);
  return {
    name: 'questions',
    title: 'Clinical questions',
    description: "One row per clinical question of the systematic review, its answer and the GRADE certainty the review assigns.",
    columns: [
      col('question_id', 'Question id (URL slug)'),
      col('number', 'Order in the review'),
      col('title', 'Short title'),
      col('question', 'The question in plain words (our paraphrase)'),
      col('population', 'PICO: population'),
      col('intervention', 'PICO: intervention'),
      col('comparator', 'PICO: comparator'),
      col('outcomes', 'PICO: outcomes, separated by "; "'),
      col('certainty', 'GRADE certainty: high, moderate, low, very-low or no-evidence'),
      col('certainty_printed', 'The grade exactly as printed'),
      col('answer', "The review's answer in our own words"),
      ...provenanceColumns("the review's conclusion"),
      col('studies', 'Study ids (studies.csv), separated by "; "'),
    ],
    rows: ordered.map((q) => [
      q.id,
      q.number,
      q.title,
      q.question,
      q.pico.population,
      q.pico.intervention,
      q.pico.comparator,
      list(q.pico.outcomes),
      q.certainty.level,
      q.certainty.printed,
      q.answer.summary,
      q.answer.provenance.source,
      q.answer.provenance.locator,
      q.answer.provenance.quote,
      list(q.studies),
    ]),
  };
}

export const tableBuilders = [studiesTable, armsTable, outcomesTable, questionsTable] as const;
