// @ts-check
/**
 * Mutation testing (`npm run mutate`, not part of `npm test`): mutates the pure layers below the site
 * (src/lib, src/data, src/figures/derive, src/charts) and runs the unit tests of vitest.stryker.config.ts against each mutant.
 * One folder at a time: `npm run mutate -- --mutate 'src/lib/stats/**\/*.ts'`.
 * Reports: reports/mutation/mutation.html and mutation.json. Results and notable survivors: BENCHMARKS.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: [
    'src/lib/**/*.ts',
    'src/data/**/*.ts',
    'src/figures/derive/**/*.ts',
    'src/charts/**/*.ts',
    '!**/*.d.ts',
    // pure type declarations: nothing to mutate
    '!src/lib/stats/types.ts',
    '!src/figures/derive/types.ts',
    '!src/lib/citation/cslItem.ts',
    '!src/data/evidence.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Static mutants (module-level constants) would need every test re-run per mutant; they are listed as ignored.
  ignoreStatic: true,
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Re-runs only retest mutants whose code or covering tests changed (`npm run mutate -- --force` for all).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Sandboxes live in .stryker-tmp/sandbox-*/, so the sources' ../shared/seeds resolves to .stryker-tmp/shared,
  // which `npm run mutate` links to the real ../shared: the provenance checks then run on the real seeds.
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
