import type { ValueMark } from '../../charts/valueMark';
import type { Group, Meta, Outcome, Provenance, Question, ReviewFacts, Source, Study } from '../../schemas';

/** A data-quality note as src/data/consistency writes it (structural, so lib stays below data). */
export interface FlowNote {
  kind: string;
  path: string;
  reported: string;
  computed: string;
  message: string;
}

/** What figure data preparation reads: the validated evidence and its notes. */
export interface FigureEvidence {
  meta: Meta;
  sources: Source[];
  studies: Study[];
  questions: Question[];
  review: ReviewFacts;
  notes: FlowNote[];
}

/** One reported outcome with its study and group resolved. */
export interface ResolvedOutcome {
  study: Study;
  group: Group;
  outcome: Outcome;
}

/** A value drawn, traced to where it is printed. */
export interface Traced {
  studyLabel: string;
  /** Where data/ holds what the label shows (a study's label, a question's number): the credit line marks it. */
  studyRef?: string;
  provenance: Provenance;
}

/** Credit line of a figure: one source and locator with the studies whose numbers come from it. */
export interface Credit {
  source: string;
  sourceName: string;
  locator: string;
  studies: string[];
  /** Per study named (same order), where data/ holds its label, when known. */
  studyRefs: (string | undefined)[];
}

/** A column of a figure's data table, CSV and JSON rows (key = CSV header). */
export interface Column {
  key: string;
  label: string;
}

/** Rows of exactly the data drawn, flat, as CSV/JSON/HTML table. */
export interface DataTable {
  columns: Column[];
  rows: Record<string, string | number | boolean | null>[];
  /**
   * Row `i`'s value marker of each cell that shows a data/ value or one derived from data/ (`marksOf` in
   * src/figures/marks.ts). Made when asked, not kept: kept for every row of every figure they were 120 MB of the
   * 1000x build's heap for its whole length (issue 13), where a page shows a few rows' markers.
   */
  marks?: (row: number) => RowMarks | undefined;
}

/** The value markers of one table row, by column key. */
export type RowMarks = Partial<Record<string, ValueMark>>;

/** Every row's markers, in order (an empty record for a row without). */
export const everyRowMarks = (table: DataTable): RowMarks[] => table.rows.map((_, i) => table.marks?.(i) ?? {});
