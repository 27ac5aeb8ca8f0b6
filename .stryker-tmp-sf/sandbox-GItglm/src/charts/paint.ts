// @ts-nocheck
import { palette, type PaletteKey } from './palette';

const keyOf = new Map<string, PaletteKey>();
for (const [k, v] of Object.entries(palette) as [PaletteKey, string][]) if (!keyOf.has(v.toLowerCase())) keyOf.set(v.toLowerCase(), k);

/**
 * Colour of a mark as attributes: the colour itself in `color` (what standalone files and light pages show),
 * painted through currentColor, plus a `paint-<key>` class for palette colours so a page can re-colour the
 * inline SVG for dark mode with CSS (a class beats a presentation attribute) without touching the files.
 * `fill` / `stroke`: true = the colour, false = none, undefined = leave unset. `as` names the palette role
 * when two roles share a colour (warning and comparator).
 */
export function paint(colour: string, o: { fill?: boolean; stroke?: boolean }, as?: PaletteKey): string {
  const key = as ?? keyOf.get(colour.toLowerCase());
  const attrs = [`color="${colour}"`];
  if (key) attrs.push(`class="paint-${key}"`);
  if (o.fill !== undefined) attrs.push(`fill="${o.fill ? 'currentColor' : 'none'}"`);
  if (o.stroke !== undefined) attrs.push(`stroke="${o.stroke ? 'currentColor' : 'none'}"`);
  return attrs.join(' ');
}
