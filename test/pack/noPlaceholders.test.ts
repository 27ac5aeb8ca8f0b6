/**
 * No placeholder anywhere a reader or an audience sees it: no example domain and no "[accessed YYYY-MM-DD]" in any
 * file of the built sites (pages, downloads, citation files, the JSON Schema's $id), including the XML inside the
 * .pptx and .docx files. A build without SITE names no address of its own at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { baseSiteUnderTest, siteUnderTest, suiteWhen, type SiteNeed } from '../helpers/environment';

const PLACEHOLDERS: [RegExp, string][] = [
  [/\bexample\.(org|com|net)\b/i, 'an example domain (RFC 2606)'],
  [/\[accessed\b/i, 'an access-date placeholder'],
  [/YYYY-MM-DD\]/, 'an unfilled date'],
  [/access-date/, 'the access-date slot'],
];
const TEXT = /\.(html|xml|json|csv|txt|svg|bib|ris|cff|js|css|webmanifest)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Each readable text of a built file: text files as they are, Office files as the XML parts inside them. */
function texts(file: string): { where: string; text: string }[] {
  if (/\.(pptx|docx)$/.test(file)) {
    return Object.entries(unzipSync(new Uint8Array(readFileSync(file)))).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, d]) => ({ where: `${file}!${n}`, text: strFromU8(d) }));
  }
  return TEXT.test(file) ? [{ where: file, text: readFileSync(file, 'utf8') }] : [];
}

function placeholderSuite(name: string, site: SiteNeed) {
  suiteWhen(`no placeholders in ${name}`, [site], () => {
    const all = files(site.dir).filter((f) => !f.includes(`${site.dir}/pagefind/`));
    it('finds the pages and the Office files', () => {
      expect(all.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
      expect(all.filter((f) => /\.(pptx|docx)$/.test(f)).length).toBeGreaterThanOrEqual(4 * 2 + 7);
    });
    it('no file, page or Office part carries a placeholder address or date', () => {
      const found = all.flatMap((f) => texts(f).flatMap(({ where, text }) => PLACEHOLDERS.filter(([re]) => re.test(text)).map(([re, what]) => `${relative(site.dir, where)}: ${what} (${re.exec(text)![0]})`)));
      expect(found).toEqual([]);
    });
  });
}

placeholderSuite('dist/', siteUnderTest());
placeholderSuite('dist-base/', baseSiteUnderTest());

suiteWhen('a build without SITE invents no address', [siteUnderTest()], () => {
  const dir = siteUnderTest().dir;
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  it.skipIf(/Sitemap:/.test(robots) && !!process.env.SITE)('has no absolute link to itself: no canonical, sitemap or absolute permalink', () => {
    expect(robots).not.toMatch(/Sitemap:/);
    const html = files(dir).filter((f) => f.endsWith('.html'));
    const own = html.filter((f) => /<link rel="canonical"/.test(readFileSync(f, 'utf8')));
    expect(own.map((f) => relative(dir, f))).toEqual([]);
    const cite = readFileSync(join(dir, 'questions', 'curative-resection', 'index.html'), 'utf8').match(/Available from: <a href="([^"]+)">/)?.[1];
    expect(cite).toBe('/questions/curative-resection/');
  });
});
