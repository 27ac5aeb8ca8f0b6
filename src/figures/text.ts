import type { ValueMark } from '../charts';

/**
 * A piece of a figure's text (caption, note, credit line): text of the code, a string held in data/ (rendered as
 * its own text node, so test/values/everyNumberTraced finds it verbatim in data/), or a number with the value
 * marker that names the data/ values it shows or is derived from (rendered with data-v, checked by markedValues).
 */
export type TextPart = string | { data: string } | { text: string; mark: ValueMark };

/** A paragraph or line of figure text. */
export type FigureText = TextPart[];

/** A string held in data/ (a label, a printed value, a locator). */
export const dataText = (s: string): TextPart => ({ data: s });
/** A number shown as `text`, marked. */
export const marked = (text: string, mark: ValueMark): TextPart => ({ text, mark });

/** The text as a reader reads it (SVG notes, alt text, meta descriptions). */
export function plainText(t: FigureText): string {
  return t.map((p) => (typeof p === 'string' ? p : 'data' in p ? p.data : p.text)).join('');
}

/** The parts of `items` joined by `sep`, each list item's parts in order. */
export function joinParts(items: FigureText[], sep: string): FigureText {
  return items.flatMap((item, i) => (i === 0 ? item : [sep, ...item]));
}
