/** `npm run validate` as a curator runs it: exit code and the lines it prints, on the real data and on a broken copy. */
// @ts-nocheck

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_ROOT, SEEDS } from '../helpers/tmpProject';

const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(PROJECT_ROOT, 'scripts/validate.ts');

/** Run scripts/validate.ts with `cwd` as the project root (the script validates process.cwd()). */
function validate(cwd: string) {
  const r = spawnSync(TSX, [SCRIPT], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run validate', () => {
  const copy = copyProject();
  afterAll(() => copy.cleanup());

  it('exits 0 on the real data and says it is valid', () => {
    const r = validate(PROJECT_ROOT);
    expect(r.stderr).not.toMatch(/data\/.*: \$/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^validate: data\/ is valid: /m);
  });

  it('exits non-zero on a bad copy, naming the file and the JSON path', () => {
    copy.editJson('data/studies/karabulut-2011.json', (s) => (s.groups[0].n = -3));
    const r = validate(copy.root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/studies/karabulut-2011.json: $.groups[0].n: expected a number >= 0, found number -3');
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  });

  it.runIf(existsSync(SEEDS))('exits non-zero when a quote is not in its source', () => {
    const c = copyProject();
    try {
      c.editJson('data/studies/saxena-2012.json', (s) => (s.groups[0].provenance.quote = 'Liver resection (100)'));
      const r = validate(c.root);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        'data/studies/saxena-2012.json: $.groups[0].provenance.quote: expected a verbatim quote of 004_3f1b4d3cd350fd36.txt, found string "Liver resection (100)", not in the source',
      );
    } finally {
      c.cleanup();
    }
  });
});
