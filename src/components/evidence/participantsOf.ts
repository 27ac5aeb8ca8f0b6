import { studyParticipants } from '../../data/derive';
import type { Study } from '../../schemas';

/**
 * Participants a study contributes, computed from its groups: the sum of its treatment arms when every arm
 * has an n, else the whole cohort's n, else the printed total. Undefined when the source gives none.
 */
export function participantsOf(study: Study): number | undefined {
  return studyParticipants(study)?.n;
}

/** The data/ addresses participantsOf adds up (one for a cohort or a printed total), for a derived-value marker. */
export function participantRefs(study: Study): string[] {
  return studyParticipants(study)?.refs ?? [];
}
