import { formatQuantity, formatRange, type QuantityUnit } from '../../lib/format';
import type { Recommendations, ValuePointer } from '../../schemas';
import type { Evidence } from '../evidence';
import { summaryOfFindings } from './summaryOfFindings';
import { valueRef } from './valueRef';

/** A value as shown in key information, with its refs; "range" when derived as min and max of other values. */
export interface ShownValue {
  text: string;
  refs: string[];
  derived?: 'range';
}

export interface KeyLine {
  /** Text pieces between values: pieces.length === values.length + 1. */
  pieces: string[];
  values: ShownValue[];
}

export interface KeySectionView {
  id: Recommendations['keyInformation'][number]['id'];
  heading: string;
  lines: KeyLine[];
  notReported?: string;
}

const unitOf = (u: string) => u as QuantityUnit;

/** The number a pointer names, formatted, with the refs that pin it. Throws on a dangling pointer (a build error). */
export function resolveValue(ev: Evidence, p: ValuePointer): ShownValue {
  switch (p.kind) {
    case 'outcome': {
      const o = ev.studies.find((s) => s.id === p.study)?.outcomes.find((x) => x.id === p.outcome);
      if (!o || typeof o.value !== 'number') throw new Error(`key information: no numeric outcome ${p.study}/${p.outcome}`);
      return { text: `${o.qualifier ? `${o.qualifier} ` : ''}${formatQuantity(o.value, unitOf(o.unit))}`, refs: [valueRef.outcomeValue(p.study, p.outcome)] };
    }
    case 'fact': {
      const f = ev.topics.find((t) => t.id === p.topic)?.facts.find((x) => x.id === p.fact);
      if (!f) throw new Error(`key information: no fact ${p.topic}/${p.fact}`);
      const base = `topics/${p.topic}#/facts/${p.fact}/value`;
      const q = 'qualifier' in f && f.qualifier ? `${f.qualifier} ` : '';
      return typeof f.value === 'number'
        ? { text: `${q}${formatQuantity(f.value, unitOf(f.unit))}`, refs: [base] }
        : { text: `${q}${formatRange(f.value.low, f.value.high, unitOf(f.unit))}`, refs: [`${base}/low`, `${base}/high`] };
    }
    case 'review-range': {
      const r = ev.review.ranges[p.index];
      if (!r) throw new Error(`key information: no review range ${p.index}`);
      return { text: formatRange(r.low, r.high, 'percent'), refs: [valueRef.reviewRange(p.index, 'low'), valueRef.reviewRange(p.index, 'high')] };
    }
    case 'sof-range': {
      const q = ev.questions.find((x) => x.id === p.question);
      const range = q && summaryOfFindings(q, ev.studies, ev.review)[p.row]?.ranges.find((r) => r.kind === p.arms);
      if (!range) throw new Error(`key information: no ${p.arms} range in row ${p.row} of ${p.question}`);
      return { text: `${formatQuantity(range.low, unitOf(range.unit))} to ${formatQuantity(range.high, unitOf(range.unit))}`, refs: range.refs, derived: 'range' };
    }
  }
}

/** Key-information sections with every "{v}" resolved to a shown value. */
export function keyInformation(ev: Evidence): KeySectionView[] {
  return ev.recommendations.keyInformation.map((s) => ({
    id: s.id,
    heading: s.heading,
    lines: s.items.map((item) => ({ pieces: item.text.split('{v}'), values: item.values.map((v) => resolveValue(ev, v)) })),
    ...(s.notReported ? { notReported: s.notReported } : {}),
  }));
}
