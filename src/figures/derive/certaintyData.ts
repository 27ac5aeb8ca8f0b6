import type { Provenance, Question } from '../../schemas';
import type { FigureEvidence } from './types';

export interface CertaintyDataRow {
  questionId: string;
  number: number;
  title: string;
  level: Question['certainty']['level'];
  printed: string;
  provenance: Provenance;
}

/** The review's GRADE certainty for each clinical question, in the review's order. */
export function certaintyData(ev: FigureEvidence): CertaintyDataRow[] {
  return [...ev.questions]
    .sort((a, b) => a.number - b.number)
    .map((q) => ({ questionId: q.id, number: q.number, title: q.title, level: q.certainty.level, printed: q.certainty.printed, provenance: q.certainty.provenance }));
}
