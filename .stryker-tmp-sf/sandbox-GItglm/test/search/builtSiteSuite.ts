/**
 * Declares a suite over a built site only when one exists: dist/ (checked once by globalSetup), or the
 * folder named by DIST_DIR (a build with another outDir). Without one, a skipped test says why;
 * under CI=true the absence fails instead.
 */
// @ts-nocheck

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isCI } from '../helpers/environment';

function checkFolder(dir: string): { ok: boolean; dir: string; reason: string } {
  if (!existsSync(join(dir, 'index.html'))) return { ok: false, dir, reason: `no built site in ${dir} (index.html missing): run \`npm run build\` first` };
  if (!existsSync(join(dir, 'pagefind'))) return { ok: false, dir, reason: `${dir} has no search index (pagefind/ missing): run \`npm run build\` first` };
  return { ok: true, dir, reason: '' };
}

export function siteUnderTest(): { ok: boolean; dir: string; reason: string } {
  return process.env.DIST_DIR ? checkFolder(process.env.DIST_DIR) : inject('site');
}

export function builtSiteSuite(name: string, body: (dist: string) => void): void {
  const site = siteUnderTest();
  if (site.ok) {
    describe(name, () => body(site.dir));
    return;
  }
  if (isCI()) it(`${name}: needs a built site`, () => expect.fail(`CI=true: ${site.reason}`));
  else {
    console.warn(`[${name}] skipped: ${site.reason}`);
    it.skip(`${name} skipped: ${site.reason}`, () => {});
  }
}
