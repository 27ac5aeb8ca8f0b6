import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// TZ and locale are pinned by the npm test script (TZ=UTC LC_ALL=C.UTF-8).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'dist-base/**', 'node_modules/**', '.astro/**'],
    // Checks what the suite needs and starts the shared Chromium and static server, but never builds: `npm test`
    // builds first (npm run build, build:base), then runs vitest.
    globalSetup: ['test/globalSetup.ts'],
    // In CI also write a JSON report, from which .ci/run prints a plain "N passed, N failed, N skipped" line.
    reporters: process.env.CI === 'true' ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    // One worker per core (vitest's own default is one fewer: a single worker on a 2-core machine, so the files
    // ran one after another while the browser suite mostly waited on Chromium's processes).
    maxWorkers: availableParallelism(),
    // Workers are reused across files instead of one new process per file (about 1.3 s each, 40 files). No test
    // file changes shared state: modules are read-only caches of data/ and dist/ (site/dist.ts, src/data/site).
    isolate: false,
    // Unit tests: fixed limits. Browser tests and the escaping test's build set their own (see browserSuite.ts).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
