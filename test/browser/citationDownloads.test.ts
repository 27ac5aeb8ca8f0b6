/**
 * A record's citation files are data: URLs with a download attribute (no file per record on the server): Chromium
 * must save each under its own name with the text the link carries, with JavaScript on and off, and the page's
 * Content-Security-Policy must not block it (a blocked download would show as a console error and no file).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { expect, it } from 'vitest';
import { browserSuite } from './browserSuite';
import { confineToOrigin, openPage } from './openPage';

/** One study and one source, each page with its three files. */
const PAGES = [
  { path: 'studies/saxena-2012/', id: 'saxena-2012' },
  { path: 'sources/000_5eb2e9ef7cfb55fc/', id: '000_5eb2e9ef7cfb55fc' },
];
const cases = [true, false].flatMap((javaScriptEnabled) => PAGES.map((p) => ({ ...p, javaScriptEnabled })));

browserSuite('citation files download in Chromium', ({ newContext, siteUrl }) => {
  it.each(cases)('$path, JavaScript $javaScriptEnabled: each link saves its file by name, unblocked', async ({ path, id, javaScriptEnabled }) => {
    const context = await newContext({ javaScriptEnabled, acceptDownloads: true });
    const offSite: string[] = [];
    await confineToOrigin(context, new URL(siteUrl).origin, offSite);
    const folder = mkdtempSync(join(tmpdir(), 'cite-downloads-'));
    const { page, trouble } = await openPage(context, `${siteUrl}${path}`, offSite);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    for (const ext of ['bib', 'ris', 'json']) {
      const link = page.locator(`section.citation-downloads a[download="${id}.${ext}"]`);
      const href = (await link.getAttribute('href'))!;
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${id}.${ext}`);
      // The shared browser runs in another process: the file is fetched from it (path() is local-only).
      const saved = join(folder, download.suggestedFilename());
      await download.saveAs(saved);
      const text = readFileSync(saved, 'utf8');
      expect(text).toBe(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
      expect(new Cite(text).data.map((d) => d.id)).toEqual([ext === 'ris' ? id.slice(0, 20) : id]);
    }
    // The page stayed where it was (a download, not a navigation to the data: URL), and nothing was blocked.
    expect(page.url()).toBe(`${siteUrl}${path}`);
    expect(trouble.consoleErrors).toEqual([]);
    expect(offSite).toEqual([]);
    await context.close();
    rmSync(folder, { recursive: true });
  });
});
