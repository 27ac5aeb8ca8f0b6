// @ts-nocheck
import type { Meta, Question, Recommendations, ReviewFacts, Source, Study, Topic } from '../schemas';

/** The validated evidence base exactly as stored in data/, each record with the file it came from. */
export interface Evidence {
  meta: Meta;
  sources: Source[];
  studies: Study[];
  questions: Question[];
  topics: Topic[];
  recommendations: Recommendations;
  review: ReviewFacts;
  /** Data file of each record, keyed "studies/<id>", "questions/<id>", "sources/<id>", "topics/<id>", "review", "recommendations", "meta". */
  files: Record<string, string>;
}
