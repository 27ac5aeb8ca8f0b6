import { bulkCitationText, bulkCiteFileName, citeFiles, citeSlug, formatCitation, toCslItem, type CiteFile, type CiteKind, type CslItem } from '../../lib/citation';
import type { Citation } from '../../schemas';
import { getEvidence } from '../site';

/** A file of every source's or every study's reference: /cite/studies.bib and so on. */
export interface BulkCitationFile {
  kind: CiteKind;
  /** File name under /cite/, e.g. "studies.ris". */
  file: string;
  label: CiteFile['label'];
  mediaType: CiteFile['mediaType'];
  /** Size of the file in bytes (UTF-8). */
  bytes: number;
}

const kinds: CiteKind[] = ['studies', 'sources'];
let cached: BulkCitationFile[] | undefined;
/** UTF-8 bodies not yet written (at 1000x the six files are 40 MB): each /cite/ route takes its own. */
const bodies = new Map<string, Uint8Array<ArrayBuffer>>();

/** Every record of a kind (the build's evidence) as a citation item, in data/ order. */
export const citeItems = (kind: CiteKind): CslItem[] => {
  const ev = getEvidence();
  const records: Record<CiteKind, Array<{ id: string; citation: Citation }>> = { studies: ev.studies, sources: ev.sources };
  return records[kind].map((r) => toCslItem(citeSlug(kind, r.id), r.citation));
};
/**
 * Each record's BibTeX and RIS texts, formatted for the bulk files and kept until the record's page takes them for
 * its download links: formatting them again for every page cost the 1000x build about 5 s (issue 13). About 30 MB at
 * 1000x, falling as the study pages are written.
 */
const kept = new Map<string, string>();
const keptKey = (item: CslItem, format: CiteFile['format']) => `${format}\u0000${item.id}`;
const keeps = (format: CiteFile['format']) => format === 'bibtex' || format === 'ris';

const makeBody = (items: CslItem[], f: CiteFile, keep: boolean): string =>
  bulkCitationText(
    items.map((item) => {
      const text = formatCitation(item, f.format);
      if (keep && keeps(f.format)) kept.set(keptKey(item, f.format), text);
      return text;
    }),
    f.ext,
  );

/**
 * One record's text in one citation format: the one the bulk file was made from (handed over once), else formatted
 * now. Items are citeItems' (the id is the record's cite slug), so the two are the same text.
 */
export function recordCitationText(item: CslItem, format: CiteFile['format']): string {
  const key = keptKey(item, format);
  const text = kept.get(key);
  if (text === undefined) return formatCitation(item, format);
  kept.delete(key);
  return text;
}

/**
 * The six bulk citation files (studies and sources, each as BibTeX, RIS and CSL-JSON), computed once: the /data/
 * page shows their sizes and each /cite/ endpoint writes one. Each is built from the same per-record texts the
 * record's page offers, so the two cannot disagree.
 */
export function bulkCitationFiles(): BulkCitationFile[] {
  cached ??= kinds.flatMap((kind) => {
    const items = citeItems(kind);
    return citeFiles.map((f) => {
      const file = bulkCiteFileName(kind, f.ext);
      const bytes = Buffer.from(makeBody(items, f, true), 'utf8');
      bodies.set(file, bytes);
      return { kind, file, label: f.label, mediaType: f.mediaType, bytes: bytes.byteLength };
    });
  });
  return cached;
}

/** The body of one bulk file, handed over once (the build writes it once); asked again (dev server), made anew. */
export function takeCitationBody(file: string): Uint8Array<ArrayBuffer> {
  const f = bulkCitationFiles().find((x) => x.file === file);
  if (!f) throw new Error(`no citation file named "${file}"`);
  const bytes = bodies.get(file);
  bodies.delete(file);
  return bytes ?? Buffer.from(makeBody(citeItems(f.kind), citeFiles.find((c) => bulkCiteFileName(f.kind, c.ext) === file)!, false), 'utf8');
}
