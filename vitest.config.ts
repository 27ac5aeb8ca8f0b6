import { defineConfig } from 'vitest/config';

// TZ and locale are pinned by the npm test script (TZ=UTC LC_ALL=C.UTF-8).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**', '.astro/**'],
    // Checks dist/ exists but never builds: CI runs `npm run build` before `npm test`.
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
