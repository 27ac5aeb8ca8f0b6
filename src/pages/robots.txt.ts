import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/permalink';

/**
 * Everything may be crawled; the sitemap (written by @astrojs/sitemap when SITE is set) is named by its absolute
 * URL. A build without SITE has no sitemap, so robots.txt names none.
 */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
