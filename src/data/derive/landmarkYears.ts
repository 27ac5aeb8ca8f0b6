/** Landmark time in years (months / 12), or undefined: the one conversion every table and figure uses. */
export function landmarkYears(o: { timepoint?: { value: number; unit: 'months' | 'years' } }): number | undefined {
  if (!o.timepoint) return undefined;
  return o.timepoint.unit === 'years' ? o.timepoint.value : o.timepoint.value / 12;
}
