/** Number, interval, p-value and certainty formatting shared by every page (pure, locale pinned). */
export { formatNumber } from './formatNumber';
export { formatPercent, formatProportion } from './formatPercent';
export { formatMonths } from './formatMonths';
export { formatInterval, type NumberFormatter } from './formatInterval';
export { formatP, type PValue } from './formatP';
export { certaintyLevelsReached, certaintyPhrase, certaintySymbols, certaintyWord, formatCertainty, type CertaintyLevel } from './formatCertainty';
export { formatQuantity, formatRange, type QuantityUnit } from './formatQuantity';
export { formatFixed } from './formatFixed';
export { numberWord, wordList } from './numberWord';
