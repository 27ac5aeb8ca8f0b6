/**
 * Two builds of the same sources (one project copy, so no concurrent edit can slip in), each followed by
 * the search index (scripts/searchIndex.ts); every file of the two dist trees hashed and compared.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../synthetic/copyProject';
import { timedRun } from './timedRun';
import { ASTRO_BUILD_NODE_OPTIONS, astroBin } from '../lib/astroBin';

export interface Reproducibility {
  files: number;
  identical: boolean;
  differing: string[];
  onlyInOne: string[];
  treeHash: string;
}

function hashes(dir: string, rel = '', out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) hashes(dir, r, out);
    else out.set(r, createHash('sha256').update(readFileSync(join(dir, r))).digest('hex'));
  }
  return out;
}

export function reproducibleBuild(projectRoot: string, timeoutMs: number): Reproducibility {
  const base = mkdtempSync(join(tmpdir(), 'bench-repro-'));
  try {
    const root = copyProject(projectRoot, base);
    const trees = ['dist-a', 'dist-b'].map((out) => {
      for (const [cmd, args] of [
        [[ASTRO_BUILD_NODE_OPTIONS, astroBin(root)], ['build', '--outDir', join(base, out)]],
        [[join(root, 'node_modules/tsx/dist/cli.mjs')], ['scripts/searchIndex.ts', join(base, out)]],
      ] as const) {
        const r = timedRun(process.execPath, [...cmd, ...args], root, timeoutMs);
        if (!r.ok) throw new Error(`build for the reproducibility check failed: ${r.error}`);
      }
      return hashes(join(base, out));
    });
    const [a, b] = trees as [Map<string, string>, Map<string, string>];
    const differing = [...a].filter(([f, h]) => b.has(f) && b.get(f) !== h).map(([f]) => f);
    const onlyInOne = [...[...a.keys()].filter((f) => !b.has(f)), ...[...b.keys()].filter((f) => !a.has(f))];
    const treeHash = createHash('sha256')
      .update([...a].sort(([x], [y]) => (x < y ? -1 : 1)).map(([f, h]) => `${h}  ${f}`).join('\n'))
      .digest('hex');
    return { files: a.size, identical: differing.length === 0 && onlyInOne.length === 0, differing, onlyInOne, treeHash };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
