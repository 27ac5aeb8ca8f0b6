import type { APIRoute, GetStaticPaths } from 'astro';
import { bulkCitationFiles } from '../../data/export';

/** Every study's and every source's reference in one file per format: /cite/studies.bib, /cite/sources.json, ... */
export const getStaticPaths = (() =>
  bulkCitationFiles().map((f) => ({ params: { file: f.file }, props: { body: f.body, mediaType: f.mediaType } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.mediaType as string } });
