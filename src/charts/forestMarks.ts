/**
 * The marks of a forest plot, in the style of Observable Plot's marks: each draws what the layout model
 * (forestLayout.ts) has already placed and scaled, and returns markup. None measures or moves anything.
 */
import { arrowHead, marker, type MarkerStyle } from './markers';
import { paint } from './paint';
import { ink, palette } from './palette';
import { r, svgLines, svgText, type TextStyle } from './svgText';
import { markAttrs, type ValueMark } from './valueMark';
import { textWidth } from './textWidth';

/** A linear x scale with its domain (what the layout hands the marks). */
export interface XScale {
  (v: number): number;
  domain: [number, number];
}

/** Value markers of a CI's ends and the axis they sit on (test/values/figurePositions.test.ts fits it from its ticks). */
export interface EndMarks {
  axis: string;
  lower?: ValueMark;
  upper?: ValueMark;
  estimate?: ValueMark;
}

const ends = (m?: EndMarks) => (m && (m.lower || m.upper) ? ` data-axis="${m.axis}"${markAttrs(m.lower, '-lower')}${markAttrs(m.upper, '-upper')}` : '');
const lo = (x: XScale) => Math.min(...x.domain);
const hi = (x: XScale) => Math.max(...x.domain);

/** A CI as a horizontal line, clipped to the axis with an arrowhead where it runs off; `dashed` with end ticks (prediction interval). */
export function intervalMark(x: XScale, lower: number, upper: number, cy: number, colour: string, fs: number, o: { dashed?: boolean; marks?: EndMarks } = {}): string {
  const a = Math.max(Math.min(lower, upper), lo(x));
  const b = Math.min(Math.max(lower, upper), hi(x));
  if (b < a) return '';
  const out = [`<line x1="${r(x(a))}" x2="${r(x(b))}" y1="${r(cy)}" y2="${r(cy)}" ${paint(colour, { stroke: true })} stroke-width="2"${o.dashed ? ' stroke-dasharray="5 3"' : ''}${ends(o.marks)}/>`];
  const tick = (at: number) => `<line x1="${r(at)}" x2="${r(at)}" y1="${r(cy - fs * 0.35)}" y2="${r(cy + fs * 0.35)}" ${paint(colour, { stroke: true })} stroke-width="2"/>`;
  if (lower < lo(x)) out.push(arrowHead(x(a) - 1, cy, -1, fs * 0.55, colour));
  else if (o.dashed) out.push(tick(x(a)));
  if (upper > hi(x)) out.push(arrowHead(x(b) + 1, cy, 1, fs * 0.55, colour));
  else if (o.dashed) out.push(tick(x(b)));
  return out.join('');
}

/** A prediction interval: the pooled colour, dashed, with end ticks (metafor's dotted line, RevMan's bar). */
export function predictionIntervalMark(x: XScale, lower: number, upper: number, cy: number, fs: number, marks?: EndMarks): string {
  return intervalMark(x, lower, upper, cy, palette.pooled, fs, { dashed: true, marks });
}

/** A study's point estimate: a marker of `size` (a square whose area is proportional to the weight, as in RevMan). */
export function pointMark(x: XScale, estimate: number, cy: number, size: number, style: MarkerStyle, marks?: EndMarks): string {
  if (estimate < lo(x) || estimate > hi(x)) return '';
  const drawn = marker(x(estimate), cy, size, style);
  return marks?.estimate ? drawn.replace(/\/>$/, ` data-axis="${marks.axis}"${markAttrs(marks.estimate)}/>`) : drawn;
}

/** The pooled estimate: a diamond, centre at the estimate, tips at the CI (clipped to the axis). */
export function diamondMark(x: XScale, estimate: number, lower: number, upper: number, cy: number, fs: number, marks?: EndMarks): string {
  const h = fs * 0.55;
  const a = x(Math.max(lower, lo(x)));
  const b = x(Math.min(upper, hi(x)));
  const c = x(estimate);
  const at = marks ? ` data-axis="${marks.axis}"${markAttrs(marks.estimate)}${markAttrs(marks.lower, '-lower')}${markAttrs(marks.upper, '-upper')}` : '';
  return `<path d="M${r(a)},${r(cy)}L${r(c)},${r(cy - h)}L${r(b)},${r(cy)}L${r(c)},${r(cy + h)}Z" ${paint(palette.pooled, { fill: true, stroke: true })}${at}/>`;
}

/** A value beyond what a series observed (median not reached): an open arrow at the axis end and its words, never a number. */
export function notReachedMark(xEnd: number, cy: number, label: string, colour: string, fs: number, minX = -Infinity): string {
  // The label only where it fits left of the arrow, right of `minX` (the end of the row's value text): in a narrow
  // plot it would run over the value column, which already says "not reached".
  const fits = xEnd - fs * 3.4 - textWidth(label, fs) >= minX;
  return (
    `<line x1="${r(xEnd - fs * 3)}" x2="${r(xEnd)}" y1="${r(cy)}" y2="${r(cy)}" ${paint(colour, { stroke: true })} stroke-width="2" stroke-dasharray="3 3"/>` +
    arrowHead(xEnd, cy, 1, fs * 0.7, colour, true) +
    (fits ? svgText(xEnd - fs * 3.4, cy, label, { size: fs, fill: ink, anchor: 'end', italic: true }) : '')
  );
}

/** The vertical line of no effect (0 for differences), dashed, over the spans given. */
export function referenceMark(xr: number, spans: [number, number][]): string {
  return spans.map(([a, b]) => `<line x1="${r(xr)}" x2="${r(xr)}" y1="${r(a)}" y2="${r(b)}" stroke="${ink}" stroke-dasharray="4 3" stroke-opacity="0.7"/>`).join('');
}

/**
 * The x axis: its line over the domain, a tick per value (data-tick: the value a reader reads there), and the
 * labels of every `every`-th tick counted from `anchorIndex`, so labels never touch.
 */
export function axisMark(x: XScale, ay: number, ticks: number[], o: { fs: number; lh: number; format: (v: number) => string; shownScale: number; id: string; every: number; anchorIndex: number }): string {
  const out = [`<line x1="${r(x(lo(x)))}" x2="${r(x(hi(x)))}" y1="${r(ay)}" y2="${r(ay)}" stroke="${ink}" data-axis="${o.id}" data-axis-line=""/>`];
  for (const [i, t] of ticks.entries()) {
    const tx = x(t);
    const labelled = (i - o.anchorIndex) % o.every === 0;
    const readAs = Math.round(t * o.shownScale * 1e9) / 1e9;
    out.push(`<line x1="${r(tx)}" x2="${r(tx)}" y1="${r(ay)}" y2="${r(ay + o.fs * (labelled ? 0.35 : 0.2))}" stroke="${ink}" data-axis="${o.id}" data-tick="${readAs}"/>`);
    if (labelled) out.push(svgText(tx, ay + o.fs * 0.35 + o.lh / 2, o.format(t), { size: o.fs, fill: ink, anchor: 'middle' }));
  }
  return out.join('');
}

/** One cell of a text column: its text at (x, cy) with the value markers of its numbers. */
export function cellMark(x: number, cy: number, text: string, style: TextStyle, marks?: (ValueMark | undefined)[]): string {
  return svgText(x, cy, text, { fill: ink, ...style }, marks);
}

/** Lines of text (a wrapped label, a note), the first centred on `cy`. */
export function linesMark(x: number, cy: number, lines: string[], lh: number, style: TextStyle): string {
  return svgLines(x, cy, lines, lh, { fill: ink, ...style });
}

/** A rule under the column headings. */
export function ruleMark(x0: number, x1: number, y: number): string {
  return `<line x1="${r(x0)}" x2="${r(x1)}" y1="${r(y)}" y2="${r(y)}" stroke="${ink}" stroke-opacity="0.5"/>`;
}

/** The exploratory banner: a dashed warning box around bold lines. */
export function bannerMark(x: number, y: number, w: number, h: number): string {
  return `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" ${paint(palette.warning, { fill: false, stroke: true }, 'warning')} stroke-width="2" stroke-dasharray="6 3"/>`;
}

/** Legend entries already placed: a marker and its label each. */
export function legendMark(entries: { x: number; cy: number; style: MarkerStyle; label: string }[], fs: number, size: number): string {
  return entries.map((e) => marker(e.x + fs * 0.5, e.cy, size, e.style) + svgText(e.x + fs * 1.3, e.cy, e.label, { size: fs, fill: ink })).join('');
}
