/**
 * The numbers printed inside the figure SVG files of dist/ (value labels "74 [69.1, 78.4]", weights, pooled
 * estimates) equal the data/ values their markers name, or what R gives for a derived number: the same check as
 * markedValues.test.ts, which covers HTML pages (and so the charts inlined in figure pages), for the standalone
 * and embedded SVG files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { siteUnderTest, suiteWhen } from '../helpers/environment';
import { checkMarker } from './checkMarker';
import { markersOf } from './siteMarkers';

const site = siteUnderTest();

suiteWhen('numbers in dist/figures/**/*.svg agree with data/ and R', [site], () => {
  const dir = join(site.dir, 'figures');
  const files = site.ok ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.svg')).map((f) => join(d.name, f))) : [];
  it('finds the SVG files of every figure', () => expect(files.length).toBeGreaterThanOrEqual(7 * 3));
  it.each(files)('%s', (file) => {
    const markers = markersOf(parse(readFileSync(join(dir, file), 'utf8')));
    const problems = markers.flatMap((m) => checkMarker(m).map((p) => `${m.refs}: ${p}`));
    if (problems.length > 0) expect.fail(`${problems.length} number(s) disagree:\n${problems.join('\n')}`);
  });
});
