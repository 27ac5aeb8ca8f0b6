/**
 * Build wall time and peak memory for the real evidence base and seeded synthetic ones of `factor` times as
 * many studies, each in its own project copy: astro build (which validates data/ first) and the search index, as
 * `npm run build` runs them.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProject } from '../synthetic/generate';
import { pageKinds, type KindWeight } from './pageKinds';
import { pageSizes, pagesOf } from './pageSizes';
import { timedRun, type Timed } from './timedRun';
import { ASTRO_BUILD_NODE_OPTIONS, astroBin } from '../lib/astroBin';

/** The Pagefind binary's peak, as scripts/searchIndex.ts prints it (GNU time does not see that process). */
const SEARCH_INDEX_PEAK = /Pagefind peak (\d+) MiB/;

export interface ScaleRow {
  factor: number;
  studies: number;
  pages?: number;
  build: Timed;
  searchIndex?: Timed;
  /** Page weight per kind of page of this build. */
  kinds?: KindWeight[];
}

const countFiles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1), 0);

/** `onBuilt` runs on each finished build (dist/ of the copy) before the copy is removed, e.g. Lighthouse at one factor. */
export async function scaleBuilds(
  projectRoot: string,
  factors: number[],
  timeoutMs: number,
  log: (s: string) => void,
  onBuilt?: (factor: number, dist: string) => Promise<void>,
): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const factor of factors) {
    const base = mkdtempSync(join(tmpdir(), `bench-scale-${factor}x-`));
    try {
      const { root, studies } = generateProject(projectRoot, factor, base, 20260601);
      log(`scale ${factor}x: ${studies} studies, ${countFiles(join(root, 'data'))} data files`);
      const node = process.execPath;
      const build = timedRun(node, [ASTRO_BUILD_NODE_OPTIONS, astroBin(root), 'build'], root, timeoutMs);
      const row: ScaleRow = { factor, studies, build };
      if (build.ok) {
        row.pages = pagesOf(join(root, 'dist')).length;
        row.searchIndex = timedRun(node, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/searchIndex.ts', 'dist'], root, timeoutMs, SEARCH_INDEX_PEAK);
        log(`scale ${factor}x: page weights of ${row.pages} pages`);
        row.kinds = pageKinds(join(root, 'dist'), pageSizes(join(root, 'dist')));
        await onBuilt?.(factor, join(root, 'dist'));
      }
      log(`scale ${factor}x: build ${build.ok ? 'ok' : `FAILED (${build.error})`} in ${build.seconds.toFixed(1)} s, peak ${build.peakMiB ?? '?'} MiB`);
      rows.push(row);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }
  return rows;
}
