import { escapeXml } from './escapeXml';
import { markAttrs, type ValueMark } from './valueMark';

export interface TextStyle {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  italic?: boolean;
  fill?: string;
}

/** The numbers of a line of text as the value markers count them: "74 [69.1, 78.4]", "−20.1", "1,026". */
const NUMBER = /−?\d{1,3}(?:,\d{3})+(?:\.\d+)?|−?\d+(?:\.\d+)?/g;

/** How many numbers a text shows, as the value markers count them (a wrapped line takes that many marks). */
export const numbersIn = (text: string) => [...text.matchAll(NUMBER)].length;

/**
 * Text whose numbers carry value markers: the i-th number in a <tspan> with the i-th mark (undefined: unmarked).
 * The marks must match the numbers one for one, else the chart would claim a value it does not show.
 */
function markedContent(text: string, marks: (ValueMark | undefined)[]): string {
  const numbers = [...text.matchAll(NUMBER)];
  if (numbers.length !== marks.length) throw new Error(`"${text}" shows ${numbers.length} number(s) but has ${marks.length} value mark(s)`);
  let out = '';
  let at = 0;
  numbers.forEach((m, i) => {
    const mark = marks[i];
    out += escapeXml(text.slice(at, m.index)) + (mark ? `<tspan${markAttrs(mark)}>${escapeXml(m[0])}</tspan>` : escapeXml(m[0]));
    at = m.index + m[0].length;
  });
  return out + escapeXml(text.slice(at));
}

/** One line of SVG text; `y` is the visual centre of the line (alphabetic baseline shifted by ~0.35em); `marks`: see markedContent. */
export function svgText(x: number, y: number, text: string, s: TextStyle, marks?: (ValueMark | undefined)[]): string {
  const attrs = [`x="${r(x)}"`, `y="${r(y + s.size * 0.35)}"`];
  if (s.anchor && s.anchor !== 'start') attrs.push(`text-anchor="${s.anchor}"`);
  attrs.push(`font-size="${r(s.size)}"`);
  if (s.bold) attrs.push('font-weight="bold"');
  if (s.italic) attrs.push('font-style="italic"');
  if (s.fill) attrs.push(`fill="${s.fill}"`);
  return `<text ${attrs.join(' ')}>${marks ? markedContent(text, marks) : escapeXml(text)}</text>`;
}

/** Several lines, the first centred on `y`, each `lineHeight` below the previous. */
export function svgLines(x: number, y: number, lines: string[], lineHeight: number, s: TextStyle): string {
  return lines.map((l, i) => svgText(x, y + i * lineHeight, l, s)).join('');
}

/** Rounds coordinates to 2 decimals so the markup stays small and stable. */
export function r(v: number): string {
  return String(Math.round(v * 100) / 100);
}
