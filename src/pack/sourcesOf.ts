import type { Evidence } from '../data/evidence';
import { citeSlug, formatCitation, hasPrintableReference, toCslItem } from '../lib/citation';

/** A source document as a reference list prints it: Vancouver where the record is verified, else its short name. */
export interface PackSource {
  id: string;
  shortName: string;
  reference: string;
}

/** The source documents that the given provenance source ids name, in the order of data/sources/. */
export function sourcesOf(ev: Evidence, ids: Iterable<string>): PackSource[] {
  const wanted = new Set(ids);
  return ev.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => {
      const item = toCslItem(citeSlug('sources', s.id), s.citation);
      return { id: s.id, shortName: s.shortName, reference: hasPrintableReference(item) ? formatCitation(item, 'vancouver').trim() : `${s.shortName} (bibliographic record not verified).` };
    });
}
