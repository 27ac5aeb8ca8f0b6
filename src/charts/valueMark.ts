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
/**
 * Named input sets: a marker's `v` may name `@NAME` instead of listing the refs of a set that many markers share
 * (every pooled input of a pooled figure), so markers stay linear in the data. The set is written once per
 * document that uses it (in the chart, and once in the figure's HTML); test/values/ expands `@NAME` to its refs.
 */
export type ValueSets = Record<string, string[]>;
/** `@NAME`: the token a marker uses for the named set. */
export const valueSetRef = (name: string) => `@${name}`;
/** The sets as SVG <metadata> elements (nothing drawn; resvg and browsers ignore them). */
export function valueSetsSvg(sets: ValueSets | undefined): string {
  return Object.entries(sets ?? {})
    .map(([name, refs]) => `<metadata data-vset-name="${escapeXml(name)}" data-vset="${escapeXml(refs.join(' '))}"></metadata>`)
    .join('');
}

/** `svg` without its value-set <metadata>: for a chart inlined in a page that writes the sets once itself. */
export const withoutValueSets = (svg: string): string => svg.replace(/<metadata data-vset-name="[^"]*" data-vset="[^"]*"><\/metadata>/g, '');

export function markAttrs(m: ValueMark | undefined, suffix = ''): string {
  if (!m) return '';
  let s = ` data-v${suffix}="${escapeXml(m.v)}"`;
  if (m.derived) s += ` data-derived${suffix}="${m.derived}"`;
  if (m.scale !== undefined && m.scale !== 1) s += ` data-scale${suffix}="${m.scale}"`;
  return s;
}
