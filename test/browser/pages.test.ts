/**
 * Every page of the built site in a real Chromium: loads cleanly (no console error, no failed request), makes no
 * request that leaves the site, passes axe (WCAG 2.2 A/AA) in the light colour scheme, never scrolls sideways
 * at 360 px, and passes axe's contrast rules in the dark colour scheme.
 *
 * What is scanned once, and why that is equivalent:
 * - Each page is opened once. One full axe run (every WCAG A/AA rule) in the light scheme, then the 360 px check
 *   on the same page (viewport resized), then it closes.
 * - The dark scheme changes colours only: src/styles/global.css and the figure component redefine colour custom
 *   properties and paint colours under prefers-color-scheme: dark, nothing else (no layout, no content), so in
 *   dark only axe's colour rules (color-contrast, link-in-text-block) can give another answer than in light. Their
 *   answer for a piece of text depends only on its colour, the colour behind it, its size and weight (large-text
 *   threshold), its opacity, and for a link the text colour around it and its underline. While a page is open
 *   it is switched to dark for a moment and those inputs are read for every visible text element (no axe run).
 *   The dark axe pass then runs on the fewest pages that together hold every distinct combination of inputs
 *   (a greedy cover, typically one or two pages per template: study pages share one stylesheet and components):
 *   a page whose combinations were all checked elsewhere cannot fail differently. Text over positioned elements
 *   or background images is marked as such in its inputs, so those cases are scanned on a page that has them.
 *   A page whose light pass failed before its inputs were read is scanned in dark in full.
 * - The page tests run as many at a time as the machine has cores (os.availableParallelism()), in one shared
 *   Chromium, with no per-test timeout (see browserSuite.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { availableParallelism } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { htmlPages } from '../helpers/environment';
import { BROWSER_TIMEOUT, browserSuite } from './browserSuite';
import { confineToOrigin, openPage } from './openPage';

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

/** Run at most `n` of the given jobs at a time. */
function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (job) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * In the page (switched to dark): the inputs of axe's colour rules for every visible element with its own text,
 * one string per distinct combination.
 */
function contrastInputs(): string[] {
  const out = new Set<string>();
  const opaque = (c: string) => c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!hasText) continue;
    const rect = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (rect.width === 0 || rect.height === 0 || s.visibility !== 'visible') continue;
    let backdrop = 'canvas';
    let opacity = 1;
    const over: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const es = getComputedStyle(e);
      opacity *= Number(es.opacity);
      if (es.position === 'absolute' || es.position === 'fixed' || es.position === 'sticky') over.push(`positioned:${es.position}`);
      if (es.backgroundImage !== 'none') over.push('background-image');
      if (opaque(es.backgroundColor)) {
        backdrop = es.backgroundColor;
        break;
      }
    }
    const fg = el instanceof SVGElement ? `${s.fill}/${s.color}` : s.color;
    const link = el.tagName === 'A' && el.parentElement ? `link in ${getComputedStyle(el.parentElement).color} ${s.textDecorationLine}` : '';
    out.add([el.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg' : 'html', fg, backdrop, s.fontSize, s.fontWeight, opacity.toFixed(2), ...over, link].join('|'));
  }
  return [...out];
}

/** The fewest pages (greedily) that together hold every combination; ties keep site order. */
function cover(inputs: Map<string, string[]>): string[] {
  const left = new Set([...inputs.values()].flat());
  const chosen: string[] = [];
  while (left.size > 0) {
    let best = '';
    let gain = 0;
    for (const [path, combos] of inputs) {
      const g = combos.filter((c) => left.has(c)).length;
      if (g > gain) [best, gain] = [path, g];
    }
    chosen.push(best);
    for (const c of inputs.get(best)!) left.delete(c);
  }
  return chosen;
}

/** axe on a page, reporting violations only: the passes and incomplete lists it would also build are never read. */
const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
const violations = (scheme: string, r: AxeResults) =>
  r.violations.flatMap((v) => v.nodes.map((n) => `${scheme} ${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));

browserSuite('every page in Chromium', ({ newContext, siteUrl, dist }) => {
  let context: BrowserContext;
  const offSite: string[] = [];
  const slot = limiter(availableParallelism());
  /** Dark-scheme colour inputs of each page whose light pass got that far. */
  const darkInputs = new Map<string, string[]>();

  beforeAll(async () => {
    context = await newContext({ viewport: { width: 1280, height: 900 } });
    await confineToOrigin(context, new URL(siteUrl).origin, offSite);
  }, BROWSER_TIMEOUT);

  const pages = htmlPages(dist);
  const url = (path: string) => new URL(path.slice(1), siteUrl).toString();
  it('finds the pages of the site', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/studies/');
    expect(pages.length).toBeGreaterThan(5);
  });

  it.concurrent.each(pages)('%s', { timeout: BROWSER_TIMEOUT }, (path) =>
    slot(async () => {
      const { page, trouble } = await openPage(context, url(path), offSite);
      try {
        const light = await axe(page).withTags(WCAG_TAGS).analyze();
        await page.emulateMedia({ colorScheme: 'dark' });
        darkInputs.set(path, await page.evaluate(contrastInputs));
        await page.emulateMedia({ colorScheme: 'light' });
        await page.setViewportSize({ width: 360, height: 740 });
        const scroll = await page.evaluate(overflowAt360);
        const problems = [
          ...trouble.consoleErrors.map((e) => `console error: ${e}`),
          ...trouble.failedRequests.map((e) => `failed request: ${e}`),
          ...trouble.offSiteRequests.map((e) => `off-site request: ${e}`),
          ...violations('light', light),
          ...(scroll.scrollWidth > scroll.clientWidth ? [`horizontal scroll at 360 px: ${scroll.scrollWidth}px content in ${scroll.clientWidth}px; sticking out: ${scroll.culprits.join(', ') || '?'}`] : []),
        ];
        // One line per problem, so the report reads the same in every reporter.
        if (problems.length > 0) expect.fail(`${problems.length} problem(s) on ${path}:\n${problems.join('\n')}`);
      } finally {
        await page.close();
      }
    }),
  );

  // Runs after the page tests above (vitest runs a run of concurrent tests to the end before the next plain test).
  it('dark colour scheme: contrast on every combination of colours, backdrop and text size the pages show', { timeout: BROWSER_TIMEOUT }, async () => {
    const unread = pages.filter((p) => !darkInputs.has(p));
    const scan = [...cover(darkInputs), ...unread];
    expect(scan.length).toBeGreaterThan(0);
    const found = await Promise.all(
      scan.map((path) =>
        slot(async () => {
          const page: Page = await context.newPage();
          try {
            await page.emulateMedia({ colorScheme: 'dark' });
            await page.goto(url(path), { waitUntil: 'load' });
            const dark = await axe(page).withRules(['color-contrast', 'link-in-text-block']).analyze();
            return violations('dark', dark).map((v) => `${path}: ${v}`);
          } finally {
            await page.close();
          }
        }),
      ),
    );
    console.info(`[dark scheme] scanned ${scan.length} of ${pages.length} pages: ${scan.join(' ')}`);
    expect(found.flat()).toEqual([]);
  });
});
