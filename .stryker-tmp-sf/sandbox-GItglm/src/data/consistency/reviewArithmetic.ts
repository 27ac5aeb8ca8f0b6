// @ts-nocheck
import type { ReviewFacts } from '../../schemas';
import { roundTo } from './decimals';
import type { DataQualityNote } from './note';

const note = (file: string, id: string, kind: DataQualityNote['kind'], path: string, reported: string, computed: string, message: string): DataQualityNote => ({
  id: `${kind}/review/${id}`,
  kind,
  record: 'review',
  file,
  path,
  reported,
  computed,
  message,
});

/** Flow-diagram, design, country and percentage arithmetic of the systematic review. */
export function reviewArithmetic(r: ReviewFacts, file: string): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  const f = r.flow;
  const afterScreening = f.identified.value - f.excludedAtScreening.total.value;
  if (afterScreening !== f.retainedAfterScreening.value)
    notes.push(
      note(file, 'retained-after-screening', 'flow-arithmetic', '$.flow.retainedAfterScreening.value', `${f.retainedAfterScreening.value} records retained after screening`, `${f.identified.value} − ${f.excludedAtScreening.total.value} = ${afterScreening}`,
        `The flow diagram retains ${f.retainedAfterScreening.value} records after screening, but ${f.identified.value} identified minus ${f.excludedAtScreening.total.value} excluded is ${afterScreening}.`),
    );
  const afterEligibility = f.retainedAfterScreening.value - f.excludedAtEligibility.total.value;
  if (afterEligibility !== f.included.value)
    notes.push(
      note(file, 'included', 'flow-arithmetic', '$.flow.included.value', `${f.included.value} studies included`, `${f.retainedAfterScreening.value} − ${f.excludedAtEligibility.total.value} = ${afterEligibility}`,
        `The flow diagram includes ${f.included.value} studies, but ${f.retainedAfterScreening.value} assessed minus ${f.excludedAtEligibility.total.value} excluded is ${afterEligibility}.`),
    );
  for (const [key, ex] of [['excludedAtScreening', f.excludedAtScreening], ['excludedAtEligibility', f.excludedAtEligibility]] as const) {
    const sum = ex.reasons.reduce((s, x) => s + x.count.value, 0);
    if (sum !== ex.total.value)
      notes.push(note(file, key, 'flow-arithmetic', `$.flow.${key}.total.value`, `${ex.total.value} excluded`, `reasons ${ex.reasons.map((x) => x.count.value).join(' + ')} = ${sum}`,
        `The exclusion reasons add up to ${sum}, not the ${ex.total.value} printed as their total.`));
  }
  for (const [key, list] of [['designs', r.designs], ['countries', r.countries]] as const) {
    const sum = list.reduce((s, x) => s + x.count.value, 0);
    if (sum !== f.included.value)
      notes.push(note(file, key, 'parts-vs-whole', `$.${key}`, `${f.included.value} included studies`, `${list.map((x) => x.count.value).join(' + ')} = ${sum}`,
        `The ${key} listed add up to ${sum} studies, not the ${f.included.value} included.`));
    list.forEach((x, i) => {
      if (!x.parts) return;
      const partSum = x.parts.reduce((s, p) => s + p.count.value, 0);
      if (partSum !== x.count.value)
        notes.push(note(file, `${key}-${i}`, 'parts-vs-whole', `$.${key}[${i}].count.value`, `${x.label}: ${x.count.value}`, `${x.parts.map((p) => p.count.value).join(' + ')} = ${partSum}`,
          `The parts of "${x.label}" add up to ${partSum}, not ${x.count.value}.`));
    });
  }
  for (const [key, list] of [['designs', r.designs], ['countries', r.countries], ['reporting', r.reporting]] as const)
    list.forEach((x, i) => {
      if (x.percent === undefined) return;
      const exact = (100 * x.count.value) / f.included.value;
      if (roundTo(exact, 0) !== x.percent)
        notes.push(note(file, `${key}-${i}-percent`, 'percent-vs-count', `$.${key}[${i}].percent`, `${x.count.value} studies (${x.percent}%)`, `${x.count.value} / ${f.included.value} = ${exact.toFixed(1)}%`,
          `${x.count.value} of ${f.included.value} studies is ${exact.toFixed(1)}%, not the ${x.percent}% printed.`));
    });
  return notes;
}
