import { escapeXml } from './escapeXml';

/**
 * A value marker (see src/components/values/valueRef.ts): the data/ references of a drawn or printed number
 * (`v`, several separated by spaces), how it is derived from them when it is not a data value itself
 * (`derived`, e.g. "wilson-lower"), and `scale` when it is shown in other units than the reader's (0.01: a
 * proportion where the reference is a percentage). test/values/ checks every one against data/ and R.
 */
export interface ValueMark {
  v: string;
  derived?: string;
  scale?: number;
}

/** ` data-v="…" data-derived="…"` (with a name suffix, e.g. "-lower" for a CI line's end), or '' without a mark. */
export function markAttrs(m: ValueMark | undefined, suffix = ''): string {
  if (!m) return '';
  let s = ` data-v${suffix}="${escapeXml(m.v)}"`;
  if (m.derived) s += ` data-derived${suffix}="${m.derived}"`;
  if (m.scale !== undefined && m.scale !== 1) s += ` data-scale${suffix}="${m.scale}"`;
  return s;
}
