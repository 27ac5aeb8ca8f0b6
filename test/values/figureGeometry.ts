/**
 * Where a chart draws its marked values, read from the SVG markup alone (no chart code): each axis's linear map
 * value → x fitted to its ticks (`data-tick`), and the x positions of the marks on that axis (`data-axis`).
 */
import type { HTMLElement } from 'node-html-parser';
import { derivedValue } from './derivedValue';
import { dataValue } from './dataValue';

export interface AxisFit {
  id: string;
  slope: number;
  intercept: number;
  /** x of the axis line's ends (the domain): a clipped CI ends there. */
  x0: number;
  x1: number;
  /** Largest distance of a tick from the fitted line (px). */
  tickResidual: number;
  ticks: number;
}

const num = (el: HTMLElement, a: string) => Number(el.getAttribute(a));

/** Least-squares line through the (tick value, x) pairs of one axis. */
export function fitAxis(id: string, ticks: HTMLElement[], line: HTMLElement | undefined): AxisFit {
  const pts = ticks.map((t) => ({ v: num(t, 'data-tick'), x: num(t, 'x1') }));
  const n = pts.length;
  const mv = pts.reduce((a, p) => a + p.v, 0) / n;
  const mx = pts.reduce((a, p) => a + p.x, 0) / n;
  const slope = pts.reduce((a, p) => a + (p.v - mv) * (p.x - mx), 0) / pts.reduce((a, p) => a + (p.v - mv) ** 2, 0);
  const intercept = mx - slope * mv;
  const tickResidual = Math.max(...pts.map((p) => Math.abs(intercept + slope * p.v - p.x)));
  const ends = line ? [num(line, 'x1'), num(line, 'x2')] : [Math.min(...pts.map((p) => p.x)), Math.max(...pts.map((p) => p.x))];
  return { id, slope, intercept, x0: Math.min(...ends), x1: Math.max(...ends), tickResidual, ticks: n };
}

/** The vertices of a path made of M/L commands. */
export function pathPoints(d: string): { x: number; y: number }[] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

/** Centre x of a point mark: a square's middle, a circle's centre, a path's top vertex (triangle, diamond, pooled diamond). */
export function centreX(el: HTMLElement): number {
  switch (el.tagName.toLowerCase()) {
    case 'rect':
      return num(el, 'x') + num(el, 'width') / 2;
    case 'circle':
      return num(el, 'cx');
    case 'path': {
      const pts = pathPoints(el.getAttribute('d') ?? '');
      return pts.reduce((top, p) => (p.y < top.y ? p : top)).x;
    }
    default:
      throw new Error(`no centre for <${el.tagName}>`);
  }
}

/** Left and right end x of an interval mark: a CI line, or the pooled diamond's side vertices. */
export function endsX(el: HTMLElement): [number, number] {
  if (el.tagName.toLowerCase() === 'line') return [Math.min(num(el, 'x1'), num(el, 'x2')), Math.max(num(el, 'x1'), num(el, 'x2'))];
  const xs = pathPoints(el.getAttribute('d') ?? '').map((p) => p.x);
  return [Math.min(...xs), Math.max(...xs)];
}

/** The value a mark names (suffix "" for the point, "-lower"/"-upper" for an interval's ends), in the axis's reader units. */
export function markedValue(el: HTMLElement, suffix = ''): number | undefined {
  const refs = el.getAttribute(`data-v${suffix}`);
  if (refs === undefined || refs === null) return undefined;
  const list = refs.trim().split(/\s+/);
  const derived = el.getAttribute(`data-derived${suffix}`);
  const v = derived ? derivedValue(derived, list) : dataValue(list[0]!);
  if (typeof v !== 'number') throw new Error(`${refs} is not a number`);
  return v;
}
