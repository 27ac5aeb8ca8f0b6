// @ts-nocheck
import { toCslItem } from '../../lib/citation';
import type { Citation } from '../../schemas';

/**
 * Highwire Press `citation_*` meta tags (read by Zotero, Mendeley and Google Scholar) for BaseLayout's
 * `citationMeta` prop. Only verified fields are written (toCslItem drops the rest); a record without a
 * verified title is named by `fallbackTitle`, marked as unverified, so the tag every page needs is never a guess.
 */
export function citationMeta(citation: Citation, fallbackTitle: string): Record<string, string | string[]> {
  const item = toCslItem('record', citation);
  const meta: Record<string, string | string[]> = {
    citation_title: item.title ?? `${fallbackTitle} (bibliographic record not verified)`,
  };
  const authors = (item.author ?? []).map((a) => a.literal ?? [a.family, [a.given, a.suffix].filter(Boolean).join(' ')].filter(Boolean).join(', '));
  if (authors.length > 0) meta.citation_author = authors;
  const container = item['container-title'];
  if (container) meta[item.type === 'paper-conference' ? 'citation_conference_title' : 'citation_journal_title'] = container;
  const year = item.issued?.['date-parts'][0][0];
  if (year !== undefined) meta.citation_publication_date = String(year);
  if (item.volume) meta.citation_volume = item.volume;
  if (item.issue) meta.citation_issue = item.issue;
  if (item.page) {
    const [first, last] = item.page.split(/[-–]/);
    if (first) meta.citation_firstpage = first.trim();
    // "677-82" abbreviates the last page; Highwire wants it in full.
    if (first && last) meta.citation_lastpage = first.trim().slice(0, Math.max(0, first.trim().length - last.trim().length)) + last.trim();
  }
  if (item.DOI) meta.citation_doi = item.DOI;
  if (item.PMID) meta.citation_pmid = item.PMID;
  return meta;
}
