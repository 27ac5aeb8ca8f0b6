import type { Evidence } from '../data/evidence';
import { citeSlug, formatCitation, hasPrintableReference, toCslItem } from '../lib/citation';

/** A source document as a reference list prints it: Vancouver where the record is verified, else its short name. */
export interface PackSource {
  id: string;
  shortName: string;
  /** The Vancouver reference; absent when the bibliographic record is not verified. */
  reference?: string;
}

/** "Short name. Reference." or "Short name (bibliographic record not verified)." */
export const sourceLine = (s: PackSource) => (s.reference ? `${s.shortName.replace(/\.$/, '')}. ${s.reference}` : `${s.shortName.replace(/\.$/, '')} (bibliographic record not verified).`);

/** The source documents that the given provenance source ids name, in the order of data/sources/. */
export function sourcesOf(ev: Evidence, ids: Iterable<string>): PackSource[] {
  const wanted = new Set(ids);
  return ev.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => {
      const item = toCslItem(citeSlug('sources', s.id), s.citation);
      return { id: s.id, shortName: s.shortName, ...(hasPrintableReference(item) ? { reference: formatCitation(item, 'vancouver').trim() } : {}) };
    });
}
