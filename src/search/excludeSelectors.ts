/**
 * What the search index leaves out of the pages it reads as HTML, and why (test/search/queries.test.ts checks
 * the excerpts). Study pages are not read as HTML: each is one record built from the evidence (studyRecord.ts).
 */
export const excludeSelectors: readonly string[] = [
  // Column header rows are labels, not content. Pagefind ends a sentence only after td, p, li, div and
  // headings, so with Astro's compressed HTML adjacent <th> cells ran together in excerpts
  // ("OutcomeValuenComment", "WhatValueLocator"); the row headers and cells below them stay indexed.
  'thead',
  // A figure's data table holds exactly the values drawn, as raw numbers ("36.8062"); the same values are on
  // the study pages with their sources. Its citation and download links are furniture.
  '.nelm-figure-data',
  '.nelm-figure-cite',
  '.nelm-figure-downloads',
  // A figure embedded in a topic or question page repeats the caption and credits of the figure's own page
  // (/figures/<slug>/, indexed in full): only its title is indexed there, so the caption's generic wording
  // ("median", "survival", every study name) does not drown the page's own text.
  'section.figures .nelm-figure figcaption',
  // Citation furniture: "Cite this page" (site, version and address, the same on every page) and a source's
  // Vancouver and APA texts with their download links (its Citation fields, indexed, hold the same title,
  // journal and identifiers).
  '.cite-this',
  '.citation-downloads',
];
