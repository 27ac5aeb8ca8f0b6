/**
 * The site hosted under a sub-path: a second build with BASE=/nelm/ (see CONTRIBUTING.md, "Hosting") must keep
 * every internal link, asset, canonical URL, sitemap entry and search result inside /nelm/.
 * `npm test` builds it first (`npm run build:base`: BASE=/nelm/ into dist-base/, then its search index).
 * Without that build (pages and search index) one test fails under CI=true and skips with the reason elsewhere.
 * BASE_DIST and BASE_PATH name another folder or base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/loadEvidence';
import { baseSiteUnderTest, PROJECT_ROOT, suiteWhen } from '../helpers/environment';
import { pagefindSearch } from './pagefindNode';

const built = baseSiteUnderTest();
const dist = built.dir;
const base = process.env.BASE_PATH ?? '/nelm/';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : files(join(dir, e.name), ext)) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

/** Every URL an HTML file points at: attributes that load or link, srcset candidates, CSS url(). */
function urlsOf(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:href|src|action|poster|data|xlink:href|formaction)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
  const srcsets = [...html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
  const css = [...html.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!);
  return [...attrs, ...srcsets, ...css].map((u) => u.replace(/&amp;/g, '&'));
}

suiteWhen(`the site built with BASE=${base} (${dist})`, [built], () => {
  const pages = files(dist, '.html');
  const site = new URL(readFileSync(join(dist, 'robots.txt'), 'utf8').match(/Sitemap: (\S+)/)![1]!).origin;

  it('finds the pages', () => expect(pages.length).toBeGreaterThan(10));

  it('keeps every root-relative and same-site URL inside the base', () => {
    const outside: string[] = [];
    for (const file of pages) {
      for (const u of urlsOf(readFileSync(file, 'utf8'))) {
        const local = u.startsWith('//') ? null : u.startsWith('/') ? u : u.startsWith(site) ? u.slice(site.length) : null;
        if (u.startsWith('//')) outside.push(`${relative(dist, file)}: protocol-relative ${u}`);
        else if (local !== null && !local.startsWith(base)) outside.push(`${relative(dist, file)}: ${u}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('keeps url() in the built stylesheets inside the base', () => {
    const bad = files(dist, '.css').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/url\(\s*['"]?(\/[^'")]*)/g)].map((m) => m[1]!).filter((u) => !u.startsWith(base)));
    expect(bad).toEqual([]);
  });

  it('gives every page a canonical URL that is its own address under the base', () => {
    // Every page has one (the site writes no redirect pages), so a missing one is a failure too.
    const wrong = pages.flatMap((file) => {
      const canonical = readFileSync(file, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      const own = `${site}${base}${`/${relative(dist, file)}`.replace(/index\.html$/, '').slice(1)}`;
      return canonical === own ? [] : [`${relative(dist, file)}: ${canonical ?? 'no canonical link'}, not ${own}`];
    });
    expect(wrong).toEqual([]);
  });

  it('lists base URLs in the sitemap and robots.txt', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
    const locs = readdirSync(dist)
      .filter((n) => /^sitemap-\d+\.xml$/.test(n))
      .flatMap((n) => [...readFileSync(join(dist, n), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(`${site}${base}`), loc).toBe(true);
    // Study pages are written beside Astro's own (src/components/study/studyPageFiles.ts): each must still be listed.
    const loaded = loadEvidence(PROJECT_ROOT);
    if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
    const studyPages = locs.filter((l) => /\/studies\/(?!page\/)[^/]+\/$/.test(l));
    expect(studyPages.sort()).toEqual(loaded.evidence.studies.map((s) => `${site}${base}studies/${s.id}/`).sort());
  });

  it('returns search results under the base', () => {
    const found = pagefindSearch(dist, ['Karabulut'], base).get('Karabulut')!;
    expect(found[0]?.url).toBe(`${base}studies/karabulut-2011/`);
  });
});
