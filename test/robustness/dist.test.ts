/**
 * Cheap checks of the built dist/: every page carries the site's Content-Security-Policy and every inline
 * script it runs is allowed by hash; only the studies table and search pages load scripts; no build
 * timestamp or date that is not in data/ is written anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../src/lib/site/csp';
import { htmlPages } from '../helpers/environment';
import { builtSiteSuite } from '../search/builtSiteSuite';
import { readDataFiles } from '../helpers/tmpProject';

/** Pages allowed to load JavaScript: the table enhancement (on every page of the studies table) and Pagefind's UI. */
const scripted = (path: string) => path === '/studies/' || /^\/studies\/page\/\d+\/$/.test(path) || path === '/search/';

function textFiles(dir: string, rel = '', out: string[] = []): string[] {
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (r !== 'pagefind') textFiles(dir, r, out);
    } else if (/\.(html|xml|txt|json|csv|svg|bib|ris|cff|js|mjs|css)$/.test(e.name)) out.push(r);
  }
  return out;
}

builtSiteSuite('built site (dist/)', (dist) => {
  const pages = htmlPages(dist).map((path) => {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    return { path, root: parse(readFileSync(file, 'utf8')) };
  });

  it('every page has one CSP meta, first after the charset, allowing only the site (and search its WASM)', () => {
    const bad: string[] = [];
    for (const { path, root } of pages) {
      const metas = root.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      const policy = metas[0]?.getAttribute('content') ?? '';
      if (metas.length !== 1) bad.push(`${path}: ${metas.length} CSP meta elements`);
      const head = root.querySelector('head');
      const second = head?.childNodes.filter((n) => n.nodeType === 1)[1];
      if (second !== metas[0]) bad.push(`${path}: CSP meta is not right after <meta charset>`);
      const d = new Map(policy.split(';').map((x) => x.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
      if (d.get('default-src')?.join(' ') !== "'self'") bad.push(`${path}: default-src ${d.get('default-src')?.join(' ')}`);
      if (d.get('object-src')?.join(' ') !== "'none'") bad.push(`${path}: object-src ${d.get('object-src')?.join(' ')}`);
      const script = d.get('script-src') ?? [];
      const foreign = script.filter((v) => v !== "'self'" && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(v) && !(v === "'wasm-unsafe-eval'" && path === '/search/'));
      if (!script.includes("'self'") || foreign.length > 0) bad.push(`${path}: script-src allows ${foreign.join(' ') || "no 'self'"}`);
      if (path === '/search/' && !script.includes("'wasm-unsafe-eval'")) bad.push(`${path}: Pagefind needs 'wasm-unsafe-eval'`);
      if (/https?:|\*/.test(policy)) bad.push(`${path}: allows other origins: ${policy}`);
      if (!scripted(path) && policy !== contentSecurityPolicy()) bad.push(`${path}: not the default policy: ${policy}`);
      // Every inline script that runs must be allowed by its hash; JSON-LD is data and is not run.
      for (const s of root.querySelectorAll('script')) {
        const type = s.getAttribute('type');
        if (s.getAttribute('src') || type === 'application/ld+json') continue;
        if (!policy.includes(scriptHash(s.textContent))) bad.push(`${path}: inline script not allowed by hash: ${s.textContent.slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only the studies table and search pages load JavaScript', () => {
    const withScripts = pages
      .filter(({ root }) => root.querySelectorAll('script').some((s) => s.getAttribute('type') !== 'application/ld+json'))
      .map(({ path }) => path);
    expect(withScripts.filter((p) => !scripted(p))).toEqual([]);
    expect(withScripts).toContain('/studies/');
  });

  it('no build timestamp: no date-time, and every date written comes from data/', () => {
    const data = [...readDataFiles().values()].join('\n');
    const bad: string[] = [];
    for (const rel of textFiles(dist)) {
      const text = readFileSync(join(dist, rel), 'utf8');
      for (const m of text.matchAll(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g)) bad.push(`${rel}: date-time ${m[0]}`);
      for (const m of text.matchAll(/\b(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g)) if (!data.includes(m[0])) bad.push(`${rel}: date ${m[0]} not in data/`);
      if (/<lastmod>/.test(text)) bad.push(`${rel}: <lastmod>`);
    }
    expect([...new Set(bad)].slice(0, 20)).toEqual([]);
  });
});
