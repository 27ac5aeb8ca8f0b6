import { chartOf, framedSvg, type Chart } from './chartSvg';
import { escapeXml } from './escapeXml';
import { svgLines } from './svgText';
import { wrapText } from './textWidth';

export interface FrameOptions {
  title: string;
  /** Citation and credit line(s) printed under the chart. */
  footer: string[];
  /** Output size; with `height`, the chart is scaled to fit (slides). Without, the height follows the chart. */
  width: number;
  height?: number;
  /** Size of the padding (and of the title unless `titleSize` is given). */
  fontSize: number;
  /** Size of the title; default `fontSize` × 1.35. */
  titleSize?: number;
  /** Size of the footer lines; default `fontSize`. */
  footerSize?: number;
  fontFamily: string;
}

interface FrameGeometry {
  pad: number;
  titleSize: number;
  titleLines: string[];
  footSize: number;
  footLh: number;
  footLines: string[];
  /** Top of the chart area. */
  top: number;
  /** Height of the footer block (lines and the space above them). */
  footH: number;
}

function geometry(o: FrameOptions): FrameGeometry {
  const pad = o.fontSize;
  const titleSize = o.titleSize ?? o.fontSize * 1.35;
  const footSize = o.footerSize ?? o.fontSize;
  const footLh = footSize * 1.35;
  const titleLines = wrapText(o.title, o.width - 2 * pad, titleSize, true);
  const footLines = o.footer.flatMap((f) => wrapText(f, o.width - 2 * pad, footSize));
  return { pad, titleSize, titleLines, footSize, footLh, footLines, top: pad + titleLines.length * titleSize * 1.3 + pad / 2, footH: footLines.length * footLh + pad };
}

/** The box a chart fills at scale 1 in a fixed-size frame (slides draw their charts to this size). */
export function frameChartArea(o: FrameOptions & { height: number }): { width: number; height: number } {
  const g = geometry(o);
  return { width: o.width - 2 * g.pad, height: o.height - g.top - g.footH - g.pad };
}

/**
 * A standalone figure: white background, dark ink, a visible title, the chart and its citation, for
 * downloads (SVG, PNG) and slides. The chart markup is nested as an inner <svg> scaled into the free area
 * (never enlarged past the area's width; shrunk only when it is taller than the area).
 */
export function frameFigure(chart: Chart, o: FrameOptions): Chart {
  const { width: cw, height: ch } = chart;
  const { pad, titleSize, titleLines, footSize, footLh, footLines, top, footH } = geometry(o);
  const availW = o.width - 2 * pad;
  let scale = availW / cw;
  const H = o.height ?? Math.ceil(top + ch * scale + footH + pad);
  if (o.height) scale = Math.min(scale, (o.height - top - footH - pad) / ch);
  const w = cw * scale;
  const h = ch * scale;
  const x0 = (o.width - w) / 2;
  const head = `<title>${escapeXml(o.title)}</title>`;
  const body =
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    svgLines(pad, pad + titleSize * 0.65, titleLines, titleSize * 1.3, { size: titleSize, bold: true }) +
    framedSvg(chart, x0, top, w, h) +
    svgLines(pad, H - footH + footLh / 2, footLines, footLh, { size: footSize });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${H}" width="${o.width}" height="${H}" font-family="${escapeXml(o.fontFamily)}" color="#1b1f23" fill="#1b1f23">${head}${body}</svg>`;
  return { ...chartOf({ width: o.width, height: H, className: 'figure', fontFamily: o.fontFamily, head, body }), svg };
}
