/**
 * The folder `astro build` writes the site to (astro.config.mjs `outDir`, or `--outDir`; set by
 * src/integrations/studyPages.ts), or undefined outside a build: the dev server, tests and scripts. The one test of
 * "in a build" for what is written beside Astro's pages (study pages, downloads).
 */
export const buildOutDir = (): string | undefined => (import.meta.env?.PROD && typeof __BUILD_OUT_DIR__ === 'string' ? __BUILD_OUT_DIR__ : undefined);
