/**
 * Each figure is embedded on every page it supports (issue 4), and nowhere else besides its own page. The mapping
 * is the site's one list, src/figures/figurePages.ts; what is checked is the built HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { expect, it } from 'vitest';
import { figurePages } from '../../src/figures/figurePages';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { distDir, htmlPages, page, pageExists, siteSuite } from './dist';

const pairs = Object.entries(figurePages).flatMap(([slug, paths]) => paths.map((p) => [slug, p] as const));
const embedded = (path: string) => page(path).querySelectorAll('main figure.nelm-figure[id^="figure-"]').map((f) => f.id.slice('figure-'.length));

siteSuite('figures on the pages they support', () => {
  it.each(Object.keys(figurePages))('%s has its own page', (slug) => expect(pageExists(`/figures/${slug}/`)).toBe(true));

  /** The chart: an image of the figure's own SVG files (built, with role, title and description) whose alt text starts with the figure's title. */
  const expectChartImage = (fig: HTMLElement, slug: string) => {
    const img = fig.querySelector('picture img');
    expect(img, 'chart image').not.toBeNull();
    const title = fig.querySelector('.nelm-figure-title')!.text.trim();
    const alt = img!.getAttribute('alt') ?? '';
    expect(alt.startsWith(`${title}. `) && alt.length > title.length + 20, `alt text: ${alt}`).toBe(true);
    const sources = [img!.getAttribute('src')!, ...fig.querySelectorAll('picture source').map((s) => s.getAttribute('srcset')!)];
    expect(sources.length, 'wide and narrow chart').toBe(2);
    for (const src of sources) {
      expect(src, 'a file of this figure').toMatch(new RegExp(`/figures/${slug}/[^/]+\\.svg$`));
      const svg = readFileSync(join(distDir, src.replace(/^.*?\/figures\//, 'figures/')), 'utf8');
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toMatch(/<title[^>]*>[^<]+<\/title><desc[^>]*>[^<]+<\/desc>/);
      expect(svg, 'own dark colours').toContain('@media (prefers-color-scheme: dark)');
    }
  };

  it.each(Object.keys(figurePages))('%s: its page shows the chart and the data table, its text alternative', (slug) => {
    const fig = page(`/figures/${slug}/`).querySelector(`main figure#figure-${slug}`);
    expect(fig).not.toBeNull();
    expectChartImage(fig!, slug);
    expect(fig!.querySelectorAll('details.nelm-figure-data table tbody tr').length, 'data table rows').toBeGreaterThan(0);
  });

  // Embedded: the chart and, beside it, the link to the figure's page, where its data table is (issue 13: a page
  // that embeds three figures stays within 14 KB; the data table alternative stays one link away).
  it.each(pairs)('%s is on %s, with its chart and a link to its data table', (slug, path) => {
    const fig = page(path).querySelector(`main figure#figure-${slug}`);
    expect(fig, `${slug} on ${path}`).not.toBeNull();
    expectChartImage(fig!, slug);
    const link = fig!.querySelector('figcaption .nelm-figure-more a');
    expect(link?.getAttribute('href') ?? '', 'link to the figure page').toMatch(new RegExp(`/figures/${slug}/$`));
    expect(link!.text).toMatch(/^Data table/);
  });

  it('embeds no figure on a page it is not listed for', () => {
    const stray = htmlPages()
      .filter((p) => !p.startsWith('/figures/'))
      .flatMap((p) => embedded(p).filter((slug) => !((figurePages as Record<string, readonly string[]>)[slug] ?? []).includes(p)).map((slug) => `${slug} on ${p}`));
    expect(stray).toEqual([]);
  });

  it("a topic page embeds only figures of its own studies (every study of the figure's data, its JSON download, tagged with the topic)", () => {
    for (const path of htmlPages().filter((p) => /^\/topics\/[^/]+\/$/.test(p))) {
      const topic = path.split('/')[2]!;
      for (const slug of embedded(path)) {
        const rows = JSON.parse(readFileSync(join(distDir, 'figures', slug, `${slug}.json`), 'utf8')).data as { study_id?: string }[];
        const studies = [...new Set(rows.flatMap((r) => (r.study_id ? [r.study_id] : [])))];
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
