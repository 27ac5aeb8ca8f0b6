/**
 * Every page of the built site in a real Chromium: loads cleanly, passes axe (WCAG 2.2 A/AA) in light and
 * dark colour schemes, never scrolls sideways at 360 px, and makes no request that leaves the site.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/environment';
import { browserSuite } from './browserSuite';
import { launchChromium } from './launchChromium';
import { confineToOrigin, openPage } from './openPage';
import { serveStatic, type StaticServer } from './serve';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

browserSuite('every page in Chromium', ({ chromiumPath, dist }) => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const offSite: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await confineToOrigin(context, new URL(server.url).origin, offSite);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pages = htmlPages(inject('site').dir);
  it('finds the pages of the site', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s', { timeout: 90_000 }, async (path) => {
    const { page, trouble } = await openPage(context, new URL(path.slice(1), server.url).toString(), offSite);
    try {
      const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 360, height: 740 });
      const scroll = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      const violations = (scheme: string, r: typeof light) =>
        r.violations.flatMap((v) => v.nodes.map((n) => `${scheme} ${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
      expect({
        consoleErrors: trouble.consoleErrors,
        failedRequests: trouble.failedRequests,
        offSiteRequests: trouble.offSiteRequests,
        axeViolations: [...violations('light', light), ...violations('dark', dark)],
        horizontalScrollAt360: scroll.scrollWidth > scroll.clientWidth ? `${scroll.scrollWidth}px content in ${scroll.clientWidth}px` : 'none',
      }).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [], axeViolations: [], horizontalScrollAt360: 'none' });
    } finally {
      await page.close();
    }
  });
});
