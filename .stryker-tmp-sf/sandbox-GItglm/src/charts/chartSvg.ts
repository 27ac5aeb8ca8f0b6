// @ts-nocheck
import { escapeXml } from './escapeXml';
import type { ChartLayout } from './layout';

/** Default font stack of the on-page charts (system fonts; no request leaves the site). */
export const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export interface ChartSvgOptions {
  id: string;
  layout: ChartLayout;
  title: string;
  description: string;
  fontFamily?: string;
}

/** The root <svg> of a chart: role="img" labelled by its <title> and <desc>, with ids unique per chart and layout. */
export function chartSvg(o: ChartSvgOptions, width: number, height: number, body: string): string {
  const font = o.fontFamily ?? SYSTEM_FONT;
  const key = `${o.id}-${o.layout}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${key}-title ${key}-desc" class="chart chart-${o.layout}" font-family="${escapeXml(font)}">` +
    `<title id="${key}-title">${escapeXml(o.title)}</title><desc id="${key}-desc">${escapeXml(o.description)}</desc>` +
    body +
    `</svg>`
  );
}
