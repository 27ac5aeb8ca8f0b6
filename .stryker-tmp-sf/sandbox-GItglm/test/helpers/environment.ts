// @ts-nocheck
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const INSTALL = 'install one with `apt-get install -y chromium` (Debian) or point CHROME_PATH at a Chrome/Chromium binary';
const BUILD = 'run `npm run build` first';

/** Whether dist/ holds a complete build: a failed build leaves server chunks and no pages. */
export function builtSite(root: string): { ok: boolean; dir: string; reason: string } {
  // TEST_DIST points the browser tests at another build (e.g. one made with --outDir while dist/ is busy).
  const dir = process.env.TEST_DIST ?? join(root, 'dist');
  if (!existsSync(join(dir, 'index.html'))) return { ok: false, dir, reason: `no built site (dist/index.html missing): ${BUILD}` };
  if (!existsSync(join(dir, 'pagefind'))) return { ok: false, dir, reason: `dist/ has no search index (dist/pagefind missing): ${BUILD}` };
  return { ok: true, dir, reason: '' };
}

/** The Chromium binary the browser tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): { ok: boolean; path: string; reason: string } {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const path = candidates.find((p) => existsSync(p));
  return path ? { ok: true, path, reason: '' } : { ok: false, path: '', reason: `no Chromium found (tried ${candidates.join(', ')}): ${INSTALL}` };
}

/** Every HTML page of a built site, as site paths ("/", "/studies/saxena-2012/"), sorted; the search index excluded. */
export function htmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (rel === '' && e.name === 'pagefind') continue;
        walk(join(dir, e.name), `${rel}${e.name}/`);
      } else if (e.name.endsWith('.html')) out.push(e.name === 'index.html' ? `/${rel}` : `/${rel}${e.name}`);
    }
  };
  walk(dist, '');
  return out.sort();
}

export const isCI = (): boolean => process.env.CI === 'true';
