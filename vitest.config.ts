import { defineConfig } from 'vitest/config';

// TZ and locale are pinned by the npm test script (TZ=UTC LC_ALL=C.UTF-8).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'dist-base/**', 'node_modules/**', '.astro/**'],
    // Checks dist/ exists but never builds: `npm test` builds first (npm run build, build:base), then runs vitest.
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
