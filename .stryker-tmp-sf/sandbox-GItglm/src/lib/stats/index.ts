/** Pure statistics for evidence synthesis; reference values come from R/metafor (test/fixtures/stats). */
// @ts-nocheck

export * from './types';
export { approximateEvents } from './approximateEvents';
export { backTransformLogit } from './backTransformLogit';
export { checkCount } from './checkCount';
export { chiSquareUpperTail } from './chiSquareUpperTail';
export { logitProportion } from './logitProportion';
export { normalCdf } from './normalCdf';
export { normalQuantile } from './normalQuantile';
export { pooledRandomEffects } from './pooledRandomEffects';
export { remlLogLikelihood } from './remlLogLikelihood';
export { riskDifference } from './riskDifference';
export { riskRatio } from './riskRatio';
export { studentTQuantile } from './studentTQuantile';
export { sum } from './sum';
export { tau2DerSimonianLaird } from './tau2DerSimonianLaird';
export { tau2RestrictedMaximumLikelihood } from './tau2RestrictedMaximumLikelihood';
export { tCdf } from './tCdf';
export { twoByTwo } from './twoByTwo';
export { wilsonInterval } from './wilsonInterval';