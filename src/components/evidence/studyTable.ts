import type { SiteEvidence } from '../../data/site';
import type { Question, Study } from '../../schemas';
import { statColumns, studyRows, type StatColumn, type StudyRow } from './studyRows';
import { studyTablePages, type StudyTablePage } from './studyTablePages';

export interface StudyTable {
  columns: StatColumn[];
  rows: StudyRow[];
  pages: StudyTablePage[];
  /** Treatments of the rows, sorted: the options of the treatment filter on every page. */
  treatments: NonNullable<StudyRow['group']['treatment']>[];
  /** How many studies are in the review's Table 1 (the intro of every page). */
  inReviewTable1: number;
}

const built = new WeakMap<SiteEvidence, StudyTable>();

/**
 * The studies table once per build: every page of /studies/ and its JSON read the same rows, and computing
 * them (or anything over all rows) per page would cost pages × rows (quadratic in the number of studies).
 */
export function studyTable(ev: SiteEvidence): StudyTable {
  let t = built.get(ev);
  if (!t) {
    const columns = statColumns(ev.studies);
    const rows = studyRows(ev.studies, ev.notes, columns);
    const treatments = [...new Set(rows.flatMap((r) => (r.group.treatment === undefined ? [] : [r.group.treatment])))].sort();
    t = { columns, rows, pages: studyTablePages(rows), treatments, inReviewTable1: ev.studies.filter((s) => s.inReviewTable1).length };
    built.set(ev, t);
  }
  return t;
}

/** Questions a study informs: the ones it names and the ones naming it. */
export function questionsOfStudy(study: Study, questions: readonly Question[]): string[] {
  return questions.filter((q) => study.questions.includes(q.id) || q.studies.includes(study.id)).map((q) => q.id);
}
