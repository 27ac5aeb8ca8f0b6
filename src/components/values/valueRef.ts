/**
 * Value markers: every number a reader sees carries `data-v`, the address of the data/ value it shows, so one
 * test (test/values/) can read each marked number back out of dist/ and compare it with data/.
 *
 * A reference is `FILE#POINTER`: FILE is the data file under data/ without `.json` ("studies/mayo-2011",
 * "review"); POINTER is `/`-separated keys, where a key into an array names the element's `id` (or its index
 * when the elements have no id). Several references in one attribute are separated by spaces and name the
 * numbers of the element's text in order ("74% [60, 85]": value, ci/lower, ci/upper).
 * docs/value-markers.md explains the contract, including derived numbers (`data-derived`). The references are built
 * by src/data/derive/valueRef.ts (`refTo`); these are the helpers pages and components use.
 */
import { refTo, studyFile as fileOfStudy, valueRef } from '../../data/derive/valueRef';
import type { Group, Outcome, Study } from '../../schemas';

export type ValueRef = string;

/** The attribute value for one or more references (undefined when there is none, so no empty attribute is written). */
export const dataV = (refs: ValueRef | ValueRef[] | undefined): string | undefined => {
  const list = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs];
  return list.length > 0 ? list.join(' ') : undefined;
};

const idOf = (study: Pick<Study, 'id'> | string) => (typeof study === 'string' ? study : study.id);
const studyFile = (study: Pick<Study, 'id'> | string) => fileOfStudy(idOf(study));

/** The numbers outcomeText shows, in order: the value, then the CI bounds when there is a CI. */
export function outcomeRefs(study: Pick<Study, 'id'> | string, o: Pick<Outcome, 'id' | 'ci'>): ValueRef[] {
  const at = (...p: string[]) => refTo(studyFile(study), 'outcomes', o.id, ...p);
  return o.ci ? [at('value'), at('ci', 'lower'), at('ci', 'upper')] : [at('value')];
}

export const outcomeFieldRef = (study: Pick<Study, 'id'> | string, o: Pick<Outcome, 'id'>, ...field: string[]): ValueRef =>
  refTo(studyFile(study), 'outcomes', o.id, ...field);
export const groupNRef = (study: Pick<Study, 'id'> | string, g: Pick<Group, 'id'>): ValueRef => valueRef.groupN(idOf(study), g.id);
export const totalPatientsRef = (study: Pick<Study, 'id'> | string): ValueRef => valueRef.totalPatients(idOf(study));
export const yearRef = (study: Pick<Study, 'id'> | string): ValueRef => refTo(studyFile(study), 'yearAsPrinted');
export const comparisonRef = (study: Pick<Study, 'id'> | string, comparisonId: string, ...field: string[]): ValueRef =>
  refTo(studyFile(study), 'comparisons', comparisonId, ...field);
export const factRefs = (topic: string, fact: { id: string; value: number | { low: number; high: number } }): ValueRef[] =>
  typeof fact.value === 'number'
    ? [refTo(`topics/${topic}`, 'facts', fact.id, 'value')]
    : [refTo(`topics/${topic}`, 'facts', fact.id, 'value', 'low'), refTo(`topics/${topic}`, 'facts', fact.id, 'value', 'high')];
