/**
 * Okabe–Ito colours (colour-blind safe), as drawn on white: standalone files (SVG, PNG, slides) and light pages.
 * Each keeps >= 3:1 contrast on #ffffff; meaning is always carried by marker shape and label as well.
 */
// @ts-nocheck

export const palette = {
  resection: '#0072B2',
  comparator: '#D55E00',
  pooled: '#009E73',
  neutral: '#6b7785',
  warning: '#D55E00',
} as const;

export type PaletteKey = keyof typeof palette;

/**
 * Variants for dark pages (bg #0d1117, surface #161b22), applied by the page's CSS through the `paint-<key>`
 * classes: blue and grey come close to 3:1 on near-black, so they get lighter neighbours (Okabe–Ito sky blue);
 * the others already pass and stay as they are.
 */
export const paletteDark: Record<PaletteKey, string> = {
  resection: '#56B4E9',
  comparator: '#D55E00',
  pooled: '#009E73',
  neutral: '#9AA5B1',
  warning: '#D55E00',
};

/** Text and axis colour: inherits the page colour inline; frames set it for standalone files. */
export const ink = 'currentColor';
