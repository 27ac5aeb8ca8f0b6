/**
 * The two scripted features, driven as a user would: the /studies/ table with the keyboard alone (filter,
 * sort, shared URL restoring the same view) and the search page finding a study.
 */
// @ts-nocheck

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browserSuite } from './browserSuite';
import { launchChromium } from './launchChromium';
import { confineToOrigin } from './openPage';
import { serveStatic, type StaticServer } from '../../scripts/lib/serveStatic';

/** Press Tab until `selector` has focus; fails after `max` presses (unreachable by keyboard). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}

/** Focus is visible: the focused element draws an outline or a box shadow. */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });

/** The visible rows (study/group ids in order), the filter values and the sort state. */
const view = (page: Page) =>
  page.evaluate(() => ({
    rows: Array.from(document.querySelectorAll<HTMLTableRowElement>('#studies-table tbody tr:not([hidden])')).map((r) => `${r.dataset.study}/${r.dataset.group}`),
    filters: Array.from(document.querySelectorAll<HTMLSelectElement>('#studies-controls select')).map((s) => `${s.name}=${s.value}`),
    sort: Array.from(document.querySelectorAll('#studies-table th[aria-sort]'))
      .filter((h) => h.getAttribute('aria-sort') !== 'none')
      .map((h) => `${(h as HTMLElement).dataset.key}:${h.getAttribute('aria-sort')}`),
  }));

browserSuite('scripted features in Chromium', ({ chromiumPath, dist }) => {
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

  it('/studies/: filter and sort with the keyboard alone; the shared URL restores the same view', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}studies/`);
    await page.waitForSelector('#studies-controls:not([hidden])');
    const before = await view(page);
    expect(before.rows.length).toBeGreaterThan(10);

    // Filter: reach the treatment filter by Tab, pick the next option with the arrow key.
    await tabTo(page, '#studies-controls select[name="treatment"]');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const filtered = await view(page);
    const treatment = filtered.filters.find((f) => f.startsWith('treatment='))!.slice('treatment='.length);
    expect(treatment).not.toBe('');
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.length).toBeLessThan(before.rows.length);
    const treatments = await page.$$eval('#studies-table tbody tr:not([hidden])', (rs) => [...new Set(rs.map((r) => (r as HTMLElement).dataset.treatment))]);
    expect(treatments).toEqual([treatment]);
    expect(await page.textContent('#studies-controls .table-status')).toContain(`${filtered.rows.length} of ${before.rows.length}`);

    // Sort: Tab on to the "Study n" header button; Enter sorts ascending, Enter again descending.
    await tabTo(page, '#studies-table th[data-key="n"] button');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect((await view(page)).sort).toEqual(['n:ascending']);
    await page.keyboard.press('Enter');
    const sorted = await view(page);
    expect(sorted.sort).toEqual(['n:descending']);
    const ns = await page.$$eval('#studies-table tbody tr:not([hidden])', (rs) =>
      rs.map((r) => (r as HTMLTableRowElement).cells[Array.from((r.closest('table') as HTMLTableElement).tHead!.rows[0]!.cells).findIndex((h) => h.dataset.key === 'n')]!.dataset.sort ?? ''),
    );
    const numbers = ns.filter((x) => x !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(ns.slice(numbers.length).every((x) => x === '')).toBe(true); // empty cells last

    // Share: the URL holds the state; a fresh page at that URL shows the same rows in the same order.
    const shared = page.url();
    expect(new URL(shared).searchParams.get('treatment')).toBe(treatment);
    const other = await context.newPage();
    await other.goto(shared);
    await other.waitForSelector('#studies-controls:not([hidden])');
    expect(await view(other)).toEqual(sorted);
    await other.close();
    await page.close();
  });

  it('/search/: typing "Karabulut" finds the Karabulut 2011 study page', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}search/`);
    await page.waitForSelector('.pagefind-ui__search-input');
    await tabTo(page, '.pagefind-ui__search-input');
    await page.keyboard.type('Karabulut');
    const link = page.locator('.pagefind-ui__result-link', { hasText: /Karabulut/ }).first();
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toMatch(/\/studies\/karabulut-2011\/$/);
    expect(errors).toEqual([]);
    expect(offSite).toEqual([]);
    await page.close();
  });
});
