/**
 * Where each figure is embedded besides its own page (/figures/<slug>/): the one list that the figure builds
 * (`usedOn`), the pages that embed them and the site tests all read, so a page and its figures cannot drift apart.
 * Keys are figure slugs (permalinks), in site order; values are site paths (a topic page only for a figure of its
 * own studies).
 */
export const figurePages = {
  'five-year-os-by-arm': ['/questions/curative-resection/'],
  'resection-vs-comparator-rd': ['/questions/curative-resection/'],
  'pooled-five-year-os-resection': ['/questions/curative-resection/'],
  'median-survival': ['/questions/debulking-surgery/'],
  // Topic pages embed no figure: these figures draw every study of the evidence, not a topic's own (issue 11); a
  // topic page links to the figures instead. test/site/figurePlacement.test.ts checks a topic's figure draws only its studies.
  'survival-landmarks': [],
  'prisma-flow': ['/methods/'],
  'certainty-overview': ['/', '/questions/'],
} as const satisfies Record<string, readonly string[]>;

export type FigureSlug = keyof typeof figurePages;

/** Pages a figure supports; an unknown slug is a programming error and stops the build. */
export function pagesOfFigure(slug: string): string[] {
  const pages = (figurePages as Record<string, readonly string[]>)[slug];
  if (!pages) throw new Error(`figure "${slug}" is not in figurePages (src/figures/figurePages.ts)`);
  return [...pages];
}

/** Slugs of the figures a page embeds, in site order. */
export function figuresOn(path: string): FigureSlug[] {
  return (Object.keys(figurePages) as FigureSlug[]).filter((slug) => (figurePages[slug] as readonly string[]).includes(path));
}
