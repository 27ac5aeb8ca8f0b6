/**
 * The search index refuses a site that does not match data/ (scripts/searchIndex.ts): a study without its built
 * page, or a built study page without a study, stops it with one line each naming the file, and leaves no index.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/environment';
import { builtSiteSuite } from './builtSiteSuite';

builtSiteSuite('the search index of a site that does not match data/', (dist) => {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the missing page and the unknown one, exits 1 and writes no index', () => {
    const site = join(dir, 'dist');
    cpSync(dist, site, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });
    rmSync(join(site, 'studies', 'karabulut-2011'), { recursive: true });
    mkdirSync(join(site, 'studies', 'not-a-study'));
    writeFileSync(join(site, 'studies', 'not-a-study', 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>Stray</h1></main></body></html>');
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/searchIndex.ts', site], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'searchIndex: data/studies/karabulut-2011.json: expected its page at studies/karabulut-2011/index.html, found none',
      `searchIndex: ${join(site, 'studies', 'not-a-study')}: expected a study of data/studies/, found none named not-a-study`,
    ]);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });
});
