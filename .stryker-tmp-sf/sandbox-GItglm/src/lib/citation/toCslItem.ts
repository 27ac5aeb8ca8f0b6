// @ts-nocheck
import type { Citation, CitedField } from '../../schemas';
import type { CslItem } from './cslItem';
import { parseAuthors } from './parseAuthors';

/** Statuses whose value may be exported as a fact (shared/seeds/citations.md). */
const EXPORTABLE = new Set<CitedField['status']>(['seen', 'secondary', 'from-url']);

/** The bibliographic fields a reader expects, in citation order, with the words used in the note. */
const FIELDS = [
  ['authors', 'authors'],
  ['title', 'title'],
  ['journal', 'journal'],
  ['year', 'year'],
  ['volume', 'volume'],
  ['issue', 'issue'],
  ['pages', 'pages'],
  ['doi', 'DOI'],
  ['pmid', 'PMID'],
] as const;
type FieldKey = (typeof FIELDS)[number][0] | 'pmcid';

const listWords = (xs: string[]) => xs.join(', ');

/** The verification statement that travels with the record (CSL "note"): which fields are facts, which are not. */
export function verificationNote(citation: Citation): string {
  const by = (status: CitedField['status']) =>
    FIELDS.filter(([key]) => citation[key]?.status === status).map(([, word]) => word);
  const missing = FIELDS.filter(([key]) => !citation[key] || citation[key]!.status === 'unverified').map(([, word]) => word);
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`Not verified, so left out: ${listWords(missing)}.`);
  const secondary = by('secondary');
  if (secondary.length > 0) parts.push(`Taken from another paper's reference list, not from the record itself: ${listWords(secondary)}.`);
  const fromUrl = by('from-url');
  if (fromUrl.length > 0) parts.push(`Read from the address of a matching record page: ${listWords(fromUrl)}.`);
  if (citation.authors && EXPORTABLE.has(citation.authors.status) && parseAuthors(citation.authors.value).truncated)
    parts.push('The author list ends with "et al." in the record seen; only the named authors are given.');
  if (citation.asPrinted) parts.push(`Cited by the source as: ${citation.asPrinted.replace(/\.$/, '')}.`);
  if (citation.recordNote) parts.push(citation.recordNote);
  return parts.join(' ');
}

/**
 * CSL-JSON for one source or study. Only fields marked seen, secondary or from-url are exported;
 * unverified ones are named in `note` instead, so no reference manager receives a guess as a fact.
 */
export function toCslItem(id: string, citation: Citation): CslItem {
  const v = (key: FieldKey): string | undefined => {
    const f = citation[key];
    return f && EXPORTABLE.has(f.status) ? f.value : undefined;
  };
  const item: CslItem = { id, 'citation-key': id, type: citation.type };
  const authors = v('authors');
  if (authors) item.author = parseAuthors(authors).names;
  const title = v('title');
  if (title) item.title = title;
  const journal = v('journal');
  if (journal) item['container-title'] = journal;
  const year = v('year');
  const yearDigits = year?.match(/^\d{4}/)?.[0];
  if (yearDigits) item.issued = { 'date-parts': [[Number(yearDigits)]] };
  const volume = v('volume');
  if (volume) item.volume = volume;
  const issue = v('issue');
  if (issue) item.issue = issue;
  const pages = v('pages');
  if (pages) item.page = pages;
  const doi = v('doi');
  if (doi) item.DOI = doi;
  const pmid = v('pmid');
  if (pmid) item.PMID = pmid;
  const pmcid = v('pmcid');
  if (pmcid) item.PMCID = pmcid;
  const note = verificationNote(citation);
  if (note) item.note = note;
  return item;
}

/** Whether enough is verified to print a reference at all (a title); otherwise show the note instead. */
export function hasPrintableReference(item: CslItem): boolean {
  return item.title !== undefined;
}
