/**
 * Texts of an SVG with their rendered font size in px: nested <svg> elements scale their content by
 * width / viewBox width, so a chart nested in a frame or a slide is measured as it is drawn.
 */
// @ts-nocheck

export interface RenderedText {
  text: string;
  /** Font size after the scales of every enclosing <svg>, in px of the outermost one. */
  size: number;
  /** How many <svg> elements enclose the text (1 = the outermost). */
  depth: number;
  anchor: 'start' | 'middle' | 'end';
}

export function renderedTexts(svg: string): RenderedText[] {
  const scales: number[] = [];
  const out: RenderedText[] = [];
  for (const m of svg.matchAll(/<svg\b([^>]*)>|<\/svg>|<text\b([^>]*)>([^<]*)<\/text>/g)) {
    if (m[0] === '</svg>') scales.pop();
    else if (m[0].startsWith('<svg')) {
      const attrs = m[1]!;
      const vbW = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) /.exec(attrs)?.[1]);
      const w = /\bwidth="([\d.]+)"/.exec(attrs)?.[1];
      // width="100%" or absent: the outermost element, drawn at its viewBox size.
      scales.push(w && vbW ? Number(w) / vbW : 1);
    } else {
      const size = Number(/font-size="([\d.]+)"/.exec(m[2]!)?.[1] ?? NaN);
      const anchor = (/text-anchor="(middle|end)"/.exec(m[2]!)?.[1] ?? 'start') as RenderedText['anchor'];
      out.push({ text: m[3]!, size: size * scales.reduce((a, b) => a * b, 1), depth: scales.length, anchor });
    }
  }
  return out;
}

/** The viewBox size of the outermost <svg>. */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
}
