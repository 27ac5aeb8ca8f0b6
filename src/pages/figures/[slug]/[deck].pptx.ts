import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvidence } from '../../../data/site';
import { figurePackFile } from '../../../pack/packFiles';
import { packFigures } from '../../../pack/figureImages';
import { bytesBody } from '../../../lib/site/bytesBody';

/** Each figure as a PowerPoint deck of its own: /figures/<slug>/<slug>.pptx. */
export const getStaticPaths = (() => packFigures(getEvidence()).map((f) => ({ params: { slug: f.slug, deck: f.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const f = figurePackFile(getEvidence(), params.slug!);
  return new Response(bytesBody(await f.render()), { headers: { 'Content-Type': f.type } });
};
