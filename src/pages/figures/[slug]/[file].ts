import type { APIRoute, GetStaticPaths } from 'astro';
import pkg from '../../../../package.json';
import { allFigures } from '../../../components/figure/figureRegistry';
import { figureFileNames, renderFigureFile } from '../../../components/figure/figureFiles';
import { getEvidence } from '../../../data/site';
import { href } from '../../../lib/site/url';

/** Downloads of every figure: /figures/<slug>/<slug>.svg|.png|-slide.png|.csv|.json, rendered at build time. */
export const getStaticPaths: GetStaticPaths = () =>
  allFigures(getEvidence()).flatMap((f) => figureFileNames(f).map((file) => ({ params: { slug: f.slug, file: file.name }, props: { slug: f.slug, name: file.name, type: file.type } })));

export const GET: APIRoute = async ({ props, site }) => {
  const { slug, name, type } = props as { slug: string; name: string; type: string };
  const ev = getEvidence();
  const fig = allFigures(ev).find((f) => f.slug === slug)!;
  const url = new URL(href(`/figures/${slug}/`), site).toString();
  const body = await renderFigureFile(fig, name, { siteTitle: ev.meta.title, version: pkg.version, url });
  return new Response(body, { headers: { 'Content-Type': type } });
};
