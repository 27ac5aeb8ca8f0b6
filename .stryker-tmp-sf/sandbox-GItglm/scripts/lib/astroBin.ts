// @ts-nocheck
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
