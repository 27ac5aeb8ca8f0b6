import { chartSvg, type Chart } from './chartSvg';
import { escapeXml } from './escapeXml';
import type { ChartLayout, LayoutMetrics } from './layout';
import { layoutMetrics } from './layout';
import { paint } from './paint';
import { ink, palette } from './palette';
import { r, svgLines, svgText } from './svgText';
import { wrapText } from './textWidth';

/** One box of the flow diagram; `warning` marks a count that does not reconcile. */
export interface FlowBox {
  id: string;
  /** First line (bold), e.g. "Records identified (n = 1594)". */
  heading: string;
  /** Further lines, e.g. exclusion reasons with counts. */
  lines: string[];
  warning?: string;
}

/** A PRISMA stage: the main box and, optionally, the box of records excluded at that stage. */
export interface FlowStage {
  /** Stage name shown at the left in the wide layout ("Identification", "Screening", "Included"). */
  stage: string;
  main: FlowBox;
  excluded?: FlowBox;
}

export interface PrismaOptions {
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
 * PRISMA 2020 flow diagram as SVG. Wide: main boxes in a column, exclusion boxes to their right.
 * Narrow: one column, exclusion boxes indented under their stage. A box whose count does not reconcile gets
 * a dashed vermillion border, a warning triangle and the reported-vs-computed text.
 */
export function prismaFlow(stages: FlowStage[], o: PrismaOptions): Chart {
  const m = o.metrics ?? layoutMetrics(o.layout);
  const fs = m.fontSize;
  const lh = fs * 1.4;
  const W = m.width;
  const pad = m.pad;
  const wide = o.layout !== 'narrow';
  const stageW = wide ? fs * 1.8 : 0;
  const mainX = pad + stageW + (wide ? fs * 0.6 : 0);
  const mainW = wide ? (W - mainX - pad - fs * 2.5) * 0.48 : W - 2 * pad;
  const exX = wide ? mainX + mainW + fs * 2.5 : pad + fs * 2;
  const exW = wide ? W - pad - exX : W - pad - exX;
  const inner = fs * 0.6;
  const out: string[] = [];
  let y = pad;

  const boxHeight = (b: FlowBox, w: number) => {
    const head = wrapText(b.heading, w - 2 * inner, fs, true);
    const body = b.lines.flatMap((l) => wrapText(l, w - 2 * inner, fs));
    const warn = b.warning ? wrapText(b.warning, w - 2 * inner - fs * 1.6, fs, true) : [];
    return { head, body, warn, h: (head.length + body.length + warn.length) * lh + 2 * inner + (warn.length ? fs * 0.3 : 0) };
  };
  const drawBox = (b: FlowBox, bx: number, by: number, w: number) => {
    const { head, body, warn, h } = boxHeight(b, w);
    const stroke = b.warning ? `${paint(palette.warning, { stroke: true }, 'warning')} stroke-width="3" stroke-dasharray="8 4"` : `stroke="${ink}" stroke-width="1.5"`;
    out.push(`<rect x="${r(bx)}" y="${r(by)}" width="${r(w)}" height="${r(h)}" rx="4" fill="none" ${stroke}/>`);
    let ty = by + inner + lh / 2;
    out.push(svgLines(bx + inner, ty, head, lh, { size: fs, bold: true, fill: ink }));
    ty += head.length * lh;
    out.push(svgLines(bx + inner, ty, body, lh, { size: fs, fill: ink }));
    ty += body.length * lh;
    if (warn.length) {
      ty += fs * 0.3;
      out.push(warningSign(bx + inner + fs * 0.6, ty, fs));
      out.push(svgLines(bx + inner + fs * 1.6, ty, warn, lh, { size: fs, bold: true, fill: ink }));
    }
    return h;
  };

  stages.forEach((s, i) => {
    let flowFrom = 0; // where the arrow to the next stage starts
    const main = boxHeight(s.main, mainW);
    const ex = s.excluded ? boxHeight(s.excluded, exW) : undefined;
    const startY = y;
    if (wide) {
      const rowH = Math.max(main.h, ex?.h ?? 0);
      out.push(`<rect x="${r(pad)}" y="${r(startY)}" width="${r(stageW)}" height="${r(rowH)}" rx="4" ${paint(palette.resection, { fill: true, stroke: true })} fill-opacity="0.15"/>`);
      out.push(`<text transform="translate(${r(pad + stageW / 2 + fs * 0.35)},${r(startY + rowH / 2)}) rotate(-90)" text-anchor="middle" font-size="${fs}" font-weight="bold" fill="${ink}">${escapeXml(s.stage)}</text>`);
      drawBox(s.main, mainX, startY, mainW);
      if (s.excluded && ex) {
        drawBox(s.excluded, exX, startY, exW);
        const ay = startY + Math.min(main.h, ex.h) / 2;
        out.push(`<line x1="${r(mainX + mainW)}" x2="${r(exX - 6)}" y1="${r(ay)}" y2="${r(ay)}" stroke="${ink}" stroke-width="1.5"/>`);
        out.push(arrow(exX - 1, ay, 'right', fs));
      }
      y = startY + rowH;
      flowFrom = startY + main.h;
    } else {
      out.push(svgText(pad, y + lh / 2, s.stage.toUpperCase(), { size: fs, bold: true, fill: ink }));
      y += lh;
      drawBox(s.main, mainX, y, mainW);
      y += main.h;
      flowFrom = y;
      if (s.excluded && ex) {
        const ey = y + fs;
        const vx = pad + fs * 0.8;
        out.push(`<path d="M${r(vx)},${r(y)}V${r(ey + ex.h / 2)}H${r(exX - 6)}" fill="none" stroke="${ink}" stroke-width="1.5"/>`);
        out.push(arrow(exX - 1, ey + ex.h / 2, 'right', fs));
        drawBox(s.excluded, exX, ey, exW);
        y = ey + ex.h;
      }
    }
    if (i < stages.length - 1) {
      // Narrow: the flow runs down the left edge, past the indented exclusion box, never out of it.
      const ax = wide ? mainX + mainW / 2 : pad + fs * 0.8;
      out.push(`<line x1="${r(ax)}" x2="${r(ax)}" y1="${r(flowFrom)}" y2="${r(y + fs * 1.6 - 6)}" stroke="${ink}" stroke-width="1.5"/>`);
      out.push(arrow(ax, y + fs * 1.6 - 1, 'down', fs));
      y += fs * 1.6;
    }
  });
  y += fs * 0.6;
  for (const note of o.notes ?? []) {
    const lines = wrapText(note, W - 2 * pad, fs);
    out.push(svgLines(pad, y + lh / 2, lines, lh, { size: fs, fill: ink }));
    y += lines.length * lh + fs * 0.3;
  }
  y += pad;
  const H = Math.ceil(y);
  return chartSvg(o, W, H, out.join(''));
}

function arrow(x: number, y: number, dir: 'right' | 'down', fs: number): string {
  const s = fs * 0.45;
  const d = dir === 'right' ? `M${r(x - s * 1.4)},${r(y - s)}L${r(x)},${r(y)}L${r(x - s * 1.4)},${r(y + s)}Z` : `M${r(x - s)},${r(y - s * 1.4)}L${r(x)},${r(y)}L${r(x + s)},${r(y - s * 1.4)}Z`;
  return `<path d="${d}" fill="${ink}"/>`;
}

/** Warning triangle with "!" drawn as shapes (no reliance on a font having U+26A0). */
function warningSign(cx: number, cy: number, fs: number): string {
  const h = fs * 0.95;
  const w = fs * 1.05;
  return (
    `<path d="M${r(cx)},${r(cy - h / 2 - 1)}L${r(cx + w / 2)},${r(cy + h / 2)}L${r(cx - w / 2)},${r(cy + h / 2)}Z" ${paint(palette.warning, { fill: true }, 'warning')}/>` +
    `<rect x="${r(cx - 1)}" y="${r(cy - h * 0.2)}" width="2" height="${r(h * 0.38)}" fill="#ffffff"/>` +
    `<rect x="${r(cx - 1)}" y="${r(cy + h * 0.28)}" width="2" height="2" fill="#ffffff"/>`
  );
}
