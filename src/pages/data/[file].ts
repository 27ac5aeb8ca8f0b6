import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_FILE, SCHEMA_FILE, siteDownloads, takeDownloadBody } from '../../data/export';
import { bytesBody } from '../../lib/site/bytesBody';
import { permalink } from '../../lib/site/permalink';

const schemaUrl = () => permalink(`/data/${SCHEMA_FILE}`);

/** The evidence downloads (/data/nelm-evidence.json, /data/studies.csv, ...) and their manifest. */
export const getStaticPaths = (() => [
  ...siteDownloads(schemaUrl()).downloads.map((d) => ({ params: { file: d.file }, props: { mediaType: d.mediaType } })),
  { params: { file: MANIFEST_FILE }, props: { mediaType: 'application/json' } },
]) satisfies GetStaticPaths;

// Bodies are taken here, not passed as props: Astro keeps every route's props for the whole build.
export const GET: APIRoute = ({ params, props }) =>
  new Response(params.file === MANIFEST_FILE ? siteDownloads(schemaUrl()).manifest : bytesBody(takeDownloadBody(schemaUrl(), params.file!)), { headers: { 'Content-Type': props.mediaType as string } });
