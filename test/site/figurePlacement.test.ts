/**
 * Each figure is embedded on every page it supports (issue 4), and nowhere else besides its own page. The mapping
 * is the site's one list, src/figures/figurePages.ts; what is checked is the built HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { figurePages } from '../../src/figures/figurePages';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { distDir, htmlPages, page, pageExists, siteSuite } from './dist';

const pairs = Object.entries(figurePages).flatMap(([slug, paths]) => paths.map((p) => [slug, p] as const));
const embedded = (path: string) => page(path).querySelectorAll('main figure.nelm-figure[id^="figure-"]').map((f) => f.id.slice('figure-'.length));

siteSuite('figures on the pages they support', () => {
  it.each(Object.keys(figurePages))('%s has its own page', (slug) => expect(pageExists(`/figures/${slug}/`)).toBe(true));

  it.each(pairs)('%s is on %s, with its chart and data table', (slug, path) => {
    const fig = page(path).querySelector(`main figure#figure-${slug}`);
    expect(fig, `${slug} on ${path}`).not.toBeNull();
    // The chart: inline SVG, or an image of the figure's own SVG file (built, with role, title and description)
    // whose alt text starts with the figure's title; then the data table, the text alternative of every value.
    const img = fig!.querySelector('picture img');
    if (!img) expect(fig!.querySelector('svg[role="img"]'), 'chart').not.toBeNull();
    else {
      const title = fig!.querySelector('.nelm-figure-title')!.text.trim();
      const alt = img.getAttribute('alt') ?? '';
      expect(alt.startsWith(`${title}. `) && alt.length > title.length + 20, `alt text: ${alt}`).toBe(true);
      const sources = [img.getAttribute('src')!, ...fig!.querySelectorAll('picture source').map((s) => s.getAttribute('srcset')!)];
      expect(sources.length, 'wide and narrow chart').toBe(2);
      for (const src of sources) {
        expect(src, 'a file of this figure').toMatch(new RegExp(`/figures/${slug}/[^/]+\\.svg$`));
        const svg = readFileSync(join(distDir, src.replace(/^.*?\/figures\//, 'figures/')), 'utf8');
        expect(svg).toMatch(/^<svg [^>]*role="img"/);
        expect(svg).toMatch(/<title[^>]*>[^<]+<\/title><desc[^>]*>[^<]+<\/desc>/);
        expect(svg, 'own dark colours').toContain('@media (prefers-color-scheme: dark)');
      }
    }
    expect(fig!.querySelector('table'), 'data table').not.toBeNull();
  });

  it('embeds no figure on a page it is not listed for', () => {
    const stray = htmlPages()
      .filter((p) => !p.startsWith('/figures/'))
      .flatMap((p) => embedded(p).filter((slug) => !((figurePages as Record<string, readonly string[]>)[slug] ?? []).includes(p)).map((slug) => `${slug} on ${p}`));
    expect(stray).toEqual([]);
  });

  it("a topic page embeds only figures of its own studies (every study of the figure's data table tagged with the topic)", () => {
    for (const path of htmlPages().filter((p) => /^\/topics\/[^/]+\/$/.test(p))) {
      const topic = path.split('/')[2]!;
      for (const slug of embedded(path)) {
        const studies = [...new Set(page(`/figures/${slug}/`).querySelectorAll('main details.nelm-figure-data tbody tr').map((tr) => tr.querySelector('td')!.text.trim()))];
        for (const id of studies) {
          const study = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'studies', `${id}.json`), 'utf8')) as { topics: string[] };
          expect(study.topics, `${slug} on ${path}: study ${id}`).toContain(topic);
        }
      }
    }
  });

  it('each figure page names the pages it supports', () => {
    for (const [slug, paths] of Object.entries(figurePages)) {
      const links = page(`/figures/${slug}/`).querySelectorAll('main a[href]').map((a) => a.getAttribute('href') ?? '');
      for (const p of paths) expect(links.some((h) => h.endsWith(p)), `${slug} -> ${p}`).toBe(true);
    }
  });
});
