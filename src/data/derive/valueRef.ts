/**
 * Value references ("FILE#POINTER") that pin a shown number to data/: FILE is the data file under data/ without
 * ".json", POINTER a "/"-separated path whose array segments are element ids (or indices where elements have none).
 * Rendered as data-v attributes so a test can compare every shown number with the data. Every reference of the
 * site is built here, by `refTo` (src/components/values/valueRef.ts adds the page helpers on top of these).
 */
/** A reference to `path` inside data/`file`.json ("studies/mayo-2011#/outcomes/os-5y/value"). */
export const refTo = (file: string, ...path: (string | number)[]): string => `${file}#/${path.join('/')}`;

/** The data file of a study, as references name it ("studies/mayo-2011"). */
export const studyFile = (studyId: string) => `studies/${studyId}`;

/** The references the derived data (Summary of Findings, key information, participants) carry. */
export const valueRef = {
  /** A study's id: one ref per study for "(k studies)" counts. */
  studyId: (studyId: string) => refTo(studyFile(studyId), 'id'),
  groupN: (studyId: string, groupId: string) => refTo(studyFile(studyId), 'groups', groupId, 'n'),
  outcomeValue: (studyId: string, outcomeId: string) => refTo(studyFile(studyId), 'outcomes', outcomeId, 'value'),
  comparisonP: (studyId: string, comparisonId: string) => refTo(studyFile(studyId), 'comparisons', comparisonId, 'p', 'value'),
  totalPatients: (studyId: string) => refTo(studyFile(studyId), 'totalPatients', 'value'),
  reviewStatement: (statementId: string) => refTo('review', 'statements', statementId, 'value', 'value'),
  reviewRange: (index: number, end: 'low' | 'high') => refTo('review', 'ranges', index, end),
  reviewPatients: () => refTo('review', 'patients', 'value'),
  reviewFlow: (key: 'identified' | 'included') => refTo('review', 'flow', key, 'value'),
};
