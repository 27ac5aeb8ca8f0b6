import type { APIRoute, GetStaticPaths } from 'astro';
import pkg from '../../../../package.json';
import { allFigures } from '../../../figures/registry';
import { figureRouteFiles, renderFigureFile, planFigurePictures } from '../../../components/figure/figureFiles';
import { getEvidence } from '../../../data/site';
import { bytesBody } from '../../../lib/site/bytesBody';
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
  // Their pictures render in the background while Astro goes on (planFigurePictures, pictureQueue.ts).
  planFigurePictures(figures.map((fig) => ({ fig, c: context(fig.slug) })));
  const paths = figures.flatMap((f) => figureRouteFiles(f, context(f.slug)).map((file) => ({ params: { slug: f.slug, file: file.name }, props: { slug: f.slug, name: file.name, type: file.type } })));
  // Astro writes them in this order: the 2× PNGs last, since each renders in the background from the moment its
  // figure's SVG file is written (figureFiles.ts), and the other figures' files are written meanwhile.
  const twoX = (p: (typeof paths)[number]) => p.props.name === `${p.props.slug}.png`;
  return [...paths.filter((p) => !twoX(p)), ...paths.filter(twoX)];
};

export const GET: APIRoute = async ({ props }) => {
  const { slug, name, type } = props as { slug: string; name: string; type: string };
  const fig = allFigures(getEvidence()).find((f) => f.slug === slug)!;
  const body = await renderFigureFile(fig, name, context(slug));
  // As bytes in a stream: a string body of tens of MB (the every-row SVG, JSON and CSV at 1000x) was scanned for lone
  // surrogates, encoded and read back in pieces by the Response, about 3 s of the 1000x build (issue 13).
  return new Response(bytesBody(typeof body === 'string' ? Buffer.from(body, 'utf8') : body), { headers: { 'Content-Type': type } });
};
