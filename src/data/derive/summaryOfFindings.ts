import type { Question, Study, SummaryOfFindingsRow, ReviewFacts } from '../../schemas';
import { armKind, type ArmKind } from './treatmentKind';
import { valueRef } from './valueRef';

/** A number (or "not reached") as the source reports it, with the ref that pins it; non-numbers carry no ref. */
export interface SofValue {
  outcomeId: string;
  value: number | 'not reached';
  unit: string;
  ref?: string;
}

/** One group a row counts: its size and the values it reports for the row's outcome. */
export interface SofGroup {
  groupId: string;
  label: string;
  kind: ArmKind;
  n?: number;
  nRef?: string;
  values: SofValue[];
}

/** One of the study's arms the row does not count, and why. */
export interface SofSkipped {
  groupId: string;
  label: string;
  n?: number;
  nRef?: string;
  reason: string;
}

export interface SofStudy {
  studyId: string;
  label: string;
  idRef: string;
  /** Groups counted (empty when the study's patients cannot be counted for this row). */
  counted: SofGroup[];
  /** The study's other arms, not counted for this outcome and time point. */
  skipped: SofSkipped[];
  /** Sum of the counted groups' n, with the refs summed. */
  subtotal?: { n: number; refs: string[] };
  /** What the count means, when not simply the patients with a value. */
  note?: string;
  /** Why none of the study's patients are counted. */
  uncounted?: string;
  /** p-values the source reports between the row's outcomes. */
  pValues: { operator: string; value: number; ref: string; description: string }[];
}

/** Minimum and maximum of the numeric values of one kind of arm across the row's studies. */
export interface SofRange {
  kind: ArmKind;
  unit: string;
  low: number;
  high: number;
  refs: string[];
  /** Arms of this kind whose median was not reached (outside any numeric range). */
  notReached: number;
}

export interface SofRowView {
  outcome: string;
  studies: SofStudy[];
  /** Participants: sum of the counted groups' n; undefined when none can be counted. */
  participants?: number;
  participantRefs: string[];
  /** True when some counted group has no n, so the sum is a lower bound. */
  incomplete: boolean;
  /** Studies behind the row, one ref per study in the data. */
  studyRefs: string[];
  /** The number of studies the review says report the outcome, when it names more than the data hold. */
  reportedStudyCount?: { value: number; ref: string };
  ranges: SofRange[];
  result?: string;
  comment: string;
  footnotes: SummaryOfFindingsRow['footnotes'];
}

const skipReason = 'reports no value for this outcome and time point in this comparison';

function studyPart(e: SummaryOfFindingsRow['evidence'][number], s: Study): SofStudy {
  const groupIds: string[] = [];
  const valuesOf = new Map<string, SofValue[]>();
  for (const oid of e.outcomes) {
    const o = s.outcomes.find((x) => x.id === oid)!;
    if (!groupIds.includes(o.group)) groupIds.push(o.group);
    const v: SofValue = { outcomeId: o.id, value: o.value, unit: o.unit, ...(typeof o.value === 'number' ? { ref: valueRef.outcomeValue(s.id, o.id) } : {}) };
    valuesOf.set(o.group, [...(valuesOf.get(o.group) ?? []), v]);
  }
  for (const g of e.groups) if (!groupIds.includes(g)) groupIds.push(g);
  const counted: SofGroup[] = e.uncounted
    ? []
    : groupIds.map((id) => {
        const g = s.groups.find((x) => x.id === id)!;
        return {
          groupId: g.id,
          label: g.label,
          kind: armKind(g.treatment),
          ...(g.n !== undefined ? { n: g.n, nRef: valueRef.groupN(s.id, g.id) } : {}),
          values: valuesOf.get(g.id) ?? [],
        };
      });
  const skipped: SofSkipped[] = e.uncounted
    ? []
    : s.groups
        .filter((g) => g.role === 'arm' && !groupIds.includes(g.id))
        .map((g) => ({ groupId: g.id, label: g.label, ...(g.n !== undefined ? { n: g.n, nRef: valueRef.groupN(s.id, g.id) } : {}), reason: skipReason }));
  const withN = counted.filter((g) => g.n !== undefined);
  const pValues = s.comparisons
    .filter((c) => c.p && c.outcomes.length > 1 && c.outcomes.every((o) => e.outcomes.includes(o)))
    .map((c) => ({ operator: c.p!.operator, value: c.p!.value, ref: valueRef.comparisonP(s.id, c.id), description: c.description }));
  return {
    studyId: s.id,
    label: s.label,
    idRef: valueRef.studyId(s.id),
    counted,
    skipped,
    ...(withN.length > 0 ? { subtotal: { n: withN.reduce((a, g) => a + g.n!, 0), refs: withN.map((g) => g.nRef!) } } : {}),
    ...(e.note ? { note: e.note } : {}),
    ...(e.uncounted ? { uncounted: e.uncounted } : {}),
    pValues,
  };
}

/** Per kind of arm, the lowest and highest value reported (low = high when one arm reports it). */
function ranges(studies: SofStudy[]): SofRange[] {
  const out: SofRange[] = [];
  for (const kind of ['resection', 'comparator'] as const) {
    const values = studies.flatMap((s) => s.counted.filter((g) => g.kind === kind).flatMap((g) => g.values));
    const numeric = values.filter((v): v is SofValue & { value: number; ref: string } => typeof v.value === 'number');
    const units = new Set(numeric.map((v) => v.unit));
    if (numeric.length === 0 || units.size !== 1) continue;
    const nums = numeric.map((v) => v.value);
    out.push({ kind, unit: numeric[0]!.unit, low: Math.min(...nums), high: Math.max(...nums), refs: numeric.map((v) => v.ref), notReached: values.length - numeric.length });
  }
  return out;
}

/**
 * A question's Summary-of-Findings rows, derived from data only: for each row, the groups that report its outcome
 * at its time point (or the groups it compares), their sizes summed as participants, the reported values, the ranges
 * across studies by kind of arm, and every number's ref. Arms of the same study that do not report the outcome are
 * listed as not counted, never summed.
 */
export function summaryOfFindings(q: Question, studies: readonly Study[], review: ReviewFacts): SofRowView[] {
  const byId = new Map(studies.map((s) => [s.id, s]));
  return q.summaryOfFindings.map((row) => {
    const parts = row.evidence.map((e) => studyPart(e, byId.get(e.study)!));
    const counted = parts.flatMap((p) => p.counted);
    const withN = counted.filter((g) => g.n !== undefined);
    const statement = row.studyCountStatement ? review.statements.find((s) => s.id === row.studyCountStatement) : undefined;
    return {
      outcome: row.outcome,
      studies: parts,
      ...(withN.length > 0 ? { participants: withN.reduce((a, g) => a + g.n!, 0) } : {}),
      participantRefs: withN.map((g) => g.nRef!),
      incomplete: withN.length < counted.length,
      studyRefs: parts.map((p) => p.idRef),
      ...(statement?.value ? { reportedStudyCount: { value: statement.value.value, ref: valueRef.reviewStatement(statement.id) } } : {}),
      ranges: ranges(parts),
      ...(row.result ? { result: row.result } : {}),
      comment: row.comment,
      footnotes: row.footnotes,
    };
  });
}
