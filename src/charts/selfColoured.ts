import { sizedSvg, type Chart } from './chartSvg';
import { palette, paletteDark, type PaletteKey } from './palette';

/** Text and axis colours of the site's pages (src/styles/global.css --fg, light and dark). */
export const pageInk = { light: '#1b1f23', dark: '#e6edf3' } as const;

/**
 * A page chart as a file of its own for <img> embedding: a fixed size from its viewBox (no layout shift) and its
 * own colours, since an image inherits nothing from the page: text and axes in the page's ink, marks in the light
 * palette, and in a dark colour scheme the dark ink and palette (the `paint-<key>` classes, as on inline charts).
 * Title, description and role stay; the background stays transparent, so the page shows through.
 */
export function selfColoured(chart: Chart): string {
  const dark = (Object.keys(palette) as PaletteKey[]).map((k) => `.paint-${k}{color:${paletteDark[k]}}`).join('');
  return sizedSvg(chart, `<style>svg{color:${pageInk.light}}@media (prefers-color-scheme: dark){svg{color:${pageInk.dark}}${dark}}</style>`);
}
