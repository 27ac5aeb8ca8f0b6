import { chartSvg, type Chart } from './chartSvg';
import type { ChartLayout, LayoutMetrics } from './layout';
import { layoutMetrics } from './layout';
import { ink } from './palette';
import { r, svgLines, svgText } from './svgText';
import { textWidth, wrapText } from './textWidth';

export interface CertaintyRow {
  /** e.g. "Q1 · Curative (R0/R1) resection vs non-surgical treatment". */
  label: string;
  /** Filled circles out of 4 (GRADE ⊕); 0 for "no evidence". */
  filled: 0 | 1 | 2 | 3 | 4;
  /** The word, upper case, e.g. "LOW"; for no evidence the printed wording. */
  word: string;
}

export interface CertaintyOptions {
  id: string;
  title: string;
  description: string;
  layout: ChartLayout;
  /** Overrides the layout's width, font size and padding (slides: drawn at their pixel size). */
  metrics?: LayoutMetrics;
  fontFamily?: string;
  notes?: string[];
}

/**
 * Certainty at a glance: one line per question with the GRADE symbols (⊕ drawn as a circle with a plus,
 * ◯ as an empty circle) and the certainty word, so the level is never carried by colour or symbol alone.
 */
export function certaintyOverview(rows: CertaintyRow[], o: CertaintyOptions): Chart {
  const m = o.metrics ?? layoutMetrics(o.layout);
  const fs = m.fontSize;
  const lh = fs * 1.45;
  const W = m.width;
  const pad = m.pad;
  const wide = o.layout !== 'narrow';
  const d = fs * 1.1; // symbol diameter
  const symbolsW = 4 * d + 3 * fs * 0.35;
  const wordW = Math.max(...rows.map((x) => textWidth(x.word, fs, true)));
  const labelW = wide ? W - 2 * pad - symbolsW - wordW - fs * 2.5 : W - 2 * pad;
  const out: string[] = [];
  let y = pad;
  rows.forEach((row, i) => {
    const lines = wrapText(row.label, labelW, fs);
    const blockH = wide ? Math.max(lines.length * lh, d + fs) : lines.length * lh + d + fs * 0.9;
    if (i % 2 === 0) out.push(`<rect x="0" y="${r(y - fs * 0.2)}" width="${W}" height="${r(blockH + fs * 0.4)}" fill="${ink}" fill-opacity="0.06"/>`);
    out.push(svgLines(pad, y + lh / 2, lines, lh, { size: fs, fill: ink }));
    const sy = wide ? y + lh / 2 : y + lines.length * lh + d / 2 + fs * 0.2;
    const sx = wide ? pad + labelW + fs * 1.2 : pad;
    for (let k = 0; k < 4; k++) {
      const cx = sx + d / 2 + k * (d + fs * 0.35);
      const on = k < row.filled;
      out.push(`<circle cx="${r(cx)}" cy="${r(sy)}" r="${r(d / 2 - 1)}" fill="none" stroke="${ink}" stroke-width="1.6"/>`);
      if (on)
        out.push(`<path d="M${r(cx - d / 2 + 1)},${r(sy)}H${r(cx + d / 2 - 1)}M${r(cx)},${r(sy - d / 2 + 1)}V${r(sy + d / 2 - 1)}" stroke="${ink}" stroke-width="1.6"/>`);
    }
    out.push(svgText(sx + symbolsW + fs * 0.8, sy, row.word, { size: fs, bold: true, fill: ink }));
    y += blockH + fs * 0.6;
  });
  for (const note of o.notes ?? []) {
    const lines = wrapText(note, W - 2 * pad, fs);
    y += fs * 0.3;
    out.push(svgLines(pad, y + lh / 2, lines, lh, { size: fs, fill: ink }));
    y += lines.length * lh;
  }
  y += pad;
  const H = Math.ceil(y);
  return chartSvg(o, W, H, out.join(''));
}
