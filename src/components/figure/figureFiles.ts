import sharp from 'sharp';
import { frameChartArea, frameFigure } from '../../charts';
import { creditLine } from '../../lib/figures';
import { toCsv } from '../../lib/figures';
import type { FigureBuild } from './figureTypes';

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

/** Citation printed on downloads and slides: the figure, the site, and the sources credited with locators. */
export function figureCitation(fig: FigureBuild, c: CitationContext): string[] {
  return [
    `Figure: ${c.siteTitle}, version ${c.version}. ${c.url}`,
    `Data: ${fig.credits.map(creditLine).join('; ')}.`,
  ];
}

/** Standalone SVG: white background, title, chart and citation, DejaVu Sans (what the PNGs are drawn from). */
export function standaloneSvg(fig: FigureBuild, c: CitationContext): string {
  return frameFigure(fig.chart('wide', rasterFont), { title: fig.title, footer: figureCitation(fig, c), width: 800, fontSize: 16, fontFamily: rasterFont });
}

/** Short citation for slides: the figure and each source with its locators (studies are on the page and in the SVG). */
export function slideCitation(fig: FigureBuild, c: CitationContext): string[] {
  const bySource = new Map<string, string[]>();
  for (const cr of fig.credits) bySource.set(cr.sourceName, [...(bySource.get(cr.sourceName) ?? []), cr.locator]);
  return [`Figure: ${c.siteTitle}, version ${c.version}. ${c.url}`, `Data: ${[...bySource].map(([name, locs]) => `${name} (${locs.join('; ')})`).join('; ')}.`];
}

/** Slide type in pixels at 1920 × 1080: labels and values at 28 px, the title at 34 px, the citation at 24 px. */
export const slideType = { width: 1920, height: 1080, fontSize: 28, titleSize: 34, footerSize: 24 } as const;

const slideCache = new WeakMap<FigureBuild, Map<string, string[]>>();

/**
 * The 1920 × 1080 slides of a figure: title, the chart drawn at slide size (type never scaled down unless a
 * single study is taller than a slide) and the citation on every slide. Tall figures flow into two columns
 * and, when those are full, onto further slides, each titled "(slide i of n)".
 */
export function slideSvgs(fig: FigureBuild, c: CitationContext): string[] {
  const key = `${c.siteTitle}\u0000${c.version}\u0000${c.url}`;
  let byContext = slideCache.get(fig);
  if (!byContext) slideCache.set(fig, (byContext = new Map()));
  const hit = byContext.get(key);
  if (hit) return hit;
  const frame = (title: string) => ({ title, footer: slideCitation(fig, c), ...slideType, fontFamily: rasterFont });
  let charts = fig.slides({ ...frameChartArea(frame(fig.title)), fontSize: slideType.fontSize }, rasterFont);
  // Several slides: their titles carry "(slide i of n)", which may take another line; lay out again for that.
  if (charts.length > 1) charts = fig.slides({ ...frameChartArea(frame(`${fig.title} (slide 9 of 9)`)), fontSize: slideType.fontSize }, rasterFont);
  const slides = charts.map((chart, i) => frameFigure(chart, frame(charts.length > 1 ? `${fig.title} (slide ${i + 1} of ${charts.length})` : fig.title)));
  byContext.set(key, slides);
  return slides;
}

/** Body of one download file. */
export async function renderFigureFile(fig: FigureBuild, name: string, c: CitationContext): Promise<string | Uint8Array<ArrayBuffer>> {
  const suffix = name.slice(fig.slug.length);
  switch (suffix) {
    case '.svg':
      return standaloneSvg(fig, c);
    case '.png':
      return new Uint8Array(await sharp(Buffer.from(standaloneSvg(fig, c)), { density: 144 }).png({ compressionLevel: 9 }).toBuffer());
    case '.csv':
      return toCsv(fig.table);
    case '.json':
      return `${JSON.stringify(fig.json, null, 2)}\n`;
    default: {
      const slide = /^-slide(?:-(\d+))?\.png$/.exec(suffix);
      const svg = slide ? slideSvgs(fig, c)[slide[1] ? Number(slide[1]) - 1 : 0] : undefined;
      if (!svg) throw new Error(`unknown figure file ${name}`);
      return new Uint8Array(await sharp(Buffer.from(svg), { density: 72 }).resize(slideType.width, slideType.height, { fit: 'contain', background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer());
    }
  }
}
