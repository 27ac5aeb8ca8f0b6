import sharp from 'sharp';
import { frameFigure } from '../../charts';
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

export function figureFileNames(fig: FigureBuild): { name: string; label: string; type: string }[] {
  return figureFileKinds.map((k) => ({ name: `${fig.slug}${k.suffix}`, label: k.label, type: k.type }));
}

export interface CitationContext {
  siteTitle: string;
  version: string;
  /** Absolute permalink of the figure page. */
  url: string;
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

/** 1920 × 1080 slide: large title, the chart scaled to fit, the citation at the bottom. */
export function slideSvg(fig: FigureBuild, c: CitationContext): string {
  return frameFigure(fig.chart('wide', rasterFont), { title: fig.title, footer: slideCitation(fig, c), width: 1920, height: 1080, fontSize: 26, fontFamily: rasterFont });
}

/** Body of one download file. */
export async function renderFigureFile(fig: FigureBuild, name: string, c: CitationContext): Promise<string | Uint8Array> {
  const suffix = name.slice(fig.slug.length);
  switch (suffix) {
    case '.svg':
      return standaloneSvg(fig, c);
    case '.png':
      return new Uint8Array(await sharp(Buffer.from(standaloneSvg(fig, c)), { density: 144 }).png({ compressionLevel: 9 }).toBuffer());
    case '-slide.png':
      return new Uint8Array(await sharp(Buffer.from(slideSvg(fig, c)), { density: 72 }).resize(1920, 1080, { fit: 'contain', background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer());
    case '.csv':
      return toCsv(fig.table);
    case '.json':
      return `${JSON.stringify(fig.json, null, 2)}\n`;
    default:
      throw new Error(`unknown figure file ${name}`);
  }
}
