import { certaintyOverview, firstRows, forestPlot, forestPlotCapped, forestSlides, prismaFlow, slidePad, type Chart, type ChartLayout, type ForestOptions, type ForestPanel, type SlideBox, type SlideLimit } from '../../charts';
import { formatNumber } from '../../lib/format';
import type { FigureBuild } from '../../figures';

/**
 * Most rows a figure shows on its page and slides (issue 13: evidence bases ten or a hundred times this one): the
 * first rows, any pooled result and a note; the SVG download and the CSV hold every row.
 */
export const pageRows = 40;

/** What a page shows of a forest figure: the first `pageRows` rows and the pooled items, and how many rows that is. */
export function pageForest(fig: FigureBuild): { panels: ForestPanel[]; shownRows: number; totalRows: number } | undefined {
  return fig.drawing.kind === 'forest' ? firstRows(fig.drawing.panels, pageRows) : undefined;
}

/** The closing note of a chart cut to its first rows. */
const cutNote = (shown: number, total: number) => `Shows the first ${formatNumber(shown, 0)} of ${formatNumber(total, 0)} rows and the pooled result where there is one; every row is in the CSV and in the SVG download of this figure.`;

/** Charts drawn once per figure, layout, font and extent: the figure page, every page embedding it and the downloads share them. */
const drawn = new WeakMap<FigureBuild, Map<string, Chart>>();

/**
 * The figure's chart in one layout; `fontFamily` is set for rasterised variants (DejaVu Sans). `rows`: 'page' (the
 * first `pageRows` rows and a note, for pages and embeds) or 'all' (the downloads).
 */
export function figureChart(fig: FigureBuild, layout: ChartLayout, fontFamily?: string, rows: 'page' | 'all' = 'page'): Chart {
  // Every row is drawn for the downloads only, which keep their own framed copy while written (figureFiles.ts).
  if (rows === 'all') return draw(fig, layout, fontFamily, rows);
  let byKey = drawn.get(fig);
  if (!byKey) drawn.set(fig, (byKey = new Map()));
  const key = `${layout}\u0000${fontFamily ?? ''}\u0000${rows}`;
  let chart = byKey.get(key);
  if (!chart) byKey.set(key, (chart = draw(fig, layout, fontFamily, rows)));
  return chart;
}

/** A forest figure's panels and options as the page shows them (cut to its first rows, with the note) or whole. */
function forestInput(fig: FigureBuild & { drawing: { kind: 'forest' } }, o: ForestOptions, rows: 'page' | 'all'): [ForestPanel[], ForestOptions] {
  const cut = rows === 'page' ? pageForest(fig)! : undefined;
  if (!cut || cut.shownRows === cut.totalRows) return [fig.drawing.panels, o];
  // The description of the cut chart is the figure's summary and the cut, not a list of every row: at 1000x those
  // lists ran to 2.3 MB, in every page chart and embed of the figure, for a screen reader to read out (issue 13).
  const note = cutNote(cut.shownRows, cut.totalRows);
  return [cut.panels, { ...o, description: `${fig.summary} ${note}`, notes: [...(o.notes ?? []), note] }];
}

function draw(fig: FigureBuild, layout: ChartLayout, fontFamily: string | undefined, rows: 'page' | 'all'): Chart {
  const d = fig.drawing;
  switch (d.kind) {
    case 'forest':
      return forestPlot(...forestInput(fig as FigureBuild & { drawing: typeof d }, d.options(layout, fontFamily), rows));
    case 'prisma':
      return prismaFlow(d.stages, d.options(layout, fontFamily));
    case 'certainty':
      return certaintyOverview(d.rows, d.options(layout, fontFamily));
  }
}

/**
 * The chart drawn for slides at the pixel size of `box` (type at box.fontSize): one Chart per slide, of what the
 * page shows (the first `pageRows` rows of a long figure). Forest plots flow into columns and slides (at most
 * `limit.maxSlides`); the flow diagram and the certainty overview are one slide.
 */
export function figureSlideCharts(fig: FigureBuild, box: SlideBox, fontFamily: string, limit?: SlideLimit): Chart[] {
  const d = fig.drawing;
  const metrics = { width: box.width, fontSize: box.fontSize, pad: slidePad };
  switch (d.kind) {
    case 'forest':
      return forestSlides(...forestInput(fig as FigureBuild & { drawing: typeof d }, d.options('wide', fontFamily), 'page'), box, limit);
    case 'prisma':
      return [largestFitting(box, (fontSize) => prismaFlow(d.stages, { ...d.options('wide', fontFamily), metrics: { ...metrics, fontSize } }))];
    case 'certainty':
      return [largestFitting(box, (fontSize) => certaintyOverview(d.rows, { ...d.options('wide', fontFamily), metrics: { ...metrics, fontSize } }))];
  }
}

/**
 * A chart of fixed content (a flow diagram, a few lines) on a slide: drawn at the largest type, from `box.fontSize`
 * up in steps of 2 px to twice that, whose height fits the box, so the slide is filled rather than a quarter empty.
 */
function largestFitting(box: SlideBox, draw: (fontSize: number) => Chart): Chart {
  let best = draw(box.fontSize);
  for (let fs = box.fontSize + 2; fs <= box.fontSize * 2; fs += 2) {
    const next = draw(fs);
    if (next.height > box.height) break;
    best = next;
  }
  return best;
}

/**
 * The wide chart at most `maxHeight` viewBox units high, for figures whose height grows with the rows (forest
 * plots): the first rows, any pooled estimate and a closing `note(shown, total)`; the whole chart when it fits.
 * Undefined for charts of a fixed size.
 */
export function figureChartCapped(fig: FigureBuild, maxHeight: number, fontFamily: string, note: (shownRows: number, totalRows: number) => string): Chart | undefined {
  const d = fig.drawing;
  return d.kind === 'forest' ? forestPlotCapped(d.panels, d.options('wide', fontFamily), maxHeight, note) : undefined;
}
