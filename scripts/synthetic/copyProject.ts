/**
 * The one project-copy helper (builds on other data, benchmarks, and the tests' throw-away copies of data/):
 * sources, config and data copied, node_modules linked (not copied), and ../shared linked beside the copy so
 * that code resolving ../shared/seeds from the project root sees the real sources.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Never copied: installed packages, build output (both builds), caches, reports, history. */
const SKIP = new Set(['node_modules', 'dist', 'dist-base', '.astro', '.git', 'bench-out', '.scratch', 'test-results']);

export interface CopyOptions {
  /** Copy only these top-level entries (e.g. ['data'] for a data-only copy) instead of the whole project. */
  only?: string[];
  /** Link node_modules into the copy (default true; a data-only copy needs none). */
  linkNodeModules?: boolean;
}

/** Copy `projectRoot` to `<base>/project` and return that path; `base` must be empty or absent. */
export function copyProject(projectRoot: string, base: string, options: CopyOptions = {}): string {
  const dest = join(base, 'project');
  mkdirSync(dest, { recursive: true });
  const names = options.only ?? readdirSync(projectRoot).filter((name) => !SKIP.has(name));
  for (const name of names) cpSync(join(projectRoot, name), join(dest, name), { recursive: true });
  if (options.linkNodeModules ?? true) symlinkSync(join(projectRoot, 'node_modules'), join(dest, 'node_modules'), 'dir');
  const shared = resolve(projectRoot, '../shared');
  if (existsSync(shared)) symlinkSync(shared, join(base, 'shared'), 'dir');
  return dest;
}
