/**
 * Read the built site in dist/ for the site tests. Without dist/index.html the suites skip with a message
 * (build first: ASTRO_TELEMETRY_DISABLED=1 npx astro build), except under CI=true, where a missing build fails.
 */
// @ts-nocheck

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const root = process.cwd();
export const distDir = join(root, 'dist');
export const hasDist = existsSync(join(distDir, 'index.html'));

if (!hasDist) {
  const msg = 'test/site: dist/index.html is missing; build the site first (ASTRO_TELEMETRY_DISABLED=1 npx astro build).';
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`${msg} Skipping the site tests.`);
}

/** Every .html file under dist/ (pagefind's own files excluded), as site paths like "/studies/". */
export function htmlPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind') walk(p);
      } else if (name.endsWith('.html')) out.push('/' + relative(distDir, p).split('\\').join('/'));
    }
  };
  walk(distDir);
  return out.map((p) => p.replace(/index\.html$/, '')).sort();
}

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
