/**
 * Every number marked in the built site (HTML pages and figure SVGs of dist/) equals the data/ value it names.
 * Expectations are read from data/*.json directly; the site's formatting code is never asked.
 * Changing one marked number in dist/ or in the code that renders it fails here.
 */
import { expect, it } from 'vitest';
import { siteUnderTest, suiteWhen } from '../helpers/environment';
import { checkMarker } from './checkMarker';
import { markersOfSite, type PageMarkers } from './siteMarkers';

const site = siteUnderTest();

suiteWhen('marked values in dist/ agree with data/', [site], () => {
  const pages: PageMarkers[] = markersOfSite(site.dir);

  it('finds marked values on the pages that show numbers', () => {
    const withMarkers = pages.filter((p) => p.markers.length > 0).map((p) => p.path);
    for (const path of ['/studies/', '/studies/mayo-2011/', '/questions/curative-resection/', '/methods/']) expect(withMarkers).toContain(path);
  });

  it.each(pages.filter((p) => p.markers.length > 0).map((p) => [p.path, p] as const))('%s', (_path, page) => {
    const problems = page.markers.flatMap((m) => checkMarker(m).map((p) => `${m.refs}: ${p}`));
    if (problems.length > 0) expect.fail(`${problems.length} marked value(s) disagree with data/ on ${page.path}:\n${problems.join('\n')}`);
  });
});
