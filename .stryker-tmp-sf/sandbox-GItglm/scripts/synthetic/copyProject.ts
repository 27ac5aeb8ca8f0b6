/**
 * A throw-away copy of the project for builds on other data: sources, config and data copied, node_modules
 * linked (not copied), and ../shared/seeds linked beside it so provenance checks see the real sources.
 */
// @ts-nocheck

import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Never copied: installed packages, build output, caches, history. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-out', '.scratch']);

/** Copy `projectRoot` to `<base>/project` and return that path; `base` must be empty or absent. */
export function copyProject(projectRoot: string, base: string): string {
  const dest = join(base, 'project');
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (SKIP.has(name)) continue;
    cpSync(join(projectRoot, name), join(dest, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dest, 'node_modules'), 'dir');
  const shared = resolve(projectRoot, '../shared');
  if (existsSync(shared)) symlinkSync(shared, join(base, 'shared'), 'dir');
  return dest;
}
