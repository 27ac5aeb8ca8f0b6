import type { Study } from '../../schemas';
import { valueRef } from './valueRef';

/** How a study's participants were counted, with the refs of the numbers summed (or the one number used). */
export interface StudyParticipants {
  n: number;
  rule: 'arms' | 'whole-cohort' | 'printed-total';
  /** One ref per number summed (arms) or the single number used. */
  refs: string[];
}

/**
 * Participants a study contributes, computed from its groups: the sum of its treatment arms when every arm
 * has an n, else the whole cohort's n, else the printed total. Undefined when the source gives none.
 */
export function studyParticipants(s: Study): StudyParticipants | undefined {
  const arms = s.groups.filter((g) => g.role === 'arm');
  if (arms.length > 0 && arms.every((a) => a.n !== undefined))
    return { n: arms.reduce((sum, a) => sum + a.n!, 0), rule: 'arms', refs: arms.map((a) => valueRef.groupN(s.id, a.id)) };
  const cohort = s.groups.find((g) => g.role === 'whole-cohort' && g.n !== undefined);
  if (cohort) return { n: cohort.n!, rule: 'whole-cohort', refs: [valueRef.groupN(s.id, cohort.id)] };
  if (s.totalPatients) return { n: s.totalPatients.value, rule: 'printed-total', refs: [valueRef.totalPatients(s.id)] };
  return undefined;
}
