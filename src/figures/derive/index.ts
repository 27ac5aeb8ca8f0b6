/** Figure data preparation: pure functions from the evidence to the rows each figure draws. */
export * from './types';
export { armLandmarks, type ArmLandmarkRow } from './armLandmarks';
export { certaintyData, type CertaintyDataRow } from './certaintyData';
export { collectCredits, creditLine, creditParts, creditStudies, creditStudiesNamed } from './credits';
export { pooledResectionSurvival, type BackTransformedPool, type PooledProportionRow } from './pooledResectionSurvival';
export { prismaFlowData, type FlowCountRow } from './prismaFlowData';
export { byYearDescending, landmarkYears, resolveOutcomes } from './resolveOutcomes';
export { resectionVsComparator, type RiskDifferenceAnalysis, type RiskDifferenceRow } from './resectionVsComparator';
export { landmarkTimes, seriesLandmarks, type SeriesLandmarkRow } from './seriesLandmarks';
export { monthsPerYear, survivalTimes, type SurvivalTimeRow } from './survivalTimes';
export { armKind, isNonSurgical, seriesKind, type ArmKind, type SeriesKind } from '../../data/derive/treatmentKind';
