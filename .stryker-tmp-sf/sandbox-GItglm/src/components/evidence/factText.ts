// @ts-nocheck
import { formatQuantity, formatRange } from '../../lib/format';
import type { ContextFact } from '../../schemas';

/** A context fact's value in words with its qualifier: "20–30%", "up to 5 cm", "about 2 per 100,000". */
export function factText(f: ContextFact): string {
  const v = typeof f.value === 'number' ? formatQuantity(f.value, f.unit) : formatRange(f.value.low, f.value.high, f.unit);
  return f.qualifier ? `${f.qualifier} ${v}` : v;
}
