/**
 * Value markers of figure data (see src/components/values/valueRef.ts): which data/ value a table cell or a
 * drawn number shows, or from which data/ values it is derived. test/values/ resolves them against data/ and R.
 */
import type { ValueMark, ValueSets } from '../charts';
import type { FigureEvidence, RowMarks } from './derive';
import type { Outcome, Study } from '../schemas';
import { refTo, studyFile } from '../data/derive/valueRef';

export const outcomeAt = (studyId: string, outcomeId: string, ...field: string[]) => refTo(studyFile(studyId), 'outcomes', outcomeId, ...field);
export const studyAt = (studyId: string, ...field: string[]) => refTo(studyFile(studyId), ...field);

/** A marker naming `refs` (one or several), derived by `derived` when given, shown × `scale` when given. */
export const mark = (refs: string | string[], derived?: string, scale?: number): ValueMark => ({
  v: (Array.isArray(refs) ? refs : [refs]).join(' '),
  ...(derived ? { derived } : {}),
  ...(scale !== undefined ? { scale } : {}),
});

/**
 * DataTable.marks for a table whose rows are `rows` in order, each marked by `rowMarks`, then one row per `extra`
 * (a pooled estimate's row) marked by it.
 */
export const marksOf =
  <T>(rows: readonly T[], rowMarks: (row: T, i: number) => RowMarks, ...extra: (() => RowMarks)[]) =>
  (i: number): RowMarks | undefined =>
    i < rows.length ? rowMarks(rows[i]!, i) : extra[i - rows.length]?.();

/** The data/ refs a marker names, with each named set (`@NAME`, see ValueSets) replaced by its refs. */
export function refsOfMark(m: ValueMark, sets: ValueSets | undefined): string[] {
  return m.v.split(' ').flatMap((r) => {
    if (!r.startsWith('@')) return [r];
    const set = sets?.[r.slice(1)];
    if (!set) throw new Error(`marker names the value set ${r}, which the figure does not define`);
    return set;
  });
}

const indexes = new WeakMap<FigureEvidence, Map<string, { study: Study; outcomes: Map<string, Outcome> }>>();
function outcomeOf(ev: FigureEvidence, studyId: string, outcomeId: string): Outcome {
  let byStudy = indexes.get(ev);
  if (!byStudy) indexes.set(ev, (byStudy = new Map(ev.studies.map((s) => [s.id, { study: s, outcomes: new Map(s.outcomes.map((o) => [o.id, o])) }]))));
  const o = byStudy.get(studyId)?.outcomes.get(outcomeId);
  if (!o) throw new Error(`no outcome ${studyId}/${outcomeId}`);
  return o;
}

/** One arm as the inputs of a derived number: its printed count (else its percentage) and its n (the outcome's, else the group's). */
export interface ArmInputs {
  refs: [string, string];
  counted: boolean;
}
export function armInputs(ev: FigureEvidence, a: { studyId: string; groupId: string; outcomeId: string }): ArmInputs {
  const o = outcomeOf(ev, a.studyId, a.outcomeId);
  const n = o.n !== undefined ? outcomeAt(a.studyId, a.outcomeId, 'n') : studyAt(a.studyId, 'groups', a.groupId, 'n');
  return { refs: [outcomeAt(a.studyId, a.outcomeId, o.count !== undefined ? 'count' : 'value'), n], counted: o.count !== undefined };
}

/** The events of an arm: its printed count, or the approximation from its percentage and n. */
export const eventsMark = (a: ArmInputs): ValueMark => (a.counted ? mark(a.refs[0]) : mark(a.refs, 'events'));
/** Its landmark time in years as data/ holds it (months are divided by 12). */
export function yearsMark(ev: FigureEvidence, a: { studyId: string; outcomeId: string }): ValueMark {
  const o = outcomeOf(ev, a.studyId, a.outcomeId);
  return o.timepoint?.unit === 'months' ? mark(outcomeAt(a.studyId, a.outcomeId, 'timepoint', 'value'), 'per-12') : mark(outcomeAt(a.studyId, a.outcomeId, 'timepoint', 'value'));
}
/** Provenance cells: the source file and locator as data/ records them for the outcome. */
export const provenanceMarks = (a: { studyId: string; outcomeId: string }) => ({
  source: mark(outcomeAt(a.studyId, a.outcomeId, 'provenance', 'source')),
  locator: mark(outcomeAt(a.studyId, a.outcomeId, 'provenance', 'locator')),
});

/** Marks of a pooled estimate: its point, CI, prediction interval and the 100% weight total. */
export interface PooledMarks {
  estimate: ValueMark;
  lower: ValueMark;
  upper: ValueMark;
  piLower: ValueMark;
  piUpper: ValueMark;
  total: ValueMark;
}

/** A mark for a value stored on the 0-1 scale and shown where the download's reference is in percent (×0.01). */
export const asFraction = (m: ValueMark): ValueMark => ({ ...m, scale: 0.01 });

/** A count shown as a number, marked as the count of the data/ records it counts (one ref each). */
export const countOf = (refs: string[]) => ({ text: String(refs.length), mark: mark(refs, 'count') });
/** The distinct studies of `ids` (first-seen order) counted, each named by its id in data/. */
export const studyCount = (ids: Iterable<string>) => countOf([...new Set(ids)].map((id) => studyAt(id, 'id')));
