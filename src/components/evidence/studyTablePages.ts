import type { StudyRow } from './studyRows';

/** One static page of the studies table: its rows and where it sits among the pages. */
export interface StudyTablePage {
  /** 1-based page number; page 1 is /studies/, page n > 1 is /studies/page/n/. */
  number: number;
  rows: StudyRow[];
  /** 1-based position of the page's first row in the whole table. */
  firstRow: number;
}

/**
 * Rows per static page of /studies/: small enough that a page's HTML and CSS fit the 14 KB gzip first
 * round trip (about 110 bytes of gzip per row) and that a phone lays the table out without a long task
 * (Lighthouse, mobile: 40 rows gave 99 with 126 ms of blocking time, 25 rows 100 with 49–67 ms), large enough
 * that the real review's table needs few pages.
 */
export const ROWS_PER_PAGE = 25;

/**
 * The table split into pages of at most `perPage` rows, never splitting a study's rows across two pages
 * (a study with more rows than that gets a page of its own). Order is kept, so page 1 starts the table.
 */
export function studyTablePages(rows: readonly StudyRow[], perPage = ROWS_PER_PAGE): StudyTablePage[] {
  const pages: StudyTablePage[] = [];
  let current: StudyRow[] = [];
  let firstRow = 1;
  const close = () => {
    if (current.length === 0) return;
    pages.push({ number: pages.length + 1, rows: current, firstRow });
    firstRow += current.length;
    current = [];
  };
  for (let i = 0; i < rows.length; ) {
    let end = i + 1;
    while (end < rows.length && !rows[end]!.firstOfStudy) end++;
    const study = rows.slice(i, end);
    if (current.length + study.length > perPage) close();
    current.push(...study);
    i = end;
  }
  close();
  return pages;
}

/** Site path of a page of the table. */
export const studyTablePath = (n: number) => (n === 1 ? '/studies/' : `/studies/page/${n}/`);

/** Up to this many pages, the pager links every page. */
export const PAGER_ALL_UP_TO = 15;

/**
 * The page numbers a pager links, in order, with `null` where numbers are skipped: every page up to
 * PAGER_ALL_UP_TO pages; beyond, the first and last, the two either side of the current one, and every 10th
 * page within 50, every 100th within 500, and so on. Any page is then a few clicks away, and the pager grows
 * with the logarithm of the pages (listing every page costs pages² links over the table: 2.2 million at 1,476 pages).
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  if (total <= PAGER_ALL_UP_TO) return Array.from({ length: total }, (_, i) => i + 1);
  const shown = new Set<number>([1, total]);
  for (let n = current - 2; n <= current + 2; n++) shown.add(n);
  for (let step = 10; step < total; step *= 10)
    for (let n = Math.ceil(Math.max(1, current - 5 * step) / step) * step; n <= Math.min(total, current + 5 * step); n += step) shown.add(n);
  const sorted = [...shown].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}
