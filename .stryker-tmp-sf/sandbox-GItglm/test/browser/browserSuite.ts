/**
 * Declares a browser suite only when a Chromium and a complete dist/ exist. Otherwise one skipped test says
 * why and how to fix it; under CI=true the absence is a failing test instead.
 */
// @ts-nocheck

import { describe, expect, inject, it } from 'vitest';
import { isCI } from '../helpers/environment';

export function browserSuite(name: string, body: (env: { chromiumPath: string; dist: string }) => void): void {
  const chromium = inject('chromium');
  const site = inject('site');
  const missing = [chromium, site].filter((x) => !x.ok).map((x) => x.reason);
  if (missing.length === 0) {
    describe(name, () => body({ chromiumPath: chromium.path, dist: site.dir }));
    return;
  }
  const reason = missing.join('; ');
  if (isCI()) it(`${name}: needs Chromium and a built site`, () => expect.fail(`CI=true: ${reason}`));
  else {
    console.warn(`[${name}] skipped: ${reason}`);
    it.skip(`${name} skipped: ${reason}`, () => {});
  }
}
