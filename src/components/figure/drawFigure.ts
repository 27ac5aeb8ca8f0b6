import { certaintyOverview, forestPlot, forestPlotCapped, forestSlides, prismaFlow, slidePad, type Chart, type ChartLayout, type SlideBox, type SlideLimit } from '../../charts';
import type { FigureBuild } from '../../figures';

/** Charts drawn once per figure, layout and font: the figure page, every page embedding it and the downloads share them. */
const drawn = new WeakMap<FigureBuild, Map<string, Chart>>();

/** The figure's chart in one layout; `fontFamily` is set for rasterised variants (DejaVu Sans). */
export function figureChart(fig: FigureBuild, layout: ChartLayout, fontFamily?: string): Chart {
  let byKey = drawn.get(fig);
  if (!byKey) drawn.set(fig, (byKey = new Map()));
  const key = `${layout}\u0000${fontFamily ?? ''}`;
  let chart = byKey.get(key);
  if (!chart) byKey.set(key, (chart = draw(fig, layout, fontFamily)));
  return chart;
}

function draw(fig: FigureBuild, layout: ChartLayout, fontFamily?: string): Chart {
  const d = fig.drawing;
  switch (d.kind) {
    case 'forest':
      return forestPlot(d.panels, d.options(layout, fontFamily));
    case 'prisma':
      return prismaFlow(d.stages, d.options(layout, fontFamily));
    case 'certainty':
      return certaintyOverview(d.rows, d.options(layout, fontFamily));
  }
}

/**
 * The chart drawn for slides at the pixel size of `box` (type at box.fontSize): one Chart per slide. Forest plots
 * flow into columns and slides (at most `limit.maxSlides`); the flow diagram and the certainty overview are one slide.
 */
export function figureSlideCharts(fig: FigureBuild, box: SlideBox, fontFamily: string, limit?: SlideLimit): Chart[] {
  const d = fig.drawing;
  const metrics = { width: box.width, fontSize: box.fontSize, pad: slidePad };
  switch (d.kind) {
    case 'forest':
      return forestSlides(d.panels, d.options('wide', fontFamily), box, limit);
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
