import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_FILE, SCHEMA_FILE, siteDownloads } from '../../data/export';
import { permalink } from '../../lib/site/permalink';

/** The evidence downloads (/data/nelm-evidence.json, /data/studies.csv, ...) and their manifest. */
export const getStaticPaths = (() => {
  const { downloads, manifest } = siteDownloads(permalink(`/data/${SCHEMA_FILE}`));
  return [
    ...downloads.map((d) => ({ params: { file: d.file }, props: { body: d.body, mediaType: d.mediaType } })),
    { params: { file: MANIFEST_FILE }, props: { body: manifest, mediaType: 'application/json' } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.mediaType as string } });
