// @ts-nocheck
// Runs Pagefind's own browser search API (<dist>/pagefind/pagefind.js) in plain Node and prints the results
// of each query as JSON: { query: [{ url, title }] }. Run in a child process by pagefindNode.ts, because
// vitest's module runner cannot import a browser module from outside the project.
// Usage: node pagefindSearch.mjs <dist> <base> <query>...   (<base>: the site's BASE, "/" or e.g. "/nelm/")
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, base, ...queries] = process.argv.slice(2);
const bundle = join(dist, 'pagefind');
// pagefind.js fetches its entry file, WASM and index chunks: serve them from the built folder.
globalThis.fetch = async (input) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const file = url.split('?')[0].replace(/^.*?\/pagefind\//, '');
  return new Response(await readFile(join(bundle, file)), { status: 200 });
};
const pagefind = await import(pathToFileURL(join(bundle, 'pagefind.js')).href);
// As on /search/: the bundle path carries the base, and Pagefind derives result URLs from it.
await pagefind.options({ basePath: `${base}pagefind/` });
await pagefind.init();
const out = {};
for (const q of queries) {
  const { results } = await pagefind.search(q);
  const data = await Promise.all(results.map((r) => r.data()));
  out[q] = data.map((d) => ({ url: d.url, title: d.meta?.title ?? '' }));
}
process.stdout.write(JSON.stringify(out));
