/**
 * Post-process every rendered HTML page (build time included): first use of each abbreviation links to the glossary.
 * In a build, the reference study's finished page is also the signal to write every other study page
 * (src/components/study/studyPageFiles.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { firstUseLinks } from './components/glossary/firstUseLinks';
import { isReferenceStudyPage, writeStudyPages } from './components/study/studyPageFiles';
import { buildOutDir } from './lib/site/buildOutDir';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = firstUseLinks(await response.text());
  const outDir = buildOutDir();
  if (outDir !== undefined && isReferenceStudyPage(context.url.pathname)) {
    const started = performance.now();
    const written = await writeStudyPages(html, outDir);
    console.log(`study pages: ${written} written beside ${context.url.pathname} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // Bytes, not a string: a string body is scanned for lone surrogates and re-encoded by the Response (issue 13).
  return new Response(Buffer.from(html, 'utf8'), { status: response.status, statusText: response.statusText, headers: response.headers });
});
