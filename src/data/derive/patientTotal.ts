import type { Study } from '../../schemas';
import { studyParticipants, type StudyParticipants } from './participantsOf';

export interface PatientTotalRow extends StudyParticipants {
  studyId: string;
  label: string;
  /** Studies whose patients may be the same (curated possible-overlap notes). */
  overlapsWith: string[];
}

export interface PatientTotal {
  total: number;
  /** Every number summed, in order. */
  refs: string[];
  counted: PatientTotalRow[];
  /** Studies with no countable number of patients. */
  notCounted: { studyId: string; label: string }[];
}

/**
 * The site's own patient total: each study's participants (arms summed, else whole cohort, else printed total),
 * added over every study in the data. Series reported by more than one source are not merged, so this is a sum of
 * records, not a count of distinct patients; possible overlaps are listed with each row.
 */
export function patientTotal(studies: readonly Study[]): PatientTotal {
  const counted: PatientTotalRow[] = [];
  const notCounted: PatientTotal['notCounted'] = [];
  for (const s of studies) {
    const p = studyParticipants(s);
    if (!p) {
      notCounted.push({ studyId: s.id, label: s.label });
      continue;
    }
    const overlapsWith = s.curatedNotes.filter((n) => n.kind === 'possible-overlap').flatMap((n) => n.overlapsWith);
    counted.push({ studyId: s.id, label: s.label, ...p, overlapsWith });
  }
  return { total: counted.reduce((a, r) => a + r.n, 0), refs: counted.flatMap((r) => r.refs), counted, notCounted };
}
