/**
 * Value references ("FILE#POINTER") that pin a shown number to data/: FILE is the data file under data/ without
 * ".json", POINTER a "/"-separated path whose array segments are element ids (or indices where elements have none).
 * Rendered as data-v attributes so a test can compare every shown number with the data.
 */
/** A reference to `path` inside data/`file`.json ("studies/mayo-2011#/outcomes/os-5y/value"). */
export const refTo = (file: string, ...path: (string | number)[]): string => `${file}#/${path.join('/')}`;

const study = (id: string) => `studies/${id}#`;

export const valueRef = {
  /** A study's id: one ref per study for "(k studies)" counts. */
  studyId: (studyId: string) => `${study(studyId)}/id`,
  groupN: (studyId: string, groupId: string) => `${study(studyId)}/groups/${groupId}/n`,
  outcomeValue: (studyId: string, outcomeId: string) => `${study(studyId)}/outcomes/${outcomeId}/value`,
  comparisonP: (studyId: string, comparisonId: string) => `${study(studyId)}/comparisons/${comparisonId}/p/value`,
  totalPatients: (studyId: string) => `${study(studyId)}/totalPatients/value`,
  reviewStatement: (statementId: string) => `review#/statements/${statementId}/value/value`,
  reviewRange: (index: number, end: 'low' | 'high') => `review#/ranges/${index}/${end}`,
  reviewPatients: () => 'review#/patients/value',
  reviewFlow: (key: 'identified' | 'included') => `review#/flow/${key}/value`,
};
