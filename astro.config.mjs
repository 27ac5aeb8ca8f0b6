// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchRecords } from './src/integrations/searchRecords';
import { studyPages } from './src/integrations/studyPages';
import { validateData } from './src/integrations/validateData';

// SITE and BASE let the site be hosted on any origin and under a sub-path (e.g. BASE=/nelm/). SITE is the one
// place the site's address is set: without it the build invents none (permalinks and citations are site-relative
// paths, pages have no canonical link, and no sitemap is written, since a sitemap needs absolute URLs).
const site = process.env.SITE || undefined;
const base = process.env.BASE ?? '/';

const studyPageUrls = [];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // searchRecords leaves the study search records for the index step (it fingerprints data/ before validateData
  // reads it); validateData checks data/ before anything is written and hands the evidence to the pages.
  // Study pages are written beside Astro's (src/components/study/studyPageFiles.ts); studyPages hands them to the
  // sitemap, which runs after it.
  integrations: [searchRecords(), validateData(), mdx(), studyPages(studyPageUrls), ...(site ? [sitemap({ customPages: studyPageUrls })] : [])],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
