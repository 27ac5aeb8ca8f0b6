import { defineConfig } from 'vitest/config';

/**
 * The unit tests StrykerJS runs against each mutant (`npm run mutate`, stryker.config.mjs): only tests that
 * import src/lib, src/data or src/charts and need neither a built dist/ nor Chromium, and run in-process
 * (test/data/validateScript.test.ts spawns `tsx`, where mutants are not active, so it is left out).
 */
export default defineConfig({
  test: {
    include: [
      'test/lib/**/*.test.ts',
      'test/data/consistency.test.ts',
      'test/data/provenance.test.ts',
      'test/data/*.unit.test.ts',
      'test/schemas/**/*.test.ts',
      'test/charts/**/*.test.ts',
      'test/figures/figureData.test.ts',
      'test/figures/figureScale.test.ts',
      'test/figures/figureSlides.test.ts',
      'test/citation/citationMeta.test.ts',
      'test/citation/toCslItem.test.ts',
      'test/data-export/csvTables.test.ts',
      'test/data-export/jsonSchema.test.ts',
      'test/fuzz/fuzz.test.ts',
      'test/sof/summaryOfFindings.test.ts',
    ],
    // Generous: the dry run loads citation-js and the whole data set while the machine may be busy (a 30 s limit failed at load 21).
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
