/** The citation files offered for each source and study: extension, format and media type. */
// @ts-nocheck

export const citeFiles = [
  { ext: 'bib', format: 'bibtex', label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', format: 'ris', label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'json', format: 'csl-json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;
export type CiteFile = (typeof citeFiles)[number];

/** Records that have citation files: the five sources and the studies. */
export type CiteKind = 'sources' | 'studies';

/** Source ids are file names ("004_3f1b4d3cd350fd36.txt"); URLs use them without ".txt". */
export function citeSlug(kind: CiteKind, id: string): string {
  return kind === 'sources' ? id.replace(/\.txt$/, '') : id;
}

/** Site path of a citation file, e.g. "/cite/studies/saxena-2012.bib" (pass it through href()). */
export function citePath(kind: CiteKind, id: string, ext: CiteFile['ext']): string {
  return `/cite/${kind}/${citeSlug(kind, id)}.${ext}`;
}
