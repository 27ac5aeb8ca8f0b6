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
