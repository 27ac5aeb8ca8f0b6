/** A p-value as a source reports it: an operator and a value. */
export interface PValue {
  operator: '=' | '<' | '>' | '<=';
  value: number;
}

const symbols: Record<PValue['operator'], string> = { '=': '=', '<': '<', '>': '>', '<=': '\u2264' };

/**
 * "p = 0.03", "p < 0.001", "p \u2264 0.05". Exact values keep up to 3 significant digits;
 * an exact p below 0.001 is shown as "p < 0.001" (the conventional floor).
 */
export function formatP(p: PValue): string {
  if (!(p.value >= 0 && p.value <= 1)) throw new RangeError(`p must be in [0, 1], got ${p.value}`);
  if (p.operator === '=' && p.value < 0.001) return 'p < 0.001';
  const digits = p.value === 0 ? '0' : String(Number(p.value.toPrecision(3)));
  return `p ${symbols[p.operator]} ${digits}`;
}
