/**
 * Read the built site (dist/, or TEST_DIST) for the site tests. `siteSuite` declares a suite over it: without a
 * complete build it fails under CI=true and skips with the reason elsewhere (test/helpers/environment.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages as pagesOf, PROJECT_ROOT, siteUnderTest, suiteWhen } from '../helpers/environment';

export const root = PROJECT_ROOT;
const site = siteUnderTest();
export const distDir = site.dir;

/** A suite over the built site; see the top of this file. */
export function siteSuite(name: string, body: () => void): void {
  suiteWhen(name, [site], body);
}

/** Every HTML page of the build (pagefind's own files excluded), as site paths like "/studies/". */
export const htmlPages = (): string[] => pagesOf(distDir);

const cache = new Map<string, HTMLElement>();

/** The parsed page at a site path ("/studies/saxena-2012/"); throws if it was not built. */
export function page(path: string): HTMLElement {
  let doc = cache.get(path);
  if (!doc) {
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) throw new Error(`no page built at ${path} (${relative(root, file)})`);
    doc = parse(readFileSync(file, 'utf8'));
    cache.set(path, doc);
  }
  return doc;
}

export function pageExists(path: string): boolean {
  return existsSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path));
}

/**
 * The pages of the studies table in order: /studies/, then the pages its pager links to (/studies/page/2/, ...).
 * Tests of the table read all of them; a page missing from the pager, or a pager naming a missing page, throws.
 */
export function studiesTablePages(): string[] {
  const nav = page('/studies/').querySelector('nav.pager');
  if (!nav) return ['/studies/'];
  const paths = nav.querySelectorAll('li a').map((a) => {
    if (a.getAttribute('aria-current') === 'page') return '/studies/';
    const h = a.getAttribute('href') ?? '';
    return h.slice(h.indexOf('/studies/'));
  });
  for (const p of paths) page(p);
  const built = htmlPages().filter((p) => /^\/studies\/page\/\d+\/$/.test(p));
  if (built.length !== paths.length - 1) throw new Error(`the pager of /studies/ links ${paths.length} pages, but ${built.length + 1} were built`);
  return paths;
}
