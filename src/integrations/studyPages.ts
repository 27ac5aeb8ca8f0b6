/**
 * Astro integration for the study pages written outside Astro's page pipeline (src/components/study/studyPageFiles.ts):
 * tells the build's code where the site is written (`__BUILD_OUT_DIR__`, also under `--outDir`), and hands the
 * written pages to the sitemap, which lists only the pages Astro built itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `sitemapPages` receives the study pages' absolute URLs when the site has an address: list this integration before
 * @astrojs/sitemap and give it the same array as `customPages` (it reads them when its own build:done hook runs).
 */
export function studyPages(sitemapPages: string[] = []): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'nelm-study-pages',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { define: { __BUILD_OUT_DIR__: JSON.stringify(fileURLToPath(config.outDir)) } } });
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        if (!site) return;
        const studies = join(fileURLToPath(dir), 'studies');
        const ids = readdirSync(studies, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page' && existsSync(join(studies, e.name, 'index.html')));
        sitemapPages.push(...ids.map((e) => new URL(`${base}studies/${e.name}/`, site).href));
      },
    },
  };
}
