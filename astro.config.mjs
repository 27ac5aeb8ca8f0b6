// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// SITE and BASE let the site be hosted on any origin and under a sub-path (e.g. BASE=/nelm/). SITE is the one
// place the site's address is set: without it the build invents none (permalinks and citations are site-relative
// paths, pages have no canonical link, and no sitemap is written, since a sitemap needs absolute URLs).
const site = process.env.SITE || undefined;
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), ...(site ? [sitemap()] : [])],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
