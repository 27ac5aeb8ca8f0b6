import pkg from '../../../package.json';
import { getEvidence } from '../site';
import { buildDownloads, downloadManifest, type Download } from './downloads';

let cached: { downloads: Download[]; manifest: string } | undefined;

/** The downloads of this build, computed once (the /data/ page and each file endpoint share them). */
export function siteDownloads(schemaUrl: string): { downloads: Download[]; manifest: string } {
  if (cached) return cached;
  const ev = getEvidence();
  const downloads = buildDownloads(ev, { version: pkg.version, schemaUrl });
  cached = { downloads, manifest: downloadManifest(downloads, ev, pkg.version) };
  return cached;
}
