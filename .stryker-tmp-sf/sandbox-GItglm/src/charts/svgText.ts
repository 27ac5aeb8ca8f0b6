// @ts-nocheck
import { escapeXml } from './escapeXml';

export interface TextStyle {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  italic?: boolean;
  fill?: string;
}

/** One line of SVG text; `y` is the visual centre of the line (alphabetic baseline shifted by ~0.35em). */
export function svgText(x: number, y: number, text: string, s: TextStyle): string {
  const attrs = [`x="${r(x)}"`, `y="${r(y + s.size * 0.35)}"`];
  if (s.anchor && s.anchor !== 'start') attrs.push(`text-anchor="${s.anchor}"`);
  attrs.push(`font-size="${r(s.size)}"`);
  if (s.bold) attrs.push('font-weight="bold"');
  if (s.italic) attrs.push('font-style="italic"');
  if (s.fill) attrs.push(`fill="${s.fill}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** Several lines, the first centred on `y`, each `lineHeight` below the previous. */
export function svgLines(x: number, y: number, lines: string[], lineHeight: number, s: TextStyle): string {
  return lines.map((l, i) => svgText(x, y + i * lineHeight, l, s)).join('');
}

/** Rounds coordinates to 2 decimals so the markup stays small and stable. */
export function r(v: number): string {
  return String(Math.round(v * 100) / 100);
}
