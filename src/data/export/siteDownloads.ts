import { join } from 'node:path';
import pkg from '../../../package.json';
import { buildOutDir } from '../../lib/site/buildOutDir';
import { writeChunks } from '../../lib/site/writeChunks';
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
  /** In a build, the files are already written under <outDir>/data/: the file route then serves only the manifest. */
  written: boolean;
}
let cached: Built | undefined;

/**
 * The downloads of this site, computed once (the /data/ page, the dictionary and each file endpoint share them).
 * In a build each file is written straight to <outDir>/data/ as it is made, in pieces (the evidence JSON one record
 * at a time), and only its size is kept: at 1000x the evidence JSON is 158 MB, which as one string was 316 MB, then
 * copied into bytes, held until its route ran and copied again by Astro on its way to disk, the build's memory peak
 * (issue 13). Elsewhere (the dev server) the file route makes each body when it is asked for.
 */
export function siteDownloads(schemaUrl: string): { downloads: SiteDownload[]; manifest: string; schema: Record<string, unknown>; written: boolean } {
  cached ??= build(schemaUrl);
  return cached;
}

function build(schemaUrl: string): Built {
  const ev = getEvidence();
  const outDir = buildOutDir();
  let schema: Record<string, unknown> = {};
  const downloads = downloadMakers(ev, { version: pkg.version, schemaUrl }).map((make): SiteDownload => {
    const { chunks, ...rest } = make();
    if (rest.file === SCHEMA_FILE) schema = JSON.parse([...chunks()].join('')) as Record<string, unknown>;
    const bytes = outDir ? writeChunks(join(outDir, 'data', rest.file), chunks()) : [...chunks()].reduce((n, c) => n + Buffer.byteLength(c, 'utf8'), 0);
    return { ...rest, bytes };
  });
  return { schemaUrl, downloads, manifest: downloadManifest(downloads, ev, pkg.version), schema, written: outDir !== undefined };
}

/** The body of one download, made when it is asked for (the dev server; a build has written them already). */
export function downloadBody(schemaUrl: string, file: string): string {
  const built = siteDownloads(schemaUrl) as Built;
  const parts = downloadMakers(getEvidence(), { version: pkg.version, schemaUrl: built.schemaUrl })
    .map((make) => make())
    .find((d) => d.file === file);
  if (!parts) throw new Error(`no download named "${file}"; known: ${built.downloads.map((d) => d.file).join(', ')}`);
  return [...parts.chunks()].join('');
}
