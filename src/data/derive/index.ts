export { valueRef } from './valueRef';
export { studyParticipants, type StudyParticipants } from './participantsOf';
export { summaryOfFindings, type SofGroup, type SofRange, type SofRowView, type SofSkipped, type SofStudy, type SofValue } from './summaryOfFindings';
export { patientTotal, type PatientTotal } from './patientTotal';
export { keyInformation, resolveValue, type KeyLine, type KeySectionView, type ShownValue } from './keyInformation';
