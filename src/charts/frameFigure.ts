import { escapeXml } from './escapeXml';
import { r, svgLines } from './svgText';
import { wrapText } from './textWidth';

export interface FrameOptions {
  title: string;
  /** Citation and credit line(s) printed under the chart. */
  footer: string[];
  /** Output size; with `height`, the chart is scaled to fit (slides). Without, the height follows the chart. */
  width: number;
  height?: number;
  fontSize: number;
  fontFamily: string;
}

/**
 * A standalone figure: white background, dark ink, a visible title, the chart and its citation, for
 * downloads (SVG, PNG) and slides. The chart markup is nested as an inner <svg> scaled into the free area.
 */
export function frameFigure(chartSvg: string, o: FrameOptions): string {
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chartSvg);
  if (!vb) throw new Error('chart has no viewBox');
  const cw = Number(vb[1]);
  const ch = Number(vb[2]);
  const pad = o.fontSize;
  const lh = o.fontSize * 1.35;
  const titleSize = o.fontSize * 1.35;
  const titleLines = wrapText(o.title, o.width - 2 * pad, titleSize, true);
  const footLines = o.footer.flatMap((f) => wrapText(f, o.width - 2 * pad, o.fontSize));
  const top = pad + titleLines.length * titleSize * 1.3 + pad / 2;
  const footH = footLines.length * lh + pad;
  const availW = o.width - 2 * pad;
  let scale = availW / cw;
  const H = o.height ?? Math.ceil(top + ch * scale + footH + pad);
  if (o.height) scale = Math.min(scale, (o.height - top - footH - pad) / ch);
  const w = cw * scale;
  const h = ch * scale;
  const x0 = (o.width - w) / 2;
  const inner = chartSvg
    .replace(/<svg [^>]*>/, (tag) => tag.replace(/ width="100%"/, '').replace(/ role="img"/, '').replace(/ aria-labelledby="[^"]*"/, '').replace('<svg ', `<svg x="${r(x0)}" y="${r(top)}" width="${r(w)}" height="${r(h)}" `))
    .replace(/ font-family="[^"]*"/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${H}" width="${o.width}" height="${H}" font-family="${escapeXml(o.fontFamily)}" color="#1b1f23" fill="#1b1f23">` +
    `<title>${escapeXml(o.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    svgLines(pad, pad + titleSize * 0.65, titleLines, titleSize * 1.3, { size: titleSize, bold: true }) +
    inner +
    svgLines(pad, H - footH + lh / 2, footLines, lh, { size: o.fontSize }) +
    `</svg>`
  );
}
