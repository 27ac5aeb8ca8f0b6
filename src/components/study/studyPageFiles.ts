/**
 * Study pages written outside Astro's page pipeline (issue 13). A build renders 25,000 of them at 1000x; Astro's
 * own route for each (request, middleware, Response, four file-system round trips, a log line) cost about 0.6 ms
 * a page on top of rendering it. So /studies/[id]/ builds one study in a build, the reference; when its finished
 * page passes the middleware, every study page is rendered here from the same StudyPage component through Astro's
 * container API, given the stylesheets Astro inlined in the reference page and its first-use glossary links,
 * and written straight to disk. The page rendered here for the reference study must be the same bytes as Astro's,
 * or the build stops: that keeps this path and a normal Astro page from drifting apart (a study page reading
 * Astro.url, for one, would differ: the container renders at https://example.com/). The dev server renders every
 * study through /studies/[id]/ as before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer } from 'astro/container';
import { getEvidence } from '../../data/site';
import { href } from '../../lib/site/url';
import { firstUseLinks } from '../glossary/firstUseLinks';
import StudyPage from './StudyPage.astro';
import { firstDifference, headStyles, referenceStudy, withHeadStyles } from './studyPageHtml';

/**
 * A container keeps a route for every page it renders and looks each new one up among them (a linear search: 4.8 s
 * of the 25,000 pages at 1,000 a container); a fresh one every so many pages keeps that short and lets them go.
 */
const PAGES_PER_CONTAINER = 100;

/**
 * Renders and writes studies/<id>/index.html under `outDir` for every study but the reference, whose page Astro
 * writes (`referenceHtml`, as the middleware finished it). Returns how many pages were written. Throws when the
 * reference page rendered here differs from Astro's.
 */
export async function writeStudyPages(referenceHtml: string, outDir: string): Promise<number> {
  const studies = getEvidence().studies;
  const reference = referenceStudy(studies);
  const styles = headStyles(referenceHtml, `studies/${reference?.id}/index.html`);
  let container = await experimental_AstroContainer.create();
  let written = 0;
  for (const [i, study] of studies.entries()) {
    if (i > 0 && i % PAGES_PER_CONTAINER === 0) container = await experimental_AstroContainer.create();
    const file = `studies/${study.id}/index.html`;
    const html = firstUseLinks(withHeadStyles(await container.renderToString(StudyPage, { props: { study }, partial: false }), styles, file));
    if (study === reference) {
      const difference = firstDifference(html, referenceHtml);
      if (difference) throw new Error(`${file}: the study page written outside Astro differs from Astro's page of the same study, ${difference}`);
      continue;
    }
    mkdirSync(join(outDir, 'studies', study.id), { recursive: true });
    writeFileSync(join(outDir, file), html);
    written++;
  }
  return written;
}

/** Whether a page the middleware finished is the reference study's page (in a build, the signal to write the rest). */
export function isReferenceStudyPage(pathname: string): boolean {
  const reference = referenceStudy(getEvidence().studies);
  return reference !== undefined && pathname === href(`/studies/${reference.id}/`);
}
