import type { Study } from '../../schemas';
import type { ResolvedOutcome } from './types';

export { landmarkYears } from '../../data/derive/landmarkYears';

/** Every outcome of the given studies with its group, in data order; outcomes whose group is missing are skipped. */
export function resolveOutcomes(studies: Study[], keep: (r: ResolvedOutcome) => boolean): ResolvedOutcome[] {
  return studies.flatMap((study) =>
    study.outcomes.flatMap((outcome) => {
      const group = study.groups.find((g) => g.id === outcome.group);
      if (!group) return [];
      const r = { study, group, outcome };
      return keep(r) ? [r] : [];
    }),
  );
}

/** Studies newest first (year as printed), then by label: the order of the review's Table 1. */
export function byYearDescending(a: Study, b: Study): number {
  return (b.yearAsPrinted ?? 0) - (a.yearAsPrinted ?? 0) || a.label.localeCompare(b.label, 'en');
}
