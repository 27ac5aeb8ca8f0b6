/**
 * The two scripted features, driven as a user would: the /studies/ table with the keyboard alone (filter,
 * sort, shared URL restoring the same view, over every static page of the table, with rows drawn from
 * rows.json agreeing with the built pages) and the search page finding a study.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { BROWSER_TIMEOUT, browserSuite } from './browserSuite';
import { confineToOrigin } from './openPage';
import { loadEvidence } from '../../src/data/loadEvidence';
import { PROJECT_ROOT } from '../helpers/environment';

const loaded = loadEvidence(PROJECT_ROOT);
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const ev = loaded.evidence;

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

/** Text of each cell of the visible rows, the notes cell left out (the static pages show the notes, a view counts them). */
const cellTexts = (page: Page) =>
  page.$$eval('#studies-table tbody tr:not([hidden])', (rs) =>
    Object.fromEntries(rs.map((r) => [`${(r as HTMLElement).dataset.study}/${(r as HTMLElement).dataset.group}`, Array.from((r as HTMLTableRowElement).cells).slice(0, -1).map((c) => c.textContent!.replace(/\s+/g, ' ').trim())])),
  );

/** A number as the table prints it ("1,234"), or undefined for an empty cell. */
const printed = (t: string) => (t === '—' || t === '' ? undefined : Number(t.replace(/,/g, '')));

browserSuite('scripted features in Chromium', ({ newContext, siteUrl }) => {
  let context: BrowserContext;
  const offSite: string[] = [];
  beforeAll(async () => {
    context = await newContext({ viewport: { width: 1280, height: 900 } });
    await confineToOrigin(context, new URL(siteUrl).origin, offSite);
  }, BROWSER_TIMEOUT);

  /** Every row of the static pages of the table (JavaScript off), in order, with its cell texts: what a view must agree with. */
  let staticRows: Record<string, string[]>;
  let staticOrder: string[];
  let pageOneRows: number;
  beforeAll(async () => {
    const noJs = await newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await noJs.newPage();
    staticRows = {};
    staticOrder = [];
    // Page to page by "Next page", as a reader without scripts would (the pager lists only some page numbers).
    for (let url: string | null = `${siteUrl}studies/`, first = true; url; first = false) {
      await page.goto(url);
      expect(await page.isHidden('#studies-controls')).toBe(true); // no controls that cannot work
      const rows = await cellTexts(page);
      if (first) pageOneRows = Object.keys(rows).length;
      Object.assign(staticRows, rows);
      staticOrder.push(...Object.keys(rows));
      url = await page.$eval('nav.pager a[rel="next"]', (a) => (a as HTMLAnchorElement).href).catch(() => null);
    }
    await noJs.close();
  }, BROWSER_TIMEOUT);

  it('/studies/ without JavaScript: every page of the table reached through the pager, every arm of data/ on one of them', { timeout: BROWSER_TIMEOUT }, () => {
    const arms = ev.studies.flatMap((st) => st.groups.filter((g) => g.role === 'arm').map((g) => `${st.id}/${g.id}`));
    expect(arms.filter((a) => !staticRows[a])).toEqual([]);
    expect(new Set(staticOrder).size).toBe(staticOrder.length);
  });

  it('/studies/: filter and sort with the keyboard alone over every page; the shared URL restores the same view', { timeout: BROWSER_TIMEOUT }, async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}studies/`);
    await page.waitForSelector('#studies-controls:not([hidden])');
    const before = await view(page);
    expect(before.rows.length).toBe(pageOneRows);

    // Filter: reach the treatment filter by Tab, pick the next option with the arrow key.
    await tabTo(page, '#studies-controls select[name="treatment"]');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => /rows match/.test(document.querySelector('#studies-controls .table-status')?.textContent ?? ''));
    const filtered = await view(page);
    const treatment = filtered.filters.find((f) => f.startsWith('treatment='))!.slice('treatment='.length);
    expect(treatment).not.toBe('');
    // Expected rows from data/: every shown group of every page whose treatment is the one picked.
    const withTreatment = staticOrder.filter((id) => {
      const [study, group] = id.split('/');
      return ev.studies.find((x) => x.id === study)!.groups.find((g) => g.id === group)!.treatment === treatment;
    });
    expect(filtered.rows).toEqual(withTreatment);
    expect(await page.textContent('#studies-controls .table-status')).toContain(`${withTreatment.length} of ${staticOrder.length}`);
    expect(await page.isHidden('nav.pager')).toBe(true);

    // Sort: Tab on to the "Study n" header button; Enter sorts ascending, Enter again descending.
    await tabTo(page, '#studies-table th[data-key="n"] button');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#studies-table th[data-key="n"][aria-sort="ascending"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#studies-table th[data-key="n"][aria-sort="descending"]');
    const sorted = await view(page);
    expect(sorted.sort).toEqual(['n:descending']);
    expect([...sorted.rows].sort()).toEqual([...withTreatment].sort());
    const col = await page.$$eval('#studies-table thead th', (hs) => hs.findIndex((h) => (h as HTMLElement).dataset.key === 'n'));
    const ns = sorted.rows.map((id) => printed(staticRows[id]![col]!));
    const numbers = ns.filter((x) => x !== undefined);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(ns.slice(numbers.length).every((x) => x === undefined)).toBe(true); // empty cells last

    // Share: the URL holds the state; a fresh page at that URL shows the same rows in the same order.
    const shared = page.url();
    expect(new URL(shared).searchParams.get('treatment')).toBe(treatment);
    const other = await context.newPage();
    await other.goto(shared);
    await other.waitForSelector('#studies-table th[data-key="n"][aria-sort="descending"]');
    await other.waitForFunction(() => /rows match/.test(document.querySelector('#studies-controls .table-status')?.textContent ?? ''));
    expect(await view(other)).toEqual(sorted);
    await other.close();

    // "Show all" returns to the page's own rows and its pager.
    await page.focus('#studies-controls button[type="reset"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#studies-table th[aria-sort="descending"]'));
    expect((await view(page)).rows).toEqual(staticOrder.slice(0, pageOneRows));
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('/studies/: a view shows each row as the static pages do (rows drawn from rows.json agree with the built pages)', { timeout: BROWSER_TIMEOUT }, async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}studies/?sort=study&dir=asc`);
    await page.waitForFunction(() => /rows match/.test(document.querySelector('#studies-controls .table-status')?.textContent ?? ''));
    // Show every row, a step at a time.
    while (await page.isVisible('button.more-rows')) {
      const n = (await view(page)).rows.length;
      await page.click('button.more-rows');
      await page.waitForFunction((k) => document.querySelectorAll('#studies-table tbody tr').length > k, n);
    }
    const shown = await cellTexts(page);
    expect(Object.keys(shown).sort()).toEqual([...staticOrder].sort());
    for (const [id, cells] of Object.entries(shown)) expect(cells, id).toEqual(staticRows[id]);
    await page.close();
  });

  it('/studies/?question=…, the link of a question page, shows exactly the studies of that question; a view longer than a step offers more rows', { timeout: BROWSER_TIMEOUT }, async () => {
    const q = [...ev.questions].sort((a, b) => b.studies.length - a.studies.length)[0]!;
    const ofQuestion = new Set(ev.studies.filter((x) => x.questions.includes(q.id) || q.studies.includes(x.id)).map((x) => x.id));
    const page = await context.newPage();
    // A small step (the table reads data-step) so that the 1x base also needs the "more" button.
    await page.addInitScript(() => {
      new MutationObserver((_, o) => {
        const t = document.querySelector<HTMLElement>('#studies-table');
        if (t) (t.dataset.step = '5'), o.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${siteUrl}questions/${q.id}/`);
    const link = await page.$eval('a[href*="/studies/?question="]', (a) => (a as HTMLAnchorElement).href);
    await page.goto(link);
    await page.waitForFunction(() => /rows match/.test(document.querySelector('#studies-controls .table-status')?.textContent ?? ''));
    expect(await page.inputValue('#studies-controls select[name="question"]')).toBe(q.id);
    const want = staticOrder.filter((id) => ofQuestion.has(id.split('/')[0]!));
    expect((await view(page)).rows).toEqual(want.slice(0, 5));
    expect(await page.textContent('#studies-controls .table-status')).toContain(`${want.length} of ${staticOrder.length} rows match; the first 5 are shown`);
    await tabTo(page, 'button.more-rows');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#studies-table tbody tr').length > 5);
    expect((await view(page)).rows).toEqual(want.slice(0, 10));
    await page.close();
  });

  it('/search/: typing "Karabulut" finds the Karabulut 2011 study page', { timeout: BROWSER_TIMEOUT }, async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${siteUrl}search/`);
    await page.waitForSelector('.pagefind-ui__search-input');
    await tabTo(page, '.pagefind-ui__search-input');
    await page.keyboard.type('Karabulut');
    const link = page.locator('.pagefind-ui__result-link', { hasText: /Karabulut/ }).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/\/studies\/karabulut-2011\/$/);
    expect(errors).toEqual([]);
    expect(offSite).toEqual([]);
    await page.close();
  });
});
