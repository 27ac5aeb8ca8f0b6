/** Post-process every rendered HTML page (build time included): first use of each abbreviation links to the glossary. */
import { defineMiddleware } from 'astro:middleware';
import { firstUseLinks } from './components/glossary/firstUseLinks';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  // Bytes, not a string: a string body is scanned for lone surrogates and re-encoded by the Response (issue 13).
  return new Response(Buffer.from(firstUseLinks(html), 'utf8'), { status: response.status, statusText: response.statusText, headers: response.headers });
});
