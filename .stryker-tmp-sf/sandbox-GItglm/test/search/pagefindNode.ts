// @ts-nocheck
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface PagefindResult {
  url: string;
  title: string;
}

/** Search a built Pagefind index with Pagefind's own search API (in a child Node process). */
export function pagefindSearch(dist: string, queries: string[], base = '/'): Map<string, PagefindResult[]> {
  const script = fileURLToPath(new URL('./pagefindSearch.mjs', import.meta.url));
  const out = execFileSync(process.execPath, [script, dist, base, ...queries], { encoding: 'utf8', timeout: 60_000 });
  return new Map(Object.entries(JSON.parse(out) as Record<string, PagefindResult[]>));
}
