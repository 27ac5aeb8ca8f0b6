import type { Study } from '../../schemas';

/** The studies of one design on a question page: how many, and the few named there. */
export interface DesignGroup {
  design: Study['design'];
  studies: Study[];
  /** Shown by name: every study the question itself names, then the newest others up to `perDesign`. */
  named: Study[];
}

/**
 * A question's studies grouped by design (largest group first), so that a page names a few of each and counts
 * the rest, whatever the size of the evidence base; `studies` come newest first.
 */
export function studiesByDesign(studies: readonly Study[], namedByQuestion: readonly string[], perDesign: number): DesignGroup[] {
  const groups = new Map<Study['design'], Study[]>();
  for (const s of studies) groups.set(s.design, [...(groups.get(s.design) ?? []), s]);
  return [...groups]
    .map(([design, list]) => {
      const named = list.filter((s) => namedByQuestion.includes(s.id));
      const others = list.filter((s) => !namedByQuestion.includes(s.id)).slice(0, Math.max(0, perDesign - named.length));
      return { design, studies: list, named: list.filter((s) => named.includes(s) || others.includes(s)) };
    })
    .sort((a, b) => b.studies.length - a.studies.length || a.design.localeCompare(b.design));
}
