/** The citation files offered for each source and study: extension, format and media type. */
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

/** Download name of a record's citation file, e.g. "saxena-2012.bib". */
export function citeFileName(kind: CiteKind, id: string, ext: CiteFile['ext']): string {
  return `${citeSlug(kind, id)}.${ext}`;
}

/**
 * The file as a `data:` URL, for a link with a `download` attribute: the page carries each record's three small
 * files itself, so the build writes no file (and runs no route) per record. Every character outside the URL
 * code points is percent-encoded as UTF-8 (encodeURI, plus "#", which would start a fragment); text stays
 * readable, and gzip squeezes the escapes that base64 would scramble.
 */
export function citeDataUrl(text: string, mediaType: CiteFile['mediaType']): string {
  return `data:${mediaType.replace(/; /g, ';')},${encodeURI(text).replace(/#/g, '%23')}`;
}

/** Bulk file name of a kind, e.g. "studies.bib" (served at /cite/studies.bib). */
export const bulkCiteFileName = (kind: CiteKind, ext: CiteFile['ext']) => `${kind}.${ext}`;

/**
 * One file of every record of a kind, from the records' own files (`texts`, in order): BibTeX and RIS entries
 * one after another, a blank line between; CSL-JSON one array of the records.
 */
export function bulkCitationText(texts: readonly string[], ext: CiteFile['ext']): string {
  if (ext !== 'json') return texts.map((t) => t.replace(/\n*$/, '\n')).join('\n');
  const items = texts.flatMap((t) => JSON.parse(t) as unknown[]);
  return `${JSON.stringify(items, null, 2)}\n`;
}
