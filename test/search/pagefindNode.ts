import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface PagefindResult {
  url: string;
  title: string;
  /** The excerpt Pagefind shows for the page (HTML: matches in <mark>, text entity-escaped). */
  excerpt: string;
  /** The excerpts of the page's matching sections (shown under the page by the search UI). */
  subExcerpts: string[];
}

const script = fileURLToPath(new URL('./pagefindSearch.mjs', import.meta.url));
const run = (args: string[]) => execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });

/** Search a built Pagefind index with Pagefind's own search API (in a child Node process). */
export function pagefindSearch(dist: string, queries: string[], base = '/'): Map<string, PagefindResult[]> {
  return new Map(Object.entries(JSON.parse(run([dist, base, ...queries])) as Record<string, PagefindResult[]>));
}

/** The text Pagefind indexed for every page of a built site, by URL. */
export function pagefindContents(dist: string, base = '/'): Map<string, string> {
  return new Map(Object.entries(JSON.parse(run([dist, base, '--all'])) as Record<string, string>));
}
