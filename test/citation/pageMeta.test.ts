import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { builtSiteSuite } from '../search/builtSiteSuite';

type Field = { value: string; status: string };
type Record_ = { id: string; label?: string; citation: Record<string, Field | string | undefined> };
const read = (folder: string) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(folder, n), 'utf8')) as Record_);
const verified = (f: Field | string | undefined): f is Field => typeof f === 'object' && f.status !== 'unverified';

function jsonLdTypes(html: ReturnType<typeof parse>): string[] {
  return html
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => {
      const doc = JSON.parse(s.text) as { '@graph'?: Array<{ '@type': string }>; '@type'?: string };
      return doc['@graph'] ? doc['@graph'].map((n) => n['@type']) : [doc['@type'] ?? ''];
    });
}

builtSiteSuite('citation meta tags and JSON-LD of study and source pages', (dist) => {
  const studies = read('data/studies');
  const sources = read('data/sources');
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const meta = (html: ReturnType<typeof parse>, name: string) => html.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content') ?? '');

  it.each(studies)('/studies/$id/ has citation_title, verified authors only, and ScholarlyArticle JSON-LD', (study) => {
    const html = page(`studies/${study.id}`);
    const titles = meta(html, 'citation_title');
    expect(titles).toHaveLength(1);
    const title = study.citation.title;
    if (verified(title)) expect(titles[0]).toBe(title.value);
    else expect(titles[0]).toMatch(/not verified/);
    const authors = meta(html, 'citation_author');
    if (!verified(study.citation.authors)) expect(authors).toEqual([]);
    else expect(authors.length).toBeGreaterThan(0);
    for (const key of ['doi', 'pmid'] as const) {
      const f = study.citation[key];
      expect(meta(html, `citation_${key}`)).toEqual(verified(f) ? [f.value] : []);
    }
    expect(jsonLdTypes(html)).toEqual(expect.arrayContaining(['MedicalWebPage', 'ScholarlyArticle']));
  });

  it('every source has JSON-LD and citation_title on its page (its own page, or the sources page)', () => {
    for (const source of sources) {
      const slug = source.id.replace(/\.txt$/, '');
      const own = existsSync(join(dist, 'sources', slug, 'index.html'));
      const html = page(own ? `sources/${slug}` : 'sources');
      expect(jsonLdTypes(html), slug).toContain('ScholarlyArticle');
      if (own) expect(meta(html, 'citation_title'), slug).toHaveLength(1);
    }
  });

  it('offers the citation downloads and Vancouver and APA on each study page', () => {
    for (const study of studies) {
      const html = page(`studies/${study.id}`);
      const links = html.querySelectorAll('a[download]').map((a) => `${a.getAttribute('download')} ${a.getAttribute('href')!.slice(0, 5)}`);
      for (const ext of ['bib', 'ris', 'json']) expect(links, `${study.id}.${ext}`).toContain(`${study.id}.${ext} data:`);
      if (verified(study.citation.title)) {
        expect(html.querySelector('[data-citation-style="vancouver"]')?.text, study.id).toContain(study.citation.title.value.slice(0, 20));
        expect(html.querySelector('[data-citation-style="apa"]')?.text, study.id).toContain(study.citation.title.value.slice(0, 20));
      }
    }
  });
});
