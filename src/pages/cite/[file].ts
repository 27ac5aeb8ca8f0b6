import type { APIRoute, GetStaticPaths } from 'astro';
import { bulkCitationFiles, takeCitationBody } from '../../data/export';
import { bytesBody } from '../../lib/site/bytesBody';

/** Every study's and every source's reference in one file per format: /cite/studies.bib, /cite/sources.json, ... */
export const getStaticPaths = (() => bulkCitationFiles().map((f) => ({ params: { file: f.file }, props: { mediaType: f.mediaType } }))) satisfies GetStaticPaths;

// The body is taken here, not passed as a prop: Astro keeps every route's props for the whole build.
export const GET: APIRoute = ({ params, props }) => new Response(bytesBody(takeCitationBody(params.file!)), { headers: { 'Content-Type': props.mediaType as string } });
