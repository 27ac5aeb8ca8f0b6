import pkg from '../../../package.json';
import { getEvidence } from '../site';
import { downloadManifest, downloadMakers, SCHEMA_FILE, type Download } from './downloads';

/** A download as the /data/ page and the manifest describe it: everything but the body, and its size in bytes. */
export type SiteDownload = Omit<Download, 'body'> & { bytes: number };

interface Built {
  schemaUrl: string;
  downloads: SiteDownload[];
  manifest: string;
  /** The published JSON Schema, parsed (the data dictionary describes it). */
  schema: Record<string, unknown>;
  /** UTF-8 bodies not yet written: each file route takes its own (takeDownloadBody). */
  bodies: Map<string, Uint8Array<ArrayBuffer>>;
}
let cached: Built | undefined;

/**
 * The downloads of this build, computed once (the /data/ page, the dictionary and each file endpoint share them).
 * Each file is built in turn and kept as UTF-8 bytes, not as a string: at 1000x the evidence JSON is a 316 MB
 * two-byte string, and holding every body as text for the whole build cost about 380 MiB of live heap (issue 13).
 */
export function siteDownloads(schemaUrl: string): { downloads: SiteDownload[]; manifest: string; schema: Record<string, unknown> } {
  cached ??= build(schemaUrl);
  return cached;
}

function build(schemaUrl: string): Built {
  const ev = getEvidence();
  const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
  let schema: Record<string, unknown> = {};
  const downloads = downloadMakers(ev, { version: pkg.version, schemaUrl }).map((make): SiteDownload => {
    const { body, ...rest } = make();
    if (rest.file === SCHEMA_FILE) schema = JSON.parse(body) as Record<string, unknown>;
    const bytes = Buffer.from(body, 'utf8');
    bodies.set(rest.file, bytes);
    return { ...rest, bytes: bytes.byteLength };
  });
  return { schemaUrl, downloads, manifest: downloadManifest(downloads, ev, pkg.version), schema, bodies };
}

/**
 * The body of one download, handed over once: the build writes each file once, so the bytes are released as soon
 * as they are written. Asked again (the dev server), the file is built anew.
 */
export function takeDownloadBody(schemaUrl: string, file: string): Uint8Array<ArrayBuffer> {
  const built = siteDownloads(schemaUrl) as Built;
  const bytes = built.bodies.get(file);
  if (bytes) {
    built.bodies.delete(file);
    return bytes;
  }
  const again = downloadMakers(getEvidence(), { version: pkg.version, schemaUrl: built.schemaUrl }).map((make) => make()).find((d) => d.file === file);
  if (!again) throw new Error(`no download named "${file}"; known: ${built.downloads.map((d) => d.file).join(', ')}`);
  return Buffer.from(again.body, 'utf8');
}
