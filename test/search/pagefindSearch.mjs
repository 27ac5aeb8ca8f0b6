// Runs Pagefind's own browser search API (<dist>/pagefind/pagefind.js) in plain Node and prints the results
// of each query as JSON: { query: [{ url, title, excerpt, subExcerpts }] }. Run in a child process by
// pagefindNode.ts, because vitest's module runner cannot import a browser module from outside the project.
// Usage: node pagefindSearch.mjs <dist> <base> <query>...   (<base>: the site's BASE, "/" or e.g. "/nelm/")
//        node pagefindSearch.mjs <dist> <base> --all        (every indexed page: { url: content })
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, base, ...queries] = process.argv.slice(2);
const bundle = join(dist, 'pagefind');
// pagefind.js fetches its entry file, WASM and index chunks: serve them from the built folders (pagefind/ and,
// when the index comes in parts, pagefind-2/, ...: src/search/searchBundles.ts).
globalThis.fetch = async (input) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const [, folder, file] = /\/(pagefind(?:-\d+)?)\/(.*)$/.exec(url.split('?')[0]);
  return new Response(await readFile(join(dist, folder, file)), { status: 200 });
};
const pagefind = await import(pathToFileURL(join(bundle, 'pagefind.js')).href);
// As on /search/: the bundle paths carry the base, and Pagefind derives result URLs from them.
await pagefind.options({ basePath: `${base}pagefind/` });
const parts = readdirSync(dist).filter((d) => /^pagefind-\d+$/.test(d)).sort((a, b) => Number(a.slice(9)) - Number(b.slice(9)));
for (const part of parts) await pagefind.mergeIndex(`${base}${part}/`);
await pagefind.init();
const out = {};
if (queries[0] === '--all') {
  // A null search returns every page; `content` is the text Pagefind indexed for it.
  const { results } = await pagefind.search(null);
  for (const d of await Promise.all(results.map((r) => r.data()))) out[d.url] = d.content;
} else {
  for (const q of queries) {
    const { results } = await pagefind.search(q);
    const data = await Promise.all(results.map((r) => r.data()));
    // The excerpts are what the search UI shows (showSubResults: the page's, then one per matching section).
    out[q] = data.map((d) => ({ url: d.url, title: d.meta?.title ?? '', excerpt: d.excerpt, subExcerpts: (d.sub_results ?? []).map((s) => s.excerpt) }));
  }
}
process.stdout.write(JSON.stringify(out));
