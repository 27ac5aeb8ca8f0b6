// @ts-nocheck
import type { Study } from '../../schemas';
import { printedDecimals, roundTo } from './decimals';
import type { DataQualityNote } from './note';

/** Differences quoted in the text that do not equal the difference of the two values they compare. */
export function quotedDifference(study: Study, file: string): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  study.comparisons.forEach((c, i) => {
    if (!c.reportedDifference || c.outcomes.length !== 2) return;
    const [a, b] = c.outcomes.map((id) => study.outcomes.find((o) => o.id === id));
    if (!a || !b || typeof a.value !== 'number' || typeof b.value !== 'number') return;
    const reported = c.reportedDifference.value;
    const diff = Math.abs(a.value - b.value);
    const decimals = Math.max(printedDecimals(reported, c.reportedDifference.printed), printedDecimals(a.value, a.printed), printedDecimals(b.value, b.printed));
    if (roundTo(diff, decimals) === roundTo(Math.abs(reported), decimals)) return;
    const unit = a.unit === 'percent' ? ' percentage points' : ` ${a.unit}`;
    notes.push({
      id: `quoted-difference/${study.id}/${c.id}`,
      kind: 'quoted-difference',
      record: `study/${study.id}`,
      file,
      path: `$.comparisons[${i}].reportedDifference.value`,
      reported: `difference ${c.reportedDifference.printed}`,
      computed: `${a.printed} vs ${b.printed}: |${a.value} − ${b.value}| = ${roundTo(diff, decimals)}${unit}`,
      message: `The text quotes a difference of ${c.reportedDifference.printed}, but the two values it compares (${a.printed} and ${b.printed}) differ by ${roundTo(diff, decimals)}${unit}.`,
    });
  });
  return notes;
}
