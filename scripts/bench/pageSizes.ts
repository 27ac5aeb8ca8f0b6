/**
 * Bytes each page of dist/ costs: its HTML, the CSS that blocks rendering (inline <style> and linked
 * stylesheets) and the JavaScript it loads (inline and external scripts, JSON-LD excluded), raw and gzip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageSize {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** HTML plus blocking CSS, the bytes of the first render. */
  firstRender: Bytes;
  scripts: string[];
}
export interface Bytes {
  raw: number;
  gzip: number;
}

const bytes = (text: string | Buffer): Bytes => {
  const b = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: b.length, gzip: gzipSync(b).length };
};
const sum = (xs: Bytes[]): Bytes => ({ raw: xs.reduce((s, x) => s + x.raw, 0), gzip: xs.reduce((s, x) => s + x.gzip, 0) });

/** Site paths of the HTML pages of dist/ (the search index excluded). */
export function pagesOf(dist: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dist, rel), { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!(rel === '' && e.name === 'pagefind')) walk(rel ? `${rel}/${e.name}` : e.name);
      } else if (e.name === 'index.html') out.push(rel ? `/${rel}/` : '/');
      else if (e.name.endsWith('.html')) out.push(`/${rel ? `${rel}/` : ''}${e.name}`);
    }
  };
  walk('');
  return out.sort();
}

/** A file of dist/ named by a URL of the site (base path and query stripped), if it exists. */
const siteFile = (dist: string, base: string) => (url: string) => {
  const p = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const f = join(dist, p.split('?')[0]!);
  return existsSync(f) ? readFileSync(f) : undefined;
};

/** The HTML of a page of dist/ by its site path. */
export const pageHtml = (dist: string, path: string): string => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** The stylesheets a page links, concatenated (inline <style> is part of the HTML already). */
export function linkedCss(dist: string, html: string, base = '/'): string {
  const file = siteFile(dist, base);
  return parse(html).querySelectorAll('link[rel="stylesheet"]').map((l) => file(l.getAttribute('href') ?? '')?.toString('utf8') ?? '').join('');
}

export function pageSizes(dist: string, base = '/', paths = pagesOf(dist)): PageSize[] {
  const file = siteFile(dist, base);
  return paths.map((path) => {
    const html = pageHtml(dist, path);
    const root = parse(html);
    const css: Bytes[] = [];
    const js: Bytes[] = [];
    const scripts: string[] = [];
    for (const s of root.querySelectorAll('style')) css.push(bytes(s.textContent));
    for (const l of root.querySelectorAll('link[rel="stylesheet"]')) {
      const f = file(l.getAttribute('href') ?? '');
      if (f) css.push(bytes(f));
    }
    for (const s of root.querySelectorAll('script')) {
      if (s.getAttribute('type') === 'application/ld+json') continue;
      const src = s.getAttribute('src');
      if (src) {
        scripts.push(src);
        const f = file(src);
        if (f) js.push(bytes(f));
      } else {
        scripts.push('(inline)');
        js.push(bytes(s.textContent));
      }
    }
    // Module scripts may import further chunks; count what they statically import from the site.
    for (const src of scripts.filter((s) => s.startsWith('/_astro/') || s.startsWith(`${base}_astro/`))) {
      const text = file(src)?.toString('utf8') ?? '';
      for (const m of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) {
        const dep = m[1]!.startsWith('/') ? m[1]! : `/_astro/${m[1]!.replace(/^\.\//, '')}`;
        const f = file(dep);
        if (f) (scripts.push(dep), js.push(bytes(f)));
      }
    }
    const h = bytes(html);
    const c = sum(css);
    return { path, html: h, css: c, js: sum(js), firstRender: bytes(html + root.querySelectorAll('link[rel="stylesheet"]').map((l) => file(l.getAttribute('href') ?? '')?.toString('utf8') ?? '').join('')), scripts };
  });
}
