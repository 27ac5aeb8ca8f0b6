import { bulkCitationText, bulkCiteFileName, citeFiles, citeSlug, formatCitation, toCslItem, type CiteFile, type CiteKind } from '../../lib/citation';
import type { Citation } from '../../schemas';
import { getEvidence } from '../site';

/** A file of every source's or every study's reference: /cite/studies.bib and so on. */
export interface BulkCitationFile {
  kind: CiteKind;
  /** File name under /cite/, e.g. "studies.ris". */
  file: string;
  label: CiteFile['label'];
  mediaType: CiteFile['mediaType'];
  body: string;
}

const kinds: CiteKind[] = ['studies', 'sources'];
let cached: BulkCitationFile[] | undefined;

/**
 * The six bulk citation files (studies and sources, each as BibTeX, RIS and CSL-JSON), computed once: the /data/
 * page shows their sizes and each /cite/ endpoint writes one. Each is built from the same per-record texts the
 * record's page offers, so the two cannot disagree.
 */
export function bulkCitationFiles(): BulkCitationFile[] {
  if (cached) return cached;
  const ev = getEvidence();
  const records: Record<CiteKind, Array<{ id: string; citation: Citation }>> = { studies: ev.studies, sources: ev.sources };
  cached = kinds.flatMap((kind) => {
    const items = records[kind].map((r) => toCslItem(citeSlug(kind, r.id), r.citation));
    return citeFiles.map((f) => ({
      kind,
      file: bulkCiteFileName(kind, f.ext),
      label: f.label,
      mediaType: f.mediaType,
      body: bulkCitationText(items.map((item) => formatCitation(item, f.format)), f.ext),
    }));
  });
  return cached;
}
