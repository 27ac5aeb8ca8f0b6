// @ts-nocheck
import type { Study } from '../../schemas';
import type { DataQualityNote } from './note';

/** Treatment arms whose sizes do not add up to the study's reported total. */
export function armsVsTotal(study: Study, file: string): DataQualityNote[] {
  const arms = study.groups.filter((g) => g.role === 'arm');
  const total = study.totalPatients;
  if (!total || arms.length < 2 || arms.some((a) => a.n === undefined)) return [];
  const sum = arms.reduce((s, a) => s + (a.n ?? 0), 0);
  if (sum === total.value) return [];
  const computed = `${arms.map((a) => a.n).join(' + ')} = ${sum}`;
  return [
    {
      id: `arms-vs-total/${study.id}`,
      kind: 'arms-vs-total',
      record: `study/${study.id}`,
      file,
      path: '$.totalPatients.value',
      reported: `total ${total.value} patients`,
      computed: `arms ${computed}`,
      message: `The source reports a total of ${total.value} patients, but its treatment arms add up to ${sum} (${computed}). Both are shown as printed.`,
    },
  ];
}
