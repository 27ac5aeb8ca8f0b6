/**
 * The compact JSON of every row of the studies table (/studies/rows.json), which the sort and filter script
 * loads on demand: sorting or filtering covers every page of the table, not only the one open. Texts are the
 * ones the static pages show (formatted here with the same formatters); numbers for sorting travel beside them.
 */
import type { SiteEvidence } from '../../data/site';
import { formatNumber, formatQuantity } from '../../lib/format';
import type { Outcome } from '../../schemas';
import { designLabel, roleLabel, treatmentLabel } from './labels';
import { outcomeName } from './outcomeName';
import type { StatColumn } from './studyRows';
import { questionsOfStudy, studyTable } from './studyTable';

/** A value cell: shown text, outcome id (link anchor), number to sort by (months for durations; Infinity as null for "not reached"). */
export type JsonCell = [text: string, outcome: string, sort: number | null] | 0;

/** One row; indexes point into the lookup lists of StudyTableJson. */
export type JsonRow = [
  study: string,
  group: string,
  label: string,
  table1: 0 | 1,
  year: number | null,
  design: number,
  country: string | null,
  n: number | null,
  arm: string,
  armN: number | null,
  role: number,
  treatment: number,
  cells: JsonCell[],
  otherPfs: [text: string, outcome: string][],
  sources: number[],
  notes: number,
  questions: number[],
  topics: number[],
];

export interface StudyTableJson {
  /** Keys of the statistic columns, in header order (the headers carry data-key). */
  columns: string[];
  designs: string[];
  roles: string[];
  /** [key (the filter's value), label] */
  treatments: [string, string][];
  /** [file stem, short name] */
  sources: [string, string][];
  questions: string[];
  topics: string[];
  rows: JsonRow[];
}

/** Months for sorting (years converted); percentages as they are; "not reached" sorts above every number. */
export const sortNumber = (o: Outcome): number | null => (o.value === 'not reached' ? null : o.unit === 'years' ? o.value * 12 : o.value);

/** Bare number when the column's header names the unit; otherwise the unit in the cell ("NR" for not reached). */
export const cellText = (o: Outcome, c: StatColumn): string => {
  if (o.value === 'not reached') return 'NR';
  const bare = (c.unit === 'months' && o.unit === 'months') || (c.unit === '%' && o.unit === 'percent');
  return (o.qualifier ? `${o.qualifier} ` : '') + (bare ? formatNumber(o.value) : formatQuantity(o.value, o.unit));
};

const stem = (id: string) => id.replace(/\.txt$/, '');

export function studyTableJson(ev: SiteEvidence): StudyTableJson {
  const { columns, rows } = studyTable(ev);
  const index = <T>(list: T[]) => new Map(list.map((x, i) => [x, i]));
  const designs = Object.keys(designLabel) as (keyof typeof designLabel)[];
  const roles = Object.keys(roleLabel) as (keyof typeof roleLabel)[];
  const treatments = Object.keys(treatmentLabel) as (keyof typeof treatmentLabel)[];
  const [di, ri, ti, si, qi] = [index(designs), index(roles), index(treatments), index(ev.sources.map((s) => s.id)), index(ev.questions.map((q) => q.id))];
  const ti2 = index(ev.topics.map((t) => t.id));
  const questionsOf = new Map(ev.studies.map((s) => [s.id, questionsOfStudy(s, ev.questions).map((q) => qi.get(q)!)]));
  return {
    columns: columns.map((c) => c.key),
    designs: designs.map((d) => designLabel[d]),
    roles: roles.map((r) => roleLabel[r]),
    treatments: treatments.map((t) => [t, treatmentLabel[t]]),
    sources: ev.sources.map((s) => [stem(s.id), s.shortName]),
    questions: ev.questions.map((q) => q.id),
    topics: ev.topics.map((t) => t.id),
    rows: rows.map((r): JsonRow => [
      r.study.id,
      r.group.id,
      r.study.label,
      r.study.inReviewTable1 ? 1 : 0,
      r.study.yearAsPrinted ?? null,
      di.get(r.study.design)!,
      r.study.country ?? null,
      r.study.totalPatients?.value ?? null,
      r.group.label,
      r.group.n ?? null,
      ri.get(r.group.role)!,
      r.group.treatment === undefined ? -1 : ti.get(r.group.treatment)!,
      columns.map((c) => {
        const o = r.cells[c.key];
        return o ? [cellText(o, c), o.id, sortNumber(o)] : 0;
      }),
      r.otherPfs.map((o) => [`${outcomeName(o)}: ${formatQuantity(o.value, o.unit)}`, o.id]),
      r.sources.map((s) => si.get(s)!),
      r.firstOfStudy ? r.notes.length : 0,
      questionsOf.get(r.study.id)!,
      r.study.topics.map((t) => ti2.get(t)!),
    ]),
  };
}
