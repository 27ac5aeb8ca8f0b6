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
 * The pages of the studies table in order: /studies/, then each page's "Next page" link (/studies/page/2/, ...).
 * Tests of the table read all of them; a chain that misses a built page, repeats one, or names a missing page
 * throws. Every page number the pager links must be one of them.
 */
export function studiesTablePages(): string[] {
  const pathOf = (h: string) => h.slice(h.indexOf('/studies/'));
  const paths = ['/studies/'];
  for (;;) {
    const next = page(paths.at(-1)!).querySelector('nav.pager a[rel="next"]');
    if (!next) break;
    const p = pathOf(next.getAttribute('href') ?? '');
    if (paths.includes(p)) throw new Error(`the pager's next links loop back to ${p}`);
    paths.push(p);
  }
  for (const p of paths)
    for (const a of page(p).querySelectorAll('nav.pager li a[href]')) {
      const target = pathOf(a.getAttribute('href') ?? '');
      if (!paths.includes(target)) throw new Error(`the pager of ${p} links ${target}, which is not in the chain of next pages`);
    }
  const built = htmlPages().filter((p) => /^\/studies\/page\/\d+\/$/.test(p));
  if (built.length !== paths.length - 1) throw new Error(`the next links of the studies table reach ${paths.length} pages, but ${built.length + 1} were built`);
  return paths;
}
