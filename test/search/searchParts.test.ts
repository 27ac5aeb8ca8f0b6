/**
 * Past RECORDS_PER_INDEX studies the search index comes in parts, built two at a time and merged on /search/
 * (src/search/searchBundles.ts). Split here at 10 records an index, the 25 studies of data/ make four parts: the
 * merged index must hold every page the single index holds, with the same text, and the ten searches must still
 * find their page in the first three results.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFolder, INDEX_LANES, pagefindUiInit, RECORDS_PER_INDEX, searchParts } from '../../src/search/searchBundles';
import { PROJECT_ROOT } from '../helpers/environment';
import { builtSiteSuite } from './builtSiteSuite';
import { EXPECTED } from './expectedQueries';
import { pagefindContents, pagefindSearch } from './pagefindNode';

describe('searchParts', () => {
  it('one index up to RECORDS_PER_INDEX studies, then as few even parts as hold them, in a multiple of the lanes', () => {
    expect(RECORDS_PER_INDEX).toBe(10_000);
    expect(searchParts(25)).toEqual({ count: 1, size: 25 });
    expect(searchParts(10_000)).toEqual({ count: 1, size: 10_000 });
    expect(searchParts(10_001)).toEqual({ count: 2, size: 5_001 });
    expect(INDEX_LANES).toBe(2);
    expect(searchParts(20_000)).toEqual({ count: 2, size: 10_000 });
    expect(searchParts(20_001)).toEqual({ count: 4, size: 5_001 });
    expect(searchParts(25_000)).toEqual({ count: 4, size: 6_250 });
    expect(searchParts(0)).toEqual({ count: 1, size: 0 });
    expect(searchParts(25, 10)).toEqual({ count: 4, size: 7 });
    expect([0, 1, 2].map(bundleFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
  it('/search/ merges the other parts, under the site base', () => {
    const href = (p: string) => `/nelm${p}`;
    expect(pagefindUiInit(25, href)).toBe("new PagefindUI({ element: '#search', bundlePath: \"/nelm/pagefind/\", showSubResults: true, showImages: false });");
    expect(pagefindUiInit(25_000, href)).toBe(
      'new PagefindUI({ element: \'#search\', bundlePath: "/nelm/pagefind/", mergeIndex: [{"bundlePath":"/nelm/pagefind-2/"},{"bundlePath":"/nelm/pagefind-3/"},{"bundlePath":"/nelm/pagefind-4/"}], showSubResults: true, showImages: false });',
    );
  });
});

builtSiteSuite('search index in parts', (dist) => {
  let split: string;
  beforeAll(() => {
    split = join(mkdtempSync(join(tmpdir(), 'nelm-split-')), 'dist');
    cpSync(dist, split, { recursive: true });
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/searchIndex.ts', split, '--records-per-index=10'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  });
  afterAll(() => rmSync(join(split, '..'), { recursive: true, force: true }));

  it('writes four indexes, the first with the pages read from HTML', () => {
    expect(readdirSync(split).filter((d) => d.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4']);
    expect(existsSync(join(split, 'pagefind', 'pagefind.js'))).toBe(true);
  });
  it('merged, they hold every page of the single index with the same text', () => {
    const single = pagefindContents(dist);
    const merged = pagefindContents(split);
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [url, text] of single) expect(merged.get(url), url).toBe(text);
  });
  it('merged, the ten searches still find their page in the first three results', () => {
    const found = pagefindSearch(split, EXPECTED.map((e) => e.query));
    for (const { query, page } of EXPECTED) {
      const urls = (found.get(query) ?? []).slice(0, 3).map((r) => new URL(r.url, 'http://x').pathname);
      expect(urls, `${query}: ${urls.join(', ')}`).toContain(page);
    }
  });
});
