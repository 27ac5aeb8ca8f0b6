import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, MANIFEST_FILE, SCHEMA_FILE, siteDownloads } from '../../data/export';
import { permalink } from '../../lib/site/permalink';

const schemaUrl = () => permalink(`/data/${SCHEMA_FILE}`);

/**
 * The evidence downloads (/data/nelm-evidence.json, /data/studies.csv, ...) and their manifest. A build has written
 * the downloads already, as it made them (src/data/export/siteDownloads.ts), so here it writes only the manifest;
 * the dev server serves each file from this route.
 */
export const getStaticPaths = (() => {
  const { downloads, written } = siteDownloads(schemaUrl());
  return [
    ...(written ? [] : downloads.map((d) => ({ params: { file: d.file }, props: { mediaType: d.mediaType } }))),
    { params: { file: MANIFEST_FILE }, props: { mediaType: 'application/json' } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(params.file === MANIFEST_FILE ? siteDownloads(schemaUrl()).manifest : downloadBody(schemaUrl(), params.file!), { headers: { 'Content-Type': props.mediaType as string } });
