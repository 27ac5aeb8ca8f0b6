/**
 * Okabe–Ito colours (colour-blind safe). Each keeps >= 3:1 contrast on both the light (#fff) and dark (#0d1117)
 * page backgrounds; meaning is always carried by marker shape and label as well.
 */
export const palette = {
  resection: '#0072B2',
  comparator: '#D55E00',
  pooled: '#009E73',
  neutral: '#6b7785',
  warning: '#D55E00',
} as const;

/** Text and axis colour: inherits the page colour inline; frames set it for standalone files. */
export const ink = 'currentColor';
