/** Page data derived from the evidence once, so components only render. */
// @ts-nocheck

export * from './labels';
export { outcomeName } from './outcomeName';
export { outcomeText } from './outcomeText';
export { participantsOf } from './participantsOf';
export { reviewNotes, studyNotes, type ShownNote } from './studyNotes';
export { studySources } from './studySources';
export { shownGroups, statColumns, studyRows, tableOrder, type StatColumn, type StudyRow } from './studyRows';
export { factText } from './factText';
export { countQuotes, noteSource, sourceUsage, type SourceNote, type SourceUsage } from './sourceUsage';
