/** GRADE certainty levels as the data names them. */
export type CertaintyLevel = 'high' | 'moderate' | 'low' | 'very-low' | 'no-evidence';

const filled: Record<CertaintyLevel, 0 | 1 | 2 | 3 | 4> = { high: 4, moderate: 3, low: 2, 'very-low': 1, 'no-evidence': 0 };
const words: Record<CertaintyLevel, string> = {
  high: 'HIGH',
  moderate: 'MODERATE',
  low: 'LOW',
  'very-low': 'VERY LOW',
  'no-evidence': 'No evidence (graded nil)',
};

/** How many of GRADE's four levels a certainty reaches (HIGH 4 ... VERY LOW 1; no evidence 0): the filled symbols. */
export function certaintyLevelsReached(level: CertaintyLevel): 0 | 1 | 2 | 3 | 4 {
  return filled[level];
}

/** The four GRADE symbols: filled circled-plus for each level reached, open circles for the rest ("⊕⊕◯◯"). */
export function certaintySymbols(level: CertaintyLevel): string {
  const n = filled[level];
  return '\u2295'.repeat(n) + '\u25EF'.repeat(4 - n);
}

/** The word GRADE prints beside the symbols ("LOW", "VERY LOW"); "No evidence (graded nil)" where the source grades nil. */
export function certaintyWord(level: CertaintyLevel): string {
  return words[level];
}

/** Symbols and word together, e.g. "⊕⊕◯◯ LOW". */
export function formatCertainty(level: CertaintyLevel): string {
  return `${certaintySymbols(level)} ${certaintyWord(level)}`;
}

/** The plain-language verb GRADE guidance pairs with each level ("probably", "may", "very uncertain"). */
export function certaintyPhrase(level: CertaintyLevel): string {
  return { high: 'results in', moderate: 'probably', low: 'may', 'very-low': 'very uncertain', 'no-evidence': 'no evidence' }[level];
}
