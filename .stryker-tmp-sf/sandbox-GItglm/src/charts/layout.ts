/** Two layouts per chart: wide (desktop, slides, downloads) and narrow (phones). */
// @ts-nocheck

export type ChartLayout = 'wide' | 'narrow';

export interface LayoutMetrics {
  /** viewBox width. */
  width: number;
  /** Smallest font size used, in viewBox units. */
  fontSize: number;
  pad: number;
}

/**
 * The page shows the narrow SVG when its container is narrower than `narrowBelow` px, so text never renders
 * below 12 px: wide = 16 × 600/800 = 12 px at the switch; narrow = 14 px at a 360 px rendered width and
 * still 12.8 px in the 328 px column of a 360 px phone.
 */
export const narrowBelow = 600;

export function layoutMetrics(layout: ChartLayout): LayoutMetrics {
  return layout === 'narrow' ? { width: 360, fontSize: 14, pad: 6 } : { width: 800, fontSize: 16, pad: 10 };
}
