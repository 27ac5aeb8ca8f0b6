// @ts-nocheck
import type { BrowserContext, Page } from 'playwright-core';

/** What went wrong while a page loaded: console errors, uncaught exceptions, failed or off-site requests. */
export interface PageTrouble {
  consoleErrors: string[];
  failedRequests: string[];
  offSiteRequests: string[];
}

/**
 * Block every request that is not to `origin` (recording it) so nothing leaves the site, even by accident.
 * Call once per context, before any page opens.
 */
export async function confineToOrigin(context: BrowserContext, origin: string, offSite: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offSite.push(url);
    return route.abort('blockedbyclient');
  });
}

/** Open a page and collect its trouble; `offSite` is the list confineToOrigin fills for this context. */
export async function openPage(context: BrowserContext, url: string, offSite: string[]): Promise<{ page: Page; trouble: PageTrouble }> {
  const page = await context.newPage();
  const start = offSite.length;
  const trouble: PageTrouble = { consoleErrors: [], failedRequests: [], offSiteRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') trouble.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => trouble.consoleErrors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).origin === new URL(url).origin) trouble.failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) trouble.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Let late requests (module scripts, fonts, favicons) settle before judging.
  await page.waitForLoadState('networkidle');
  trouble.offSiteRequests = offSite.slice(start);
  return { page, trouble };
}
