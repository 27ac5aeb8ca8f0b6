/**
 * Page weight per kind of page (home, studies table pages, a study, a question, a figure, ...) for one build:
 * the heaviest page of each kind, so a build of any size can be checked against the page budgets.
 */
import { gzipSync } from 'node:zlib';
import { linkedCss, pageHtml, type PageSize } from './pageSizes';

export interface KindWeight {
  kind: string;
  pages: number;
  /** Heaviest page by HTML + blocking CSS (gzip). */
  heaviest: PageSize;
  /** Largest raw HTML of the kind. */
  largestHtml: PageSize;
  /** The heaviest page's HTML + CSS gzip without its embedded figures (figure.nelm-figure), or undefined when it embeds none. */
  withoutFigures?: number;
}

/** Kind of a site path: its route with the parameter replaced ("/studies/<id>/", "/studies/page/<n>/"). */
export function pageKind(path: string): string {
  if (/^\/studies\/page\/\d+\/$/.test(path)) return '/studies/page/<n>/';
  const m = path.match(/^\/(studies|questions|topics|figures|sources)\/[^/]+\/$/);
  return m ? `/${m[1]}/<id>/` : path;
}

/** HTML without the embedded figures (what a page weighs once figures are a link away). */
export const stripFigures = (html: string): string => html.replace(/<figure class="nelm-figure"[\s\S]*?<\/figure>/g, '');

export function pageKinds(dist: string, sizes: PageSize[]): KindWeight[] {
  const kinds = new Map<string, PageSize[]>();
  for (const p of sizes) kinds.set(pageKind(p.path), [...(kinds.get(pageKind(p.path)) ?? []), p]);
  return [...kinds]
    .map(([kind, list]) => {
      const heaviest = list.reduce((a, b) => (b.firstRender.gzip > a.firstRender.gzip ? b : a));
      const largestHtml = list.reduce((a, b) => (b.html.raw > a.html.raw ? b : a));
      const html = pageHtml(dist, heaviest.path);
      const stripped = stripFigures(html);
      const withoutFigures = stripped.length === html.length ? undefined : gzipSync(stripped + linkedCss(dist, html)).length;
      return { kind, pages: list.length, heaviest, largestHtml, withoutFigures };
    })
    .sort((a, b) => b.heaviest.firstRender.gzip - a.heaviest.firstRender.gzip);
}
