/**
 * Search quality on the built index (Node-side, Pagefind's own search API; no browser):
 * - ten questions a clinician would type each find the page that answers them best among the first three results;
 * - the excerpts read as text: no table cells or definition-list terms run together ("OutcomeValuenComment").
 *   Pagefind ends a sentence only after td, p, li, div and headings; Astro's compressed HTML has no whitespace
 *   between tags, so th, dt, dd and caption boundaries need a separator in the page (a `{' '}` between the
 *   elements) or the element is left out of the index (src/search/excludeSelectors.ts, data-pagefind-ignore).
 */
import { beforeAll, expect, it } from 'vitest';
import { builtSiteSuite } from './builtSiteSuite';
import { pagefindContents, pagefindSearch, type PagefindResult } from './pagefindNode';
import { EXPECTED } from './expectedQueries';

/** Plain text of a Pagefind excerpt (HTML with <mark> around matches and escaped entities). */
export function excerptText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Shapes of two words joined without a space where one element of a table or list ends and the next begins. */
const JOINED = [
  /\p{Ll}\p{Lu}(?=\p{Ll})/u, // "WhatValueLocator", "seriesTotal"
  /\p{Ll}{2,}\d/u, // "as printed63"
  /[\d%]\p{Lu}\p{Ll}/u, // "20%Assessment"
  /\p{Ll}[.:;,)]\p{Lu}\p{Ll}/u, // "unsafe.Source", "(as printed)Role"
];
/** Words that have those shapes of their own: names, file names, web addresses, site paths (permalinks without SITE). */
const OWN_SHAPE = [/BibTeX/g, /PubMed/g, /McDermott/g, /DerSimonian/g, /leave1out\(\)/g, /68Ga/g, /\d{3}_[0-9a-f]{16}\.txt/g, /https?:\/\/\S+/g, /PowerPoint/g, /\/[\w.#-]+(\/[\w.#-]+)*\//g];

/** The words of a text that look like two words run together. */
export function runTogether(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => JOINED.some((re) => re.test(OWN_SHAPE.reduce((s, re) => s.replace(re, ' '), w))));
}

/** Pages whose indexed text runs words together for a reason outside this suite; an entry that no longer matches fails. */
const KNOWN: Array<{ page: string; word: string; why: string }> = [
  {
    page: '/methods/',
    word: 'studies11–21',
    why: 'a verbatim quote of the systematic review, whose text glues the reference numbers to the word ("cohort studies11–21"); quotes are kept exactly as printed',
  },
];

/** The URLs of the top results, with any base path removed ("/nelm/topics/x/" -> "/topics/x/"). */
const top = (results: PagefindResult[] | undefined, n: number) => (results ?? []).slice(0, n);
const path = (url: string) => url.replace(/^.*?(?=\/(studies|topics|questions|data|sources|glossary|recommendations|methods|figures)\/)/, '');

it('the run-together check flags the joins the issue reports and passes real words', () => {
  expect(runTogether('OutcomeValuenComment')).toEqual(['OutcomeValuenComment']);
  expect(runTogether('WhatValueLocator')).toEqual(['WhatValueLocator']);
  expect(runTogether('Design Retrospective case seriesTotal patients as printed63')).toEqual(['seriesTotal', 'printed63']);
  expect(runTogether('normal liver 20%Assessment of the FLR; unsafe.Source Systematic review')).toEqual(['20%Assessment', 'unsafe.Source']);
  expect(runTogether('Ki67 index < 2%; R2 (debulking) resection; 68Ga DOTA-TATE PET/CT; G1/G2; McDermott, PubMed; 002_d622ce3ae3df28fb.txt.')).toEqual([]);
});

builtSiteSuite('search quality: ten clinical questions', (dist) => {
  let found: Map<string, PagefindResult[]>;
  let contents: Map<string, string>;
  beforeAll(() => {
    found = pagefindSearch(dist, EXPECTED.map((e) => e.query));
    contents = pagefindContents(dist);
  });

  it.each(EXPECTED)('"$query" finds $page among the first three results', ({ query, page }) => {
    const urls = top(found.get(query), 3).map((r) => path(r.url));
    expect(urls, `${query}: ${urls.join(', ')}`).toContain(page);
  });

  it.each(EXPECTED)('"$query": the excerpts of the first three results run no words together', ({ query }) => {
    const joined = top(found.get(query), 3).flatMap((r) =>
      [r.excerpt, ...r.subExcerpts].flatMap((e) => runTogether(excerptText(e)).map((w) => `${path(r.url)}: ${w}`)),
    );
    expect(joined).toEqual([]);
  });

  it('no indexed page runs words together (the data pages list code identifiers and are skipped)', () => {
    const joined: string[] = [];
    for (const [url, text] of contents) {
      if (path(url).startsWith('/data/')) continue;
      for (const w of runTogether(text)) if (!KNOWN.some((k) => k.page === path(url) && k.word === w)) joined.push(`${path(url)}: ${w}`);
    }
    expect(joined).toEqual([]);
  });

  it('every entry of the known list still matches (strike it once fixed)', () => {
    const stale = KNOWN.filter((k) => !runTogether(contents.get(k.page) ?? '').includes(k.word));
    expect(stale.map((k) => `${k.page}: ${k.word}`)).toEqual([]);
  });

  it('keeps the column header rows and figure data tables out of the index', () => {
    const all = [...contents.values()].join('\n');
    // Column headers, and the summary line of a figure's data table.
    const left = ['Outcome Value n Comment', 'What Value Locator', 'Group (as printed) Role Treatment', 'exactly the data drawn'].filter((t) => all.includes(t));
    expect(left).toEqual([]);
  });
});
