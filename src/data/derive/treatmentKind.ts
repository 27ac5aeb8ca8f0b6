import type { Group } from '../../schemas';

type Treatment = NonNullable<Group['treatment']>;

/** How a group is drawn: resection arms against everything else (shape and label, never colour alone). */
export type ArmKind = 'resection' | 'comparator';

/** Surgical resection of liver metastases, including resection with ablation and incomplete (R2) cytoreduction. */
const resection: readonly Treatment[] = ['liver-resection', 'liver-resection-with-ablation', 'cytoreduction', 'liver-directed-surgery'];

export function armKind(treatment: Treatment | undefined): ArmKind {
  return treatment && resection.includes(treatment) ? 'resection' : 'comparator';
}

/** Treatments that involve liver surgery; a comparator with one of these is not a non-surgical comparator. */
const surgical: readonly Treatment[] = [...resection, 'liver-transplantation'];

export function isNonSurgical(treatment: Treatment | undefined): boolean {
  return treatment !== undefined && !surgical.includes(treatment) && treatment !== 'mixed';
}

/** How a single-arm series is drawn: liver surgery (resection, cytoreduction, liver-directed surgery), transplantation, ablation, or other procedures. */
export type SeriesKind = 'resection' | 'transplantation' | 'ablation' | 'other';

export function seriesKind(treatment: Treatment | undefined | null): SeriesKind {
  if (treatment === 'liver-transplantation') return 'transplantation';
  if (treatment === 'ablation') return 'ablation';
  return treatment && resection.includes(treatment) ? 'resection' : 'other';
}
