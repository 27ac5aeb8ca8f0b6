/** Post-process every rendered HTML page (build time included): first use of each abbreviation links to the glossary. */
// @ts-nocheck

import { defineMiddleware } from 'astro:middleware';
import { firstUseLinks } from './components/glossary/firstUseLinks';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(firstUseLinks(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
