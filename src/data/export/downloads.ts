import type { SiteEvidence } from '../site';
import { toCsv } from './csv';
import { evidenceDocument } from './evidenceDocument';
import { jsonChunks } from './jsonChunks';
import { dataFileDefinitions, evidenceJsonSchema } from './jsonSchema';
import { tableBuilders, type Column } from './tables';

/** One file offered on the /data/ page. */
export interface Download {
  /** File name under /data/, e.g. "studies.csv". */
  file: string;
  title: string;
  description: string;
  format: 'JSON' | 'CSV' | 'JSON Schema';
  mediaType: string;
  /** Data rows of a CSV (header excluded). */
  rows?: number;
  /** Records per collection of a JSON document. */
  records?: Record<string, number>;
  columns?: Column[];
  body: string;
}

/** A download as its text in pieces (the evidence JSON, one per record), so that it can be written without being held whole. */
export type DownloadParts = Omit<Download, 'body'> & { chunks: () => Iterable<string> };

/** The file names are part of the permanent URLs: never rename them. */
export const EVIDENCE_FILE = 'nelm-evidence.json';
export const SCHEMA_FILE = 'nelm-evidence.schema.json';
export const MANIFEST_FILE = 'manifest.json';

const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

/**
 * Every download of the evidence base, each built only when called (at 1000x the evidence JSON alone is 158 MB,
 * so a build makes one file at a time instead of holding them all, and writes that one in pieces); deterministic.
 */
export function downloadMakers(ev: SiteEvidence, options: { version: string; schemaUrl: string }): Array<() => DownloadParts> {
  const evidenceJson = (): DownloadParts => {
    const doc = evidenceDocument(ev, options.version);
    return {
      file: EVIDENCE_FILE,
      title: 'Whole evidence base (JSON)',
      description: 'Every source, study (with groups, outcomes, comparisons and provenance), question, topic, the review facts, the recommendations and the data-quality notes, in one file.',
      format: 'JSON',
      mediaType: 'application/json',
      records: {
        sources: doc.sources.length,
        studies: doc.studies.length,
        questions: doc.questions.length,
        topics: doc.topics.length,
        dataQualityNotes: doc.dataQualityNotes.length,
      },
      chunks: () => jsonChunks(doc as unknown as Record<string, unknown>),
    };
  };
  const tableCsvFile = (build: (typeof tableBuilders)[number]) => (): DownloadParts => {
    const t = build(ev);
    return {
      file: `${t.name}.csv`,
      title: `${t.title} (CSV)`,
      description: t.description,
      format: 'CSV',
      mediaType: 'text/csv; charset=utf-8; header=present',
      rows: t.rows.length,
      columns: t.columns,
      chunks: () => [
        toCsv(
          t.columns.map((c) => c.name),
          t.rows,
        ),
      ],
    };
  };
  const schemaJson = (): DownloadParts => ({
    file: SCHEMA_FILE,
    title: 'JSON Schema (draft 2020-12)',
    description: `Generated from the zod schemas the build enforces. Validates the whole-evidence JSON; each data/ file validates against one of its $defs (${Object.entries(dataFileDefinitions)
      .map(([f, d]) => `${f} → ${d}`)
      .join(', ')}).`,
    format: 'JSON Schema',
    mediaType: 'application/schema+json',
    chunks: () => [json(evidenceJsonSchema({ id: options.schemaUrl }))],
  });
  return [evidenceJson, ...tableBuilders.map(tableCsvFile), schemaJson];
}

/** Every download of the evidence base, built from the validated evidence; deterministic. */
export const buildDownloads = (ev: SiteEvidence, options: { version: string; schemaUrl: string }): Download[] =>
  downloadMakers(ev, options).map((make) => {
    const { chunks, ...rest } = make();
    return { ...rest, body: [...chunks()].join('') };
  });

/** Machine-readable list of the downloads: what each holds and how many rows. */
export function downloadManifest(downloads: Array<Omit<Download, 'body'>>, ev: SiteEvidence, version: string): string {
  return json({
    title: ev.meta.title,
    version,
    evidenceCurrentTo: ev.meta.evidenceCurrentTo,
    licence: ev.meta.dataLicence,
    files: downloads.map((d) => ({
      file: d.file,
      title: d.title,
      format: d.format,
      mediaType: d.mediaType,
      // Undefined ones (rows and columns of a JSON file, records of a CSV) are left out by JSON.stringify.
      rows: d.rows,
      records: d.records,
      columns: d.columns,
    })),
  });
}
