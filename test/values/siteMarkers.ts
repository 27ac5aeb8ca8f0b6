/** The value markers of a built site: every element with `data-v`, page by page, with the text a reader sees. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages } from '../helpers/environment';
import type { Marker } from './checkMarker';

export interface PageMarkers {
  path: string;
  markers: Marker[];
}

export function markersOf(root: HTMLElement): Marker[] {
  return root.querySelectorAll('[data-v]').map((el) => ({
    refs: el.getAttribute('data-v') ?? '',
    derived: el.getAttribute('data-derived') ?? undefined,
    text: el.textContent,
  }));
}

const pageFile = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

export function markersOfSite(dist: string): PageMarkers[] {
  return htmlPages(dist).map((path) => ({ path, markers: markersOf(parse(readFileSync(pageFile(dist, path), 'utf8'))) }));
}
