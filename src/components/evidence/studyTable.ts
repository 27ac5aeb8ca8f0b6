import type { SiteEvidence } from '../../data/site';
import type { Question, Study } from '../../schemas';
import { statColumns, studyRows, type StatColumn, type StudyRow } from './studyRows';
import { studyTablePages, type StudyTablePage } from './studyTablePages';

export interface StudyTable {
  columns: StatColumn[];
  rows: StudyRow[];
  pages: StudyTablePage[];
}

const built = new WeakMap<SiteEvidence, StudyTable>();

/**
 * The studies table once per build: every page of /studies/ and its JSON read the same rows, and computing
 * them per page would cost pages × rows (quadratic in the number of studies).
 */
export function studyTable(ev: SiteEvidence): StudyTable {
  let t = built.get(ev);
  if (!t) {
    const columns = statColumns(ev.studies);
    const rows = studyRows(ev.studies, ev.notes, columns);
    t = { columns, rows, pages: studyTablePages(rows) };
    built.set(ev, t);
  }
  return t;
}

/** Questions a study informs: the ones it names and the ones naming it. */
export function questionsOfStudy(study: Study, questions: readonly Question[]): string[] {
  return questions.filter((q) => study.questions.includes(q.id) || q.studies.includes(study.id)).map((q) => q.id);
}
