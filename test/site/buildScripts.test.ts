/**
 * The build scripts and the benchmark build the site the same way: package.json's `build` and `build:base` give
 * `astro build` the Node options scripts/lib/astroBin.ts names (the bench passes them on node's command line), so
 * the memory BENCHMARKS.md reports is that of the build a reader runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASTRO_BUILD_NODE_OPTIONS } from '../../scripts/lib/astroBin';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('astro build runs with the same Node options everywhere', () => {
  it.each(['build', 'build:base'])('%s sets NODE_OPTIONS to them for astro build', (name) => {
    const step = scripts[name]!.split('&&')[0]!;
    expect(step).toMatch(/\bastro build\b/);
    expect(step).toContain(`NODE_OPTIONS=${ASTRO_BUILD_NODE_OPTIONS} `);
  });
});
