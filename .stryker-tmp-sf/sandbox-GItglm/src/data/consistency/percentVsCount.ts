// @ts-nocheck
import type { Study } from '../../schemas';
import { printedDecimals, roundTo } from './decimals';
import type { DataQualityNote } from './note';

/** Percentages printed with their count and denominator that do not match count / denominator at the printed precision. */
export function percentVsCount(study: Study, file: string): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  study.outcomes.forEach((o, i) => {
    if (o.unit !== 'percent' || typeof o.value !== 'number' || o.count === undefined) return;
    const n = o.n ?? study.groups.find((g) => g.id === o.group)?.n;
    if (!n) return;
    const decimals = printedDecimals(o.value, o.printed);
    const exact = (100 * o.count) / n;
    const rounded = roundTo(exact, decimals);
    if (rounded === o.value) return;
    notes.push({
      id: `percent-vs-count/${study.id}/${o.id}`,
      kind: 'percent-vs-count',
      record: `study/${study.id}`,
      file,
      path: `$.outcomes[${i}].value`,
      reported: `${o.value}% (${o.count} of ${n})`,
      computed: `${o.count} / ${n} = ${exact.toFixed(decimals + 2)}%, which rounds to ${rounded.toFixed(decimals)}%`,
      message: `The source prints ${o.value}% for ${o.count} of ${n}; ${o.count} / ${n} is ${exact.toFixed(decimals + 2)}%, which rounds to ${rounded.toFixed(decimals)}%. The printed value is kept.`,
    });
  });
  return notes;
}
