/**
 * Runs once before the suite. It never builds (CI runs `npm run build` first, a build takes a while and
 * must not race other test files); it only tells the tests whether a complete dist/ and a Chromium exist.
 */
// @ts-nocheck

import type { TestProject } from 'vitest/node';
import { builtSite, findChromium } from './helpers/environment';

export default function setup(project: TestProject): void {
  project.provide('site', builtSite(process.cwd()));
  project.provide('chromium', findChromium());
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: { ok: boolean; dir: string; reason: string };
    chromium: { ok: boolean; path: string; reason: string };
  }
}
