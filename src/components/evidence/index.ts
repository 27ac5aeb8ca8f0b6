/** Page data derived from the evidence once, so components only render. */
export * from './labels';
export { outcomeName } from './outcomeName';
export { outcomeText } from './outcomeText';
export { participantRefs, participantsOf } from './participantsOf';
export { reviewNotes, studyNotes, type ShownNote } from './studyNotes';
export { studySources } from './studySources';
export { studyInforms } from './studyInforms';
export { shownGroups, statColumns, studyRows, tableOrder, type StatColumn, type StudyRow } from './studyRows';
export { factText } from './factText';
export { countQuotes, noteSource, sourceUsage, type SourceNote, type SourceUsage } from './sourceUsage';
export { questionsOfStudy, studyTable, type StudyTable } from './studyTable';
export { PAGER_ALL_UP_TO, pagerNumbers, ROWS_PER_PAGE, studyTablePages, studyTablePath, type StudyTablePage } from './studyTablePages';
export { cellText, sortNumber, studyTableJson, type StudyTableJson } from './studyTableJson';
export { studiesByDesign, type DesignGroup } from './studiesByDesign';
