// @ts-nocheck
import type { APIRoute } from 'astro';
import { href } from '../lib/site/url';

/** Everything may be crawled; the sitemap (written by @astrojs/sitemap) is named by its absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap-index.xml'), site).toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
