/**
 * `astro build` checks data/ itself before it writes anything (src/integrations/validateData.ts; `npm run build` runs
 * no separate validation): on invalid data it must stop with the lines `npm run validate` prints (file, JSON path,
 * expected, found), without a stack trace and without leaving a partial site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBin } from '../../scripts/lib/astroBin';
import { projectCopy } from './buildCopy';

/** A limit for a machine under heavy load: the build stops within seconds when the check works. */
const BUILD_TIMEOUT = 900_000;

it('astro build on invalid data stops before writing anything, naming file, JSON path, expected and found', () => {
  const { base, root } = projectCopy();
  try {
    const file = join(root, 'data/studies/karabulut-2011.json');
    const study = JSON.parse(readFileSync(file, 'utf8'));
    study.groups[0].n = -3;
    writeFileSync(file, `${JSON.stringify(study, null, 2)}\n`);
    const out = join(base, 'out');
    const r = spawnSync(process.execPath, [astroBin(root), 'build', '--outDir', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/studies/karabulut-2011.json: $.groups[0].n: expected a number >= 0, found number -3');
    expect(r.stderr).toContain('build: 1 problem(s) in data/; nothing was built.');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}, BUILD_TIMEOUT);
