/**
 * Declares a browser suite only when a Chromium and a complete dist/ exist (environment.suiteWhen: under CI=true
 * an absence fails, elsewhere one skipped test says why). The suite's tests share the one Chromium and static
 * server that globalSetup starts for the whole run: `browser()` is this file's connection to it.
 *
 * Timeouts: browser tests run with no per-test timeout (BROWSER_TIMEOUT = 0), and Playwright's own action and
 * navigation timeouts are off too. A page's time depends on the machine's load (measured: a page that takes 2 s
 * on an idle 2-core machine took over 120 s at load 14), so any fixed limit either fails slow-but-correct runs
 * or is too long to matter; what these tests judge is what a page does, not how fast a shared machine does it.
 * A hung Chromium is still bounded, by the CI job's own time limit, and `npm run bench` measures speed.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium, siteUnderTest, suiteWhen } from '../helpers/environment';

export const BROWSER_TIMEOUT = 0;

export interface BrowserEnv {
  /** This file's connection to the shared Chromium (ready inside tests and hooks). */
  browser: () => Browser;
  /** A new context with Playwright's timeouts off (see above); closed with the connection. */
  newContext: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
  /** The shared static server's URL for dist/, with a trailing slash. */
  siteUrl: string;
  dist: string;
}

export function browserSuite(name: string, body: (env: BrowserEnv) => void): void {
  const site = siteUnderTest();
  suiteWhen(name, [findChromium(), site], () => {
    const shared = inject('shared');
    let browser: Browser | undefined;
    beforeAll(async () => {
      if (!shared.wsEndpoint) throw new Error('globalSetup started no shared Chromium (is test/globalSetup.ts in vitest.config.ts?)');
      browser = await chromium.connect(shared.wsEndpoint, { timeout: 0 });
    }, BROWSER_TIMEOUT);
    // Closing a connection closes the contexts it made and leaves the shared browser to globalSetup.
    afterAll(async () => browser?.close(), BROWSER_TIMEOUT);
    const env: BrowserEnv = {
      browser: () => browser!,
      newContext: async (options) => {
        const context = await browser!.newContext(options);
        context.setDefaultTimeout(0);
        context.setDefaultNavigationTimeout(0);
        return context;
      },
      siteUrl: shared.siteUrl,
      dist: site.dir,
    };
    body(env);
  });
}
