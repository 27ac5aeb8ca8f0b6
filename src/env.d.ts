/** Folder the build writes the site to (astro.config.mjs `outDir`, or `--outDir`), set by src/integrations/studyPages.ts. */
declare const __BUILD_OUT_DIR__: string;
