// @ts-nocheck
// 
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// SITE and BASE let the site be hosted on any origin and under a sub-path (e.g. BASE=/nelm/).
const site = process.env.SITE ?? 'https://nelm-evidence.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
