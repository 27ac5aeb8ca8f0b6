import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Path of the installed Astro CLI of a project (its package.json `bin`), so that builds of project copies
 * run `node <cli> build` without npx and survive Astro moving the file between majors (astro.js -> bin/astro.mjs).
 */
export function astroBin(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['astro'];
  if (!bin) throw new Error(`node_modules/astro/package.json names no "astro" bin`);
  return join(root, 'node_modules/astro', bin);
}

/**
 * Node options of every `astro build` (package.json's build scripts set the same; test/build/buildScripts.test.ts
 * checks): V8's young generation capped at 32 MB semi-spaces instead of Node 24's 64 MB. At the 1000x base this
 * lowered the build's peak resident memory by about 100 MiB (median 2,049 MiB of eight builds, 2,006 to 2,075; with
 * the cap median 1,947 MiB of twenty, 1,816 to 1,997) for about 0.6 s more of scavenges over the build (issue 13).
 */
export const ASTRO_BUILD_NODE_OPTIONS = '--max-semi-space-size=32';
