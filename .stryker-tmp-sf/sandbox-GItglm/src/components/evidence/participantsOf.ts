// @ts-nocheck
import type { Study } from '../../schemas';

/**
 * Participants a study contributes, computed from its groups: the sum of its treatment arms when every arm
 * has an n, else the whole cohort's n, else the printed total. Undefined when the source gives none.
 */
export function participantsOf(study: Study): number | undefined {
  const arms = study.groups.filter((g) => g.role === 'arm');
  if (arms.length > 0 && arms.every((a) => a.n !== undefined)) return arms.reduce((s, a) => s + (a.n ?? 0), 0);
  const cohort = study.groups.find((g) => g.role === 'whole-cohort' && g.n !== undefined);
  if (cohort) return cohort.n;
  return study.totalPatients?.value;
}
