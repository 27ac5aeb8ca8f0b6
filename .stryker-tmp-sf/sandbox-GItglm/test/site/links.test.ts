// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { hasDist, htmlPages, page, pageExists } from './dist';

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

describe.skipIf(!hasDist)('internal links', () => {
  const pages = hasDist ? htmlPages() : [];
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(0));
  it.each(pages)('every link and fragment on %s resolves', (from) => {
    const doc = page(from);
    const broken: string[] = [];
    const refs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...doc.querySelectorAll('link[href]').filter((l) => ['icon', 'stylesheet', 'canonical'].includes(l.getAttribute('rel') ?? '') && l.getAttribute('rel') !== 'canonical').map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
    ];
    for (const href of refs) {
      const target = internal(href, from);
      if (!target) continue;
      if (!fileExists(target.path)) {
        broken.push(`${href} (no file)`);
        continue;
      }
      if (target.fragment && target.path.endsWith('/')) {
        const dest = page(target.path);
        if (!dest.getElementById(target.fragment)) broken.push(`${href} (no id "${target.fragment}")`);
      }
    }
    expect(broken.join("\n")).toBe("");
  });
});
