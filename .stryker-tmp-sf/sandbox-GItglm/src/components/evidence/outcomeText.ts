// @ts-nocheck
import { formatInterval, formatQuantity } from '../../lib/format';
import type { Outcome } from '../../schemas';

/** The value of an outcome in words with its qualifier and CI, e.g. "87 months [10, 164]" or "up to 92%". */
export function outcomeText(o: Pick<Outcome, 'value' | 'unit' | 'qualifier' | 'ci'>): string {
  const base = formatQuantity(o.value, o.unit);
  const q = o.qualifier ? `${o.qualifier} ` : '';
  if (o.ci && typeof o.value === 'number') {
    const unit = o.unit;
    return `${q}${formatInterval(o.value, o.ci.lower, o.ci.upper, (v) => formatQuantity(v, unit).replace(/ (months|years)$/, ''))}${unit === 'months' || unit === 'years' ? ` ${unit}` : ''}`;
  }
  return `${q}${base}`;
}
