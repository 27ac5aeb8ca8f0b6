import type { Question, Study, Topic } from '../../schemas';

/** The clinical questions (by number) and topics a study informs, as its page and its search record list them. */
export function studyInforms(study: Study, ev: { questions: readonly Question[]; topics: readonly Topic[] }): { questions: Question[]; topics: Topic[] } {
  return {
    questions: ev.questions.filter((q) => study.questions.includes(q.id) || q.studies.includes(study.id)).sort((a, b) => a.number - b.number),
    topics: ev.topics.filter((t) => study.topics.includes(t.id)),
  };
}
