// @ts-nocheck
import { paint } from './paint';
import { r } from './svgText';

export type MarkerShape = 'square' | 'circle' | 'triangle' | 'diamond';

export interface MarkerStyle {
  shape: MarkerShape;
  colour: string;
  /** Filled (true) or outline only. */
  filled: boolean;
}

/** A marker centred on (cx, cy) with side/diameter `size`; outline markers are hollow. */
export function marker(cx: number, cy: number, size: number, m: MarkerStyle): string {
  const h = size / 2;
  const attrs = m.filled ? paint(m.colour, { fill: true, stroke: true }) : `${paint(m.colour, { fill: false, stroke: true })} stroke-width="2"`;
  switch (m.shape) {
    case 'square':
      return `<rect x="${r(cx - h)}" y="${r(cy - h)}" width="${r(size)}" height="${r(size)}" ${attrs}/>`;
    case 'circle':
      return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(h)}" ${attrs}/>`;
    case 'triangle': {
      const t = h * 1.15;
      return `<path d="M${r(cx)},${r(cy - t)}L${r(cx + t)},${r(cy + t * 0.8)}L${r(cx - t)},${r(cy + t * 0.8)}Z" ${attrs}/>`;
    }
    case 'diamond': {
      const d = h * 1.25;
      return `<path d="M${r(cx)},${r(cy - d)}L${r(cx + d)},${r(cy)}L${r(cx)},${r(cy + d)}L${r(cx - d)},${r(cy)}Z" ${attrs}/>`;
    }
  }
}

/** Arrowhead at (x, y) pointing left (-1) or right (+1): a CI that runs off the axis. */
export function arrowHead(x: number, y: number, direction: -1 | 1, size: number, colour: string, open = false): string {
  const back = x - direction * size;
  const d = `M${r(back)},${r(y - size * 0.55)}L${r(x)},${r(y)}L${r(back)},${r(y + size * 0.55)}`;
  return open
    ? `<path d="${d}" ${paint(colour, { fill: false, stroke: true })} stroke-width="2"/>`
    : `<path d="${d}Z" ${paint(colour, { fill: true, stroke: true })}/>`;
}
