import { expect, it } from 'vitest';
import { htmlPages, page, pageExists, siteSuite } from './dist';

const base = (process.env.BASE ?? '/').replace(/\/$/, '');

/** Site path of an internal href (base stripped, query dropped), or undefined for external/special links. */
function internal(href: string, from: string): { path: string; fragment: string } | undefined {
  if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `http://site${base}${from}`);
  let path = decodeURIComponent(url.pathname);
  if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
  return { path, fragment: decodeURIComponent(url.hash.slice(1)) };
}

function fileExists(path: string): boolean {
  if (path.endsWith('/')) return pageExists(path);
  return pageExists(path) || pageExists(`${path}/`);
}

siteSuite('internal links', () => {
  const pages = htmlPages();
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(0));
  it.each(pages)('every link and fragment on %s resolves', (from) => {
    const doc = page(from);
    const broken: string[] = [];
    const refs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...doc.querySelectorAll('link[href]').filter((l) => ['icon', 'stylesheet', 'canonical'].includes(l.getAttribute('rel') ?? '') && l.getAttribute('rel') !== 'canonical').map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
    ];
    let internalRefs = 0;
    for (const href of refs) {
      const target = internal(href, from);
      if (!target) continue; // another site, mailto: and the like: not ours to resolve
      internalRefs++;
      if (!fileExists(target.path)) {
        broken.push(`${href} (no file)`);
        continue;
      }
      if (target.fragment && target.path.endsWith('/')) {
        const dest = page(target.path);
        if (!dest.getElementById(target.fragment)) broken.push(`${href} (no id "${target.fragment}")`);
      }
    }
    // Every page links at least to the home page and its stylesheet, so none may pass having checked nothing.
    expect(internalRefs).toBeGreaterThan(1);
    expect(broken.join('\n')).toBe('');
  });
});
