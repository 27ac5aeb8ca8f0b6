import { escapeXml } from './escapeXml';
import type { ChartLayout } from './layout';
import { r } from './svgText';

/** Default font stack of the on-page charts (system fonts; no request leaves the site). */
export const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export interface ChartSvgOptions {
  id: string;
  layout: ChartLayout;
  title: string;
  description: string;
  fontFamily?: string;
}

/**
 * A drawn chart: its markup and its size, so callers place, frame and embed it without reading the SVG text
 * back. `svg` is the standalone root (width 100%, scales to its container); the parts let a frame or a slide
 * nest it (`nestedSvg`) or give it a fixed size (`sizedSvg`).
 */
export interface Chart {
  svg: string;
  /** viewBox size, in chart units. */
  width: number;
  height: number;
  /** The root's class and font family, and the ids of its title and description (absent: no accessible name). */
  className: string;
  fontFamily: string;
  labelledBy?: string;
  /** <title> and <desc> of the root. */
  head: string;
  /** Everything drawn inside the root. */
  body: string;
}

/** Builds a Chart from its parts; `svg` is `<svg xmlns viewBox width="100%" [role aria-labelledby] class font-family>head body</svg>`. */
export function chartOf(p: Omit<Chart, 'svg'>): Chart {
  const label = p.labelledBy ? ` role="img" aria-labelledby="${p.labelledBy}"` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(p.width)} ${r(p.height)}" width="100%"${label} class="${p.className}" font-family="${escapeXml(p.fontFamily)}">${p.head}${p.body}</svg>`;
  return { ...p, svg };
}

/** The root <svg> of a chart: role="img" labelled by its <title> and <desc>, with ids unique per chart and layout. */
export function chartSvg(o: ChartSvgOptions, width: number, height: number, body: string): Chart {
  const key = `${o.id}-${o.layout}`;
  return chartOf({
    width,
    height,
    className: `chart chart-${o.layout}`,
    fontFamily: o.fontFamily ?? SYSTEM_FONT,
    labelledBy: `${key}-title ${key}-desc`,
    head: `<title id="${key}-title">${escapeXml(o.title)}</title><desc id="${key}-desc">${escapeXml(o.description)}</desc>`,
    body,
  });
}

/** The chart as an inner <svg> at (x, y), scale 1, without title, description or accessibility attributes (slide parts). */
export function nestedSvg(c: Chart, x: number, y: number): string {
  return `<svg x="${r(x)}" y="${r(y)}" width="${r(c.width)}" height="${r(c.height)}" viewBox="0 0 ${r(c.width)} ${r(c.height)}">${c.body}</svg>`;
}

/** The chart scaled into the box (x, y, w, h) of a frame: its title and description kept, the frame's font used. */
export function framedSvg(c: Chart, x: number, y: number, w: number, h: number): string {
  return `<svg x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(c.width)} ${r(c.height)}" class="${c.className}">${c.head}${c.body}</svg>`;
}

/**
 * The chart as a file of its own at its viewBox size (no layout shift when embedded with <img>), with `style`
 * (a <style> element) after its description.
 */
export function sizedSvg(c: Chart, style = ''): string {
  const label = c.labelledBy ? ` role="img" aria-labelledby="${c.labelledBy}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(c.width)} ${r(c.height)}" width="${r(c.width)}" height="${r(c.height)}"${label} class="${c.className}" font-family="${escapeXml(c.fontFamily)}">${c.head}${style}${c.body}</svg>`;
}
