/**
 * The search index in parts (issue 13): Pagefind's memory grows with the records of one index, about 70 KB a study
 * record (1.7 GiB for the 25,000 of the 1000x base, alongside the script that feeds it). So the study records are
 * split into indexes of at most RECORDS_PER_INDEX, built two at a time by scripts/searchIndex.ts, and /search/
 * merges them in the browser (PagefindUI's mergeIndex). The first index, `pagefind/`, also holds every page read
 * from HTML; the others are `pagefind-2/`, `pagefind-3/`, ... Up to RECORDS_PER_INDEX studies there is one index,
 * as before.
 */
export const RECORDS_PER_INDEX = 10_000;
/**
 * Indexes scripts/searchIndex.ts builds at once, one Pagefind process each (scripts/searchIndexLane.ts): the machines
 * this is built on have two cores, and one Pagefind process works through one request at a time.
 */
export const INDEX_LANES = 2;

/**
 * How many indexes the study records are split into, and how many records each holds (the last may hold fewer).
 * Past one index, a multiple of INDEX_LANES, so that the lanes get parts of the same size and finish together:
 * 25,000 studies make 4 parts of 6,250, built two at a time in about the time of two.
 */
export function searchParts(studies: number, perIndex = RECORDS_PER_INDEX): { count: number; size: number } {
  const needed = Math.max(1, Math.ceil(studies / perIndex));
  const count = needed === 1 ? 1 : Math.ceil(needed / INDEX_LANES) * INDEX_LANES;
  return { count, size: Math.ceil(studies / count) };
}

/** Folder of the i-th index under the site root (i from 0): "pagefind", "pagefind-2", ... */
export const bundleFolder = (i: number) => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`);

/**
 * The inline script that starts Pagefind's UI on /search/: the first index at `hrefOf('/pagefind/')`, the others
 * merged. The bundle paths carry the site's base, and Pagefind derives the result URLs from them.
 */
export function pagefindUiInit(studies: number, hrefOf: (path: string) => string): string {
  const merged = Array.from({ length: searchParts(studies).count - 1 }, (_, i) => ({ bundlePath: hrefOf(`/${bundleFolder(i + 1)}/`) }));
  return `new PagefindUI({ element: '#search', bundlePath: ${JSON.stringify(hrefOf('/pagefind/'))}, ${merged.length > 0 ? `mergeIndex: ${JSON.stringify(merged)}, ` : ''}showSubResults: true, showImages: false });`;
}
