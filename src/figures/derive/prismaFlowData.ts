import type { Provenance } from '../../schemas';
import type { FigureEvidence } from './types';

/** One count of the PRISMA flow as printed, with the arithmetic check from the data-quality notes. */
export interface FlowCountRow {
  /** Box of the diagram: identified, excluded-screening, retained-screening, excluded-eligibility, included. */
  box: string;
  /** Line within the box: "total" or an exclusion reason. */
  item: string;
  label: string;
  reported: number;
  /** What the other printed counts compute to, when that disagrees (from the notes), e.g. "1594 − 1467 = 127". */
  computed: string | null;
  reconciles: boolean;
  /** Where data/review.json holds the count (a JSON pointer, e.g. "/flow/identified/value"): the row's id in downloads. */
  pointer: string;
  provenance: Provenance;
}

const boxOfPath: Record<string, string> = {
  '$.flow.identified.value': 'identified',
  '$.flow.excludedAtScreening.total.value': 'excluded-screening',
  '$.flow.retainedAfterScreening.value': 'retained-screening',
  '$.flow.excludedAtEligibility.total.value': 'excluded-eligibility',
  '$.flow.included.value': 'included',
};

/** Every count of the review's flow diagram in reading order; totals carry the flow-arithmetic notes. */
export function prismaFlowData(ev: FigureEvidence): FlowCountRow[] {
  const f = ev.review.flow;
  const notes = ev.notes.filter((n) => n.kind === 'flow-arithmetic');
  const total = (box: string, label: string, c: { value: number; provenance: Provenance }): FlowCountRow => {
    const note = notes.find((n) => boxOfPath[n.path] === box);
    const path = Object.keys(boxOfPath).find((p) => boxOfPath[p] === box)!;
    const pointer = path.replace(/^\$/, '').replace(/\./g, '/');
    return { box, item: 'total', label, reported: c.value, computed: note?.computed ?? null, reconciles: !note, pointer, provenance: c.provenance };
  };
  const reasons = (box: string, key: 'excludedAtScreening' | 'excludedAtEligibility', list: { label: string; count: { value: number; provenance: Provenance } }[]): FlowCountRow[] =>
    list.map((r, i) => ({ box, item: 'reason', label: r.label, reported: r.count.value, computed: null, reconciles: true, pointer: `/flow/${key}/reasons/${i}/count/value`, provenance: r.count.provenance }));
  return [
    total('identified', 'Records identified (search results combined)', f.identified),
    total('excluded-screening', 'Excluded on title and abstract', f.excludedAtScreening.total),
    ...reasons('excluded-screening', 'excludedAtScreening', f.excludedAtScreening.reasons),
    total('retained-screening', 'Retained after title and abstract screening', f.retainedAfterScreening),
    total('excluded-eligibility', 'Excluded at manuscript review', f.excludedAtEligibility.total),
    ...reasons('excluded-eligibility', 'excludedAtEligibility', f.excludedAtEligibility.reasons),
    total('included', 'Studies included in the review', f.included),
  ];
}
