import { pictureQueue, renderPicture, type PictureSpec } from './pictureQueue';
import { frameChartArea, frameFigure, layoutMetrics, selfColoured, type Chart, type ChartLayout, type SlideLimit } from '../../charts';
import { formatNumber } from '../../lib/format';
import { tableCsv } from '../../data/export/csv';
import type { FigureBuild } from '../../figures';
import { creditLine } from '../../figures/derive';
import { figureChart, figureChartCapped, figureSlideCharts } from './drawFigure';

/** Font for rasterised and downloaded SVGs: DejaVu Sans is what the build machine has (fonts-dejavu-core). */
export const rasterFont = 'DejaVu Sans, Verdana, Arial, sans-serif';

/** The download files of a figure, in the order the page lists them. */
export const figureFileKinds = [
  { suffix: '.svg', label: 'SVG', type: 'image/svg+xml' },
  { suffix: '.png', label: 'PNG (2×)', type: 'image/png' },
  { suffix: '-slide.png', label: 'Slide PNG (1920 × 1080)', type: 'image/png' },
  { suffix: '.csv', label: 'CSV', type: 'text/csv; charset=utf-8' },
  { suffix: '.json', label: 'JSON', type: 'application/json' },
] as const;

export interface CitationContext {
  siteTitle: string;
  version: string;
  /** Absolute permalink of the figure page. */
  url: string;
}

/** Download files of a figure: one slide file per slide (`-slide.png`, then `-slide-2.png`, ...). */
export function figureFileNames(fig: FigureBuild, c: CitationContext): { name: string; label: string; type: string }[] {
  const count = slideSvgs(fig, c).length;
  return figureFileKinds.flatMap((k): { name: string; label: string; type: string }[] => {
    if (k.suffix !== '-slide.png') return [{ name: `${fig.slug}${k.suffix}`, label: k.label, type: k.type }];
    return Array.from({ length: count }, (_, i) => ({ name: `${fig.slug}-slide${i ? `-${i + 1}` : ''}.png`, label: count > 1 ? `Slide ${i + 1} of ${count} (PNG 1920 × 1080)` : k.label, type: k.type }));
  });
}

/** The page chart as a file that pages embed with <img> (not a download): `<slug>-embed-wide.svg`, `-embed-narrow.svg`. */
export const embedFileName = (slug: string, layout: ChartLayout) => `${slug}-embed-${layout}.svg`;

/** Every file the figure route writes: the downloads and the two embedded charts. */
export function figureRouteFiles(fig: FigureBuild, c: CitationContext): { name: string; type: string }[] {
  return [...figureFileNames(fig, c), ...(['wide', 'narrow'] as const).map((l) => ({ name: embedFileName(fig.slug, l), type: 'image/svg+xml' }))];
}

/** Drawn once per figure and citation context (the route asks for each file separately; decks reuse the slides). */
const drawn = new WeakMap<FigureBuild, Map<string, unknown>>();
function once<T>(fig: FigureBuild, key: string, draw: () => T): T {
  let byKey = drawn.get(fig);
  if (!byKey) drawn.set(fig, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, draw());
  return byKey.get(key) as T;
}

/**
 * Drawings only the figure's own download route asks for (every row: 14–27 MB of SVG each at 1000x) are kept for
 * the figure being written and dropped when the route moves on to the next figure (the route lists a figure's
 * files together). Kept for the whole build they were most of the 380 MiB the build's live
 * heap grew by (issue 13).
 */
const writing = new Map<FigureBuild, Map<string, unknown>>();
function onceWhileWriting<T>(fig: FigureBuild, key: string, draw: () => T): T {
  let byKey = writing.get(fig);
  if (!byKey) {
    writing.clear();
    writing.set(fig, (byKey = new Map()));
  }
  if (!byKey.has(key)) byKey.set(key, draw());
  return byKey.get(key) as T;
}
const contextKey = (c: CitationContext) => `${c.siteTitle}\u0000${c.version}\u0000${c.url}`;

/** Citation printed on downloads and slides: the figure, the site, and the sources credited with locators. */
export function figureCitation(fig: FigureBuild, c: CitationContext): string[] {
  return [
    `Figure: ${c.siteTitle}, version ${c.version}. ${c.url}`,
    `Data: ${fig.credits.map(creditLine).join('; ')}.`,
  ];
}

/** Standalone SVG: white background, title, chart and citation, DejaVu Sans; every row of the figure. */
export function standaloneSvg(fig: FigureBuild, c: CitationContext): Chart {
  return onceWhileWriting(fig, `svg\u0000${contextKey(c)}`, () => frameFigure(figureChart(fig, 'wide', rasterFont, 'all'), standaloneFrame(fig, c)));
}

const standaloneFrame = (fig: FigureBuild, c: CitationContext) => ({ title: fig.title, footer: figureCitation(fig, c), width: 800, fontSize: 16, fontFamily: rasterFont });

/**
 * Tallest PNG, in SVG units (× 2 = 8,000 px): sharp refuses images over 32,767 px, and a taller picture serves
 * no document or screen. Figures that grow with the evidence are cut to their first rows there, with a note.
 */
export const pngMaxHeight = 4000;

/**
 * What the 2× PNG draws: the standalone SVG when it is at most `pngMaxHeight` high; else the chart's first rows
 * (a study never split, a pooled estimate always kept) and a note that every row is in the SVG and CSV.
 */
export function pngSvg(fig: FigureBuild, c: CitationContext): Chart {
  return onceWhileWriting(fig, `png\u0000${contextKey(c)}`, () => {
    const whole = standaloneSvg(fig, c);
    if (whole.height <= pngMaxHeight) return whole;
    const frame = standaloneFrame(fig, c);
    const capped = (maxChart: number, note: (shown: number, total: number) => string) => figureChartCapped(fig, maxChart, rasterFont, note);
    if (fig.drawing.kind !== 'forest') return frameFigure(figureChart(fig, 'wide', rasterFont, 'all'), { ...frame, height: pngMaxHeight });
    // The chart is drawn 800 units wide and scaled into the frame's area.
    const area = frameChartArea({ ...frame, height: pngMaxHeight });
    const maxChart = Math.floor((area.height * layoutMetrics('wide').width) / area.width);
    const note = (shown: number, total: number) => `This image shows the first ${formatNumber(shown, 0)} of ${formatNumber(total, 0)} rows; every row is in the SVG and CSV of this figure.`;
    const chart = capped(maxChart, note)!;
    const framed = frameFigure(chart, frame);
    // A single study or the notes alone taller than the limit: scaled down rather than refused by sharp.
    return framed.height <= pngMaxHeight ? framed : frameFigure(chart, { ...frame, height: pngMaxHeight });
  });
}

/** The page chart with its own light and dark colours, for <img> embeds. */
export function embedSvg(fig: FigureBuild, layout: ChartLayout): string {
  return onceWhileWriting(fig, `embed\u0000${layout}`, () => selfColoured(figureChart(fig, layout)));
}

/** Short citation for slides: the figure and each source with its locators (studies are on the page and in the SVG). */
export function slideCitation(fig: FigureBuild, c: CitationContext): string[] {
  const bySource = new Map<string, string[]>();
  for (const cr of fig.credits) bySource.set(cr.sourceName, [...(bySource.get(cr.sourceName) ?? []), cr.locator]);
  return [`Figure: ${c.siteTitle}, version ${c.version}. ${c.url}`, `Data: ${[...bySource].map(([name, locs]) => `${name} (${locs.join('; ')})`).join('; ')}.`];
}

/**
 * Slide type in pixels at 1920 × 1080: labels and values at 28 px (24 px at the least, see slideSvgs), the title
 * at 34 px, the citation at 24 px.
 */
export const slideType = { width: 1920, height: 1080, fontSize: 28, minFontSize: 24, titleSize: 34, footerSize: 24 } as const;



/** Most slides a figure gets: a presenter shows a few; the SVG and CSV hold every row. */
export const maxSlides = 10;

/**
 * The 1920 × 1080 slides of a figure: title, the chart drawn at slide size (type never scaled down unless a
 * single study is taller than a slide) and the citation on every slide. Tall figures flow into two columns
 * and, when those are full, onto further slides, each titled "(slide i of n)", up to `maxSlides`; the last of a
 * cut-short set says how many rows the slides show and that every row is in the SVG and CSV.
 */
export function slideSvgs(fig: FigureBuild, c: CitationContext): Chart[] {
  return once(fig, `slides\u0000${contextKey(c)}`, () => {
    // As few slides as possible, at the largest type that needs no more: 28 px, else 26 or 24 px. A slide a
    // presenter must click through costs more than 4 px of type.
    let best: Chart[] | undefined;
    for (let fontSize: number = slideType.fontSize; fontSize >= slideType.minFontSize; fontSize -= 2) {
      const slides = slidesAt(fig, c, fontSize);
      if (!best || slides.length < best.length) best = slides;
      // One slide needs no smaller type; a set cut short at maxSlides is as long with it (the SVG holds every row).
      if (slides.length === 1 || slides.length >= maxSlides) break;
    }
    return best!;
  });
}

/** The slides of a figure with chart type at `fontSize` px. */
function slidesAt(fig: FigureBuild, c: CitationContext, fontSize: number): Chart[] {
  const frame = (title: string) => ({ title, footer: slideCitation(fig, c), ...slideType, fontFamily: rasterFont });
  const limit: SlideLimit = {
    maxSlides,
    note: (shown, total) => `These ${maxSlides} slides show the first ${formatNumber(shown, 0)} of ${formatNumber(total, 0)} rows; every row is in the SVG and CSV of this figure.`,
  };
  let charts = figureSlideCharts(fig, { ...frameChartArea(frame(fig.title)), fontSize }, rasterFont, limit);
  // Several slides: their titles carry "(slide i of n)", which may take another line; lay out again for that.
  if (charts.length > 1) charts = figureSlideCharts(fig, { ...frameChartArea(frame(`${fig.title} (slide ${maxSlides} of ${maxSlides})`)), fontSize }, rasterFont, limit);
  return charts.map((chart, i) => frameFigure(chart, frame(charts.length > 1 ? `${fig.title} (slide ${i + 1} of ${charts.length})` : fig.title)));
}

/** A slide fitted into 1920 × 1080 at 72 dpi (an SVG unit is a pixel); the 2× picture at 144 dpi (two pixels). */
const slideSpec: PictureSpec = { density: 72, fit: [slideType.width, slideType.height] };
const twoXSpec: PictureSpec = { density: 144 };
const pictureKey = (fig: FigureBuild, c: CitationContext, kind: 'slide' | 'twoX', i: number) => `${fig.slug}\u0000${contextKey(c)}\u0000${kind}\u0000${i}`;
const queue = pictureQueue();
let planned: ReadonlyArray<{ fig: FigureBuild; c: CitationContext }> = [];

/**
 * Names the figures whose slides are rendered in the background (pictureQueue.ts): the figure route calls this from
 * getStaticPaths. They are queued when the first slide is asked for (the first deck), not here: Astro runs every
 * getStaticPaths before any page, and rendering then added to the /data/ files being written, the build's memory
 * peak (issue 13). Each deck then waits for its own slides at most.
 */
export function planFigurePictures(figures: ReadonlyArray<{ fig: FigureBuild; c: CitationContext }>): void {
  planned = figures;
}

const queueSlides = (fig: FigureBuild, c: CitationContext) => slideSvgs(fig, c).forEach((s, i) => queue.add(pictureKey(fig, c, 'slide', i), slideSpec, s.svg));

/** The slides of a figure as PNG, once per build: the decks embed them and the figure route writes them. */
export function slidePngs(fig: FigureBuild, c: CitationContext): Promise<Uint8Array<ArrayBuffer>[]> {
  return once(fig, `slide-png\u0000${contextKey(c)}`, () => {
    queueSlides(fig, c);
    const all = planned;
    planned = [];
    all.forEach((p) => queueSlides(p.fig, p.c));
    return Promise.all(slideSvgs(fig, c).map((_, i) => queue.take(pictureKey(fig, c, 'slide', i))!));
  });
}

/**
 * Queues the 2× PNG when the figure's SVG file is written, from the same drawing (pngSvg); the route lists the PNG
 * files after every figure's other files (src/pages/figures/[slug]/[file].ts), so it renders while those are written.
 */
const queueTwoXPng = (fig: FigureBuild, c: CitationContext) => queue.add(pictureKey(fig, c, 'twoX', 0), twoXSpec, pngSvg(fig, c).svg);
const twoXPng = (fig: FigureBuild, c: CitationContext): Promise<Uint8Array<ArrayBuffer>> => queue.take(pictureKey(fig, c, 'twoX', 0)) ?? renderPicture(twoXSpec, pngSvg(fig, c).svg);

/** Body of one download file. */
export async function renderFigureFile(fig: FigureBuild, name: string, c: CitationContext): Promise<string | Uint8Array<ArrayBuffer>> {
  const suffix = name.slice(fig.slug.length);
  switch (suffix) {
    case '.svg':
      queueTwoXPng(fig, c);
      return standaloneSvg(fig, c).svg;
    case '.png':
      return twoXPng(fig, c);
    case '-embed-wide.svg':
      return embedSvg(fig, 'wide');
    case '-embed-narrow.svg':
      return embedSvg(fig, 'narrow');
    case '.csv':
      return tableCsv(fig.table);
    case '.json':
      return `${JSON.stringify(fig.json, null, 2)}\n`;
    default: {
      const slide = /^-slide(?:-(\d+))?\.png$/.exec(suffix);
      const png = slide ? (await slidePngs(fig, c))[slide[1] ? Number(slide[1]) - 1 : 0] : undefined;
      if (!png) throw new Error(`unknown figure file ${name}`);
      return png;
    }
  }
}
