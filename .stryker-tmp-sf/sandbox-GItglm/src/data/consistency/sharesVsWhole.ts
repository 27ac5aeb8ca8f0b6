// @ts-nocheck
import type { Study } from '../../schemas';
import { roundTo } from './decimals';
import type { DataQualityNote } from './note';

/** Percentage shares of one cohort (how patients split between procedures) that do not add up to 100%. */
export function sharesVsWhole(study: Study, file: string): DataQualityNote[] {
  const byGroup = new Map<string, number[]>();
  study.outcomes.forEach((o, i) => {
    if (o.measure !== 'procedure-share' || o.unit !== 'percent' || typeof o.value !== 'number') return;
    byGroup.set(o.group, [...(byGroup.get(o.group) ?? []), i]);
  });
  const notes: DataQualityNote[] = [];
  for (const [group, indices] of byGroup) {
    if (indices.length < 2) continue;
    const values = indices.map((i) => study.outcomes[i]!.value as number);
    const sum = roundTo(values.reduce((s, v) => s + v, 0), 1);
    if (sum === 100) continue;
    const label = study.groups.find((g) => g.id === group)?.label ?? group;
    notes.push({
      id: `parts-vs-whole/${study.id}/${group}`,
      kind: 'parts-vs-whole',
      record: `study/${study.id}`,
      file,
      path: `$.outcomes[${indices[0]}].value`,
      reported: `shares ${values.map((v) => `${v}%`).join(', ')} of ${label}`,
      computed: `${values.join(' + ')} = ${sum}%`,
      message: `The shares of patients by procedure in "${label}" add up to ${sum}%, not 100% (${values.join(' + ')}); probably rounding in the source. Shown as printed.`,
    });
  }
  return notes;
}
