/**
 * What the suite needs from outside the repository (a built site, the sub-path build, Chromium, the source
 * documents in ../shared/seeds), found out in one place, and the one way a suite that needs one declares itself:
 * `suiteWhen`. Absent under CI=true, that is a failing test saying what is missing and how to fix it; absent
 * elsewhere, one skipped test says why and the reason is printed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SEEDS = resolve(PROJECT_ROOT, '../shared/seeds');

export interface Need {
  ok: boolean;
  reason: string;
}
export interface SiteNeed extends Need {
  dir: string;
}

const INSTALL = 'install one with `apt-get install -y chromium` (Debian) or point CHROME_PATH at a Chrome/Chromium binary';

export const isCI = (): boolean => process.env.CI === 'true';

/**
 * Whether `dir` holds a complete build with its search index: a failed build leaves server chunks and no pages,
 * and `npm run build` writes the Pagefind index last. `how` is the command that makes it.
 */
export function builtSite(dir: string, how = 'npm run build'): SiteNeed {
  if (!existsSync(join(dir, 'index.html'))) return { ok: false, dir, reason: `no built site in ${dir} (index.html missing): run \`${how}\` first` };
  if (!existsSync(join(dir, 'pagefind'))) return { ok: false, dir, reason: `${dir} has no search index (pagefind/ missing): run \`${how}\` first` };
  return { ok: true, dir, reason: '' };
}

/** The build under test: dist/, or the folder TEST_DIST names (e.g. a build made with --outDir while dist/ is busy). */
export function siteUnderTest(): SiteNeed {
  return builtSite(process.env.TEST_DIST ?? join(PROJECT_ROOT, 'dist'));
}

/** The BASE=/nelm/ build: dist-base/, or the folder BASE_DIST names. */
export function baseSiteUnderTest(): SiteNeed {
  return builtSite(process.env.BASE_DIST ?? join(PROJECT_ROOT, 'dist-base'), 'npm run build:base');
}

/** The source documents the provenance quotes are checked against. */
export function seeds(): Need {
  return existsSync(SEEDS)
    ? { ok: true, reason: '' }
    : { ok: false, reason: `../shared/seeds not found at ${SEEDS} (the source documents live beside the checkout on the team's machines and in CI)` };
}

/** The Chromium binary the browser tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): Need & { path: string } {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const path = candidates.find((p) => existsSync(p));
  return path ? { ok: true, path, reason: '' } : { ok: false, path: '', reason: `no Chromium found (tried ${candidates.join(', ')}): ${INSTALL}` };
}

/**
 * Declare `body` as a suite when every need is met. Otherwise: under CI=true one failing test names what is
 * missing (CI provides all of it, so an absence is a broken CI, never a reason to pass); elsewhere one skipped
 * test carries the reason, which is also printed so a local run says why it checked less.
 */
export function suiteWhen(name: string, needs: Need[], body: () => void): void {
  const missing = needs.filter((n) => !n.ok).map((n) => n.reason);
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const reason = missing.join('; ');
  if (isCI()) it(`${name}: needs what CI provides`, () => expect.fail(`CI=true: ${reason}`));
  else {
    console.warn(`[${name}] skipped: ${reason}`);
    it.skip(`${name} skipped: ${reason}`, () => {});
  }
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
