// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { builtSiteSuite } from './builtSiteSuite';
import { pagefindSearch, type PagefindResult } from './pagefindNode';

/** The URLs of the top results, with any base path removed ("/nelm/studies/x/" -> "/studies/x/"). */
const top = (results: PagefindResult[] | undefined, n: number) => (results ?? []).slice(0, n).map((r) => r.url.replace(/^.*?(?=\/(studies|topics|questions|data|sources|glossary|recommendations|methods|figures)\/)/, ''));

builtSiteSuite('the Pagefind index of the built site', (dist) => {
  let found: Map<string, PagefindResult[]>;
  beforeAll(() => {
    found = pagefindSearch(dist, ['Karabulut', 'TACE', 'future liver remnant']);
  });

  it('"Karabulut" finds the Karabulut 2011 study page first', () => {
    expect(top(found.get('Karabulut'), 1)).toEqual(['/studies/karabulut-2011/']);
  });

  it('"TACE" finds the intra-arterial therapies topic or a study with a TACE arm among the first results', () => {
    const tace = top(found.get('TACE'), 5);
    const studiesWithTace = readdirSync('data/studies')
      .map((f) => JSON.parse(readFileSync(join('data/studies', f), 'utf8')) as { id: string; groups: Array<{ treatment?: string; label: string }> })
      .filter((s) => s.groups.some((g) => g.treatment === 'tace' || /TACE/.test(g.label)))
      .map((s) => `/studies/${s.id}/`);
    expect(studiesWithTace.length).toBeGreaterThan(0);
    expect(tace.some((u) => u === '/topics/intra-arterial-therapies/' || studiesWithTace.includes(u)), tace.join(', ')).toBe(true);
  });

  it('"future liver remnant" finds the future-liver-remnant topic first', () => {
    expect(top(found.get('future liver remnant'), 1)).toEqual(['/topics/future-liver-remnant/']);
  });

  it('does not index the search page itself', () => {
    for (const results of found.values()) expect(results.map((r) => r.url)).not.toContain('/search/');
  });

  it('loads the Pagefind script on /search/ only, from the site itself', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory() && e.name !== 'pagefind') walk(join(dir, e.name));
        else if (e.name.endsWith('.html')) pages.push(join(dir, e.name));
      }
    };
    walk(dist);
    const loading = pages.filter((p) => /<script[^>]+src="[^"]*pagefind[^"]*"/.test(readFileSync(p, 'utf8'))).map((p) => `/${relative(dist, p)}`);
    expect(loading).toEqual(['/search/index.html']);
    const src = readFileSync(join(dist, 'search/index.html'), 'utf8').match(/<script[^>]+src="([^"]*pagefind[^"]*)"/)![1]!;
    expect(src).toMatch(/^\/[^/]/);
  });
});
