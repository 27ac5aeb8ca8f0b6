/**
 * Every page of the built site in a real Chromium: loads cleanly, passes axe (WCAG 2.2 A/AA) in light and
 * dark colour schemes, never scrolls sideways at 360 px, and makes no request that leaves the site.
 */
// @ts-nocheck

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/environment';
import { browserSuite } from './browserSuite';
import { launchChromium } from './launchChromium';
import { confineToOrigin, openPage } from './openPage';
import { serveStatic, type StaticServer } from '../../scripts/lib/serveStatic';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** In the page: page width vs viewport, and what sticks out (elements or runs of text not inside a scrolling box). */
function overflowAt360() {
  const root = document.documentElement;
  const limit = root.clientWidth + 0.5;
  const clipped = (el: Element | null): boolean => {
    for (let e = el; e && e !== document.body; e = e.parentElement) if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(e).overflowX)) return true;
    return false;
  };
  const name = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
  };
  const culprits: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const right = el.getBoundingClientRect().right;
    if (right > limit && !clipped(el.parentElement) && !(el.parentElement && el.parentElement.getBoundingClientRect().right > limit))
      culprits.push(`${name(el)} (${Math.round(right)}px)`);
  }
  // Unbreakable text (URLs, DOIs, long numbers) overflows without its element growing.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(n);
    const right = range.getBoundingClientRect().right;
    if (right > limit && n.parentElement && !clipped(n.parentElement)) culprits.push(`text "${(n.textContent ?? '').trim().slice(0, 40)}" in ${name(n.parentElement)} (${Math.round(right)}px)`);
  }
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(0, 4) };
}

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

  it.concurrent.each(pages)('%s', { timeout: 120_000 }, async (path) => {
    const { page, trouble } = await openPage(context, new URL(path.slice(1), server.url).toString(), offSite);
    try {
      const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      // Dark scheme: only colours change, so only contrast is re-checked.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 360, height: 740 });
      const scroll = await page.evaluate(overflowAt360);
      const violations = (scheme: string, r: typeof light) =>
        r.violations.flatMap((v) => v.nodes.map((n) => `${scheme} ${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
      const problems = [
        ...trouble.consoleErrors.map((e) => `console error: ${e}`),
        ...trouble.failedRequests.map((e) => `failed request: ${e}`),
        ...trouble.offSiteRequests.map((e) => `off-site request: ${e}`),
        ...violations('light', light),
        ...violations('dark', dark),
        ...(scroll.scrollWidth > scroll.clientWidth ? [`horizontal scroll at 360 px: ${scroll.scrollWidth}px content in ${scroll.clientWidth}px; sticking out: ${scroll.culprits.join(', ') || '?'}`] : []),
      ];
      // One line per problem, so the report reads the same in every reporter.
      if (problems.length > 0) expect.fail(`${problems.length} problem(s) on ${path}:\n${problems.join('\n')}`);
    } finally {
      await page.close();
    }
  });
});
