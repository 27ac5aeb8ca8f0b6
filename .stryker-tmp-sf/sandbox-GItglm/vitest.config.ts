// @ts-nocheck
import { defineConfig } from 'vitest/config';

// TZ and locale are pinned by the npm test script (TZ=UTC LC_ALL=C.UTF-8).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'dist-base/**', 'node_modules/**', '.astro/**'],
    // Checks dist/ exists but never builds: `npm test` builds first (npm run build, build:base), then runs vitest.
    globalSetup: ['test/globalSetup.ts'],
    // In CI also write a JSON report, from which .ci/run prints a plain "N passed, N failed, N skipped" line.
    reporters: process.env.CI === 'true' ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
