/**
 * Runs once before the suite. It never builds (`npm test` builds first; a build takes a while and must not race
 * other test files). When a Chromium (and a complete dist/) exist it starts what every browser test file shares:
 * one Chromium (test files connect to it over its websocket instead of each launching their own, so the cores
 * go to pages, not to browser start-ups) and one static server for dist/. Both stop when the run ends.
 * (Without a Chromium or a dist/ the suites that need them fail under CI=true or skip: test/helpers/environment.ts.)
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS } from './browser/launchChromium';
import { findChromium, siteUnderTest } from './helpers/environment';
import { serveStatic, type StaticServer } from '../scripts/lib/serveStatic';

let browser: BrowserServer | undefined;
let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const found = findChromium();
  const site = siteUnderTest();
  project.provide('chromium', found);
  if (found.ok) browser = await chromium.launchServer({ executablePath: found.path, args: CHROMIUM_FLAGS, headless: true });
  if (site.ok) server = await serveStatic(site.dir);
  project.provide('shared', { wsEndpoint: browser?.wsEndpoint() ?? '', siteUrl: server?.url ?? '' });
}

export async function teardown(): Promise<void> {
  await server?.close();
  await browser?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: { ok: boolean; path: string; reason: string };
    /** The shared Chromium's websocket and the URL serving dist/; each empty when what it needs is missing. */
    shared: { wsEndpoint: string; siteUrl: string };
  }
}
