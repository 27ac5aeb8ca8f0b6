// @ts-nocheck
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../scripts/synthetic/copyProject';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { astroBin } from '../../scripts/lib/astroBin';

/** A project copy in a fresh temp folder, its data editable before `build`. */
export function projectCopy(): { base: string; root: string } {
  const base = mkdtempSync(join(tmpdir(), 'nelm-build-'));
  return { base, root: copyProject(PROJECT_ROOT, base) };
}

/** `astro build` of a project copy into `outDir`; throws with the build's output on failure. */
export function astroBuild(root: string, outDir: string): void {
  const r = spawnSync(process.execPath, [astroBin(root), 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`astro build failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-4000)}`);
}
