/** backgroundWriter: every file written with its text (folders made), and a failed write fails the caller, not silently. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backgroundWriter } from '../../../src/lib/site/backgroundWriter';

const root = mkdtempSync(join(tmpdir(), 'nelm-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('backgroundWriter', () => {
  it('writes every file, more than its limit of them, each in its own new folder', async () => {
    const files = backgroundWriter(3);
    for (let i = 0; i < 20; i++) await files.write(join(root, 'a', `s-${i}`, 'index.html'), `page ${i} – é`);
    await files.done();
    for (let i = 0; i < 20; i++) expect(readFileSync(join(root, 'a', `s-${i}`, 'index.html'), 'utf8')).toBe(`page ${i} – é`);
  });
  it('a write that fails (its folder is a file) fails done()', async () => {
    writeFileSync(join(root, 'blocker'), '');
    const files = backgroundWriter(4);
    await files.write(join(root, 'blocker', 'x', 'index.html'), 'x');
    await expect(files.done()).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
  it('and the next write after it', async () => {
    const files = backgroundWriter(1); // at its limit, write() waits for the write before it to finish
    await files.write(join(root, 'blocker', 'y', 'index.html'), 'y');
    await expect(files.write(join(root, 'b', 'index.html'), 'b')).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
