import type { APIRoute, GetStaticPaths } from 'astro';
import pkg from '../../../../package.json';
import { allFigures } from '../../../figures/registry';
import { figureRouteFiles, renderFigureFile, startFigurePictures } from '../../../components/figure/figureFiles';
import { getEvidence } from '../../../data/site';
import { permalink } from '../../../lib/site/permalink';

/** Citation context of a figure's files: the site title, version and the figure's permalink (absolute with SITE). */
const context = (slug: string) => ({ siteTitle: getEvidence().meta.title, version: pkg.version, url: permalink(`/figures/${slug}/`) });

/**
 * Downloads of every figure: /figures/<slug>/<slug>.svg|.png|-slide.png(|-slide-2.png ...)|.csv|.json, rendered
 * at build time; how many slide files a figure has depends on its layout (see slideSvgs). Also the charts pages
 * embed as images (<slug>-embed-wide.svg, -embed-narrow.svg). Each figure is drawn once (figureRegistry, figureFiles).
 */
export const getStaticPaths: GetStaticPaths = () => {
  const figures = allFigures(getEvidence());
  // Their pictures render on a worker thread from now on, while Astro goes on (startFigurePictures).
  startFigurePictures(figures.map((fig) => ({ fig, c: context(fig.slug) })));
  return figures.flatMap((f) => figureRouteFiles(f, context(f.slug)).map((file) => ({ params: { slug: f.slug, file: file.name }, props: { slug: f.slug, name: file.name, type: file.type } })));
};

export const GET: APIRoute = async ({ props }) => {
  const { slug, name, type } = props as { slug: string; name: string; type: string };
  const fig = allFigures(getEvidence()).find((f) => f.slug === slug)!;
  const body = await renderFigureFile(fig, name, context(slug));
  return new Response(body, { headers: { 'Content-Type': type } });
};
