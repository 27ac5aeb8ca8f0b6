/**
 * Pure parts of writing study pages outside Astro's page pipeline (studyPageFiles.ts says why): which study Astro
 * still builds as a normal page, the stylesheets Astro inlines at the end of a page's head, and where two pages
 * first differ.
 */

/**
 * The study that /studies/[id]/ builds as a normal Astro page: its page gives the stylesheets every study page
 * carries and is checked against the page written for it outside Astro. The second study (the first is the one
 * most likely to be special-cased by accident), else the only one.
 */
export function referenceStudy<T>(studies: readonly T[]): T | undefined {
  return studies[1] ?? studies[0];
}

/** One or more inlined stylesheets closing the <head>, as Astro writes them with `inlineStylesheets: 'always'`. */
const closingStyles = /((?:<style>[\s\S]*?<\/style>)+)<\/head>/;

/** The stylesheets Astro inlined at the end of a page's head; throws, naming the page, when there are none. */
export function headStyles(html: string, page: string): string {
  const found = closingStyles.exec(html)?.[1];
  if (found === undefined) throw new Error(`${page}: expected Astro's inlined stylesheets just before </head>, found none`);
  return found;
}

/** A page rendered without Astro's stylesheets, with them added where Astro puts them (just before </head>). */
export function withHeadStyles(html: string, styles: string, page: string): string {
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error(`${page}: expected a </head> to put the stylesheets before, found none`);
  // Stylesheets close the head exactly when a </style> ends just before </head> (closingStyles without its scan
  // through every <style> of the page: 4 s of the 25,000 study pages at 1000x).
  if (html.startsWith('</style>', at - '</style>'.length)) throw new Error(`${page}: expected a page without Astro's stylesheets, found them already in its head`);
  return `${html.slice(0, at)}${styles}${html.slice(at)}`;
}

/** Where two texts first differ (character index), with some text of each around it; undefined when they are equal. */
export function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at character ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))} against ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}
