// @ts-nocheck
import type { Outcome } from '../../schemas';
import { measureLabel } from './labels';

/** "5-year overall survival", "Overall survival (median)", "Morbidity": what a value is, with its statistic. */
export function outcomeName(o: Pick<Outcome, 'measure' | 'statistic' | 'timepoint'>): string {
  const m: string = measureLabel[o.measure];
  if (o.statistic === 'landmark' && o.timepoint) {
    const unit = o.timepoint.unit === 'years' ? 'year' : 'month';
    return `${o.timepoint.value}-${unit} ${m.charAt(0).toLowerCase()}${m.slice(1)}`;
  }
  if (o.statistic === 'median' || o.statistic === 'mean') return `${m} (${o.statistic})`;
  return m;
}
