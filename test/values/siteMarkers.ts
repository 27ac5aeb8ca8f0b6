/** The value markers of a built site: every element with `data-v`, page by page, with the text a reader sees. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages } from '../helpers/environment';
import type { Marker } from './checkMarker';
import { expandValueSets } from './valueSets';

export interface PageMarkers {
  path: string;
  markers: Marker[];
}

/**
 * Drawn marks of a chart (a square, circle, diamond path or CI line) carry data-v for their position, not for
 * text: test/values/figurePositions.test.ts checks where they sit. Only elements that show text are read here.
 */
const drawnMark = new Set(['rect', 'circle', 'path', 'line', 'polygon']);

export function markersOf(root: HTMLElement): Marker[] {
  // Markers naming a set (`@NAME`) are checked with the set's refs in its place.
  return expandValueSets(root)
    .querySelectorAll('[data-v]')
    .filter((el) => !drawnMark.has(el.tagName.toLowerCase()))
    .map((el) => ({
      refs: el.getAttribute('data-v') ?? '',
      derived: el.getAttribute('data-derived') ?? undefined,
      scale: el.hasAttribute('data-scale') ? Number(el.getAttribute('data-scale')) : undefined,
      text: el.textContent,
    }));
}

const pageFile = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

export function markersOfSite(dist: string): PageMarkers[] {
  return htmlPages(dist).map((path) => ({ path, markers: markersOf(parse(readFileSync(pageFile(dist, path), 'utf8'))) }));
}
