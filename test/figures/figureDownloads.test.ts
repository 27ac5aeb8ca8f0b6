/**
 * After a build: each figure page exists with its downloads, and they parse (SVG well-formed, PNG signature and
 * size, CSV rows = JSON rows). Over the build under test (dist/, or TEST_DIST); without one it fails under CI=true
 * and skips with the reason elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { allFigures } from '../../src/figures/registry';
import { getEvidence } from '../../src/data/site';
import { builtSiteSuite } from '../search/builtSiteSuite';
import { EXPECTED_ROWS } from './expectedRows';

const figures = allFigures(getEvidence());

builtSiteSuite('figure pages and downloads in dist/', (dist) => {
  it('has the figure index linking every figure', () => {
    const html = readFileSync(join(dist, 'figures', 'index.html'), 'utf8');
    for (const f of figures) expect(html).toContain(`/figures/${f.slug}/`);
  });
  for (const f of figures) {
    const dir = join(dist, 'figures', f.slug);
    it(`${f.slug}: page has both chart layouts, the table and links to all five downloads`, () => {
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      // Both layouts, as images of the figure's embed files (each with its <title>).
      for (const layout of ['wide', 'narrow']) {
        expect(html).toContain(`/figures/${f.slug}/${f.slug}-embed-${layout}.svg"`);
        expect(readFileSync(join(dir, `${f.slug}-embed-${layout}.svg`), 'utf8')).toContain(`<title id="${f.slug}-${layout}-title">`);
      }
      expect(html).toMatch(/<table/);
      for (const suffix of ['.svg', '.png', '-slide.png', '.csv', '.json']) expect(html).toContain(`${f.slug}${suffix}"`);
    });
    it(`${f.slug}: SVG is well-formed with a title`, () => {
      const svg = readFileSync(join(dir, `${f.slug}.svg`), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      // Well-formed: every element closes in order.
      const stack: string[] = [];
      for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
        if (m[3]) continue;
        if (m[1]) expect(stack.pop()).toBe(m[2]);
        else stack.push(m[2]!);
      }
      expect(stack).toEqual([]);
      expect(svg).toMatch(/<title>[^<]+<\/title>/);
    });
    it(`${f.slug}: PNG at 2× (1600 px wide) and every 1920 × 1080 slide the page links`, async () => {
      const png = readFileSync(join(dir, `${f.slug}.png`));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect((await sharp(png).metadata()).width).toBe(1600);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const slides = [...new Set([...html.matchAll(new RegExp(`${f.slug}-slide(?:-\\d+)?\\.png`, 'g'))].map((m) => m[0]))];
      expect(slides[0]).toBe(`${f.slug}-slide.png`);
      for (const name of slides) {
        const slide = await sharp(readFileSync(join(dir, name))).metadata();
        expect([name, slide.format, slide.width, slide.height]).toEqual([name, 'png', 1920, 1080]);
      }
    });
    it(`${f.slug}: CSV and JSON hold the rows counted from the sources`, () => {
      const json = JSON.parse(readFileSync(join(dir, `${f.slug}.json`), 'utf8'));
      const csv = Papa.parse<Record<string, string>>(readFileSync(join(dir, `${f.slug}.csv`), 'utf8'), { header: true, skipEmptyLines: true });
      expect(csv.errors).toEqual([]);
      expect(csv.meta.fields).toEqual(f.table.columns.map((c) => c.key));
      expect(csv.data.length).toBe(EXPECTED_ROWS[f.slug]);
      expect(json.rows).toBe(EXPECTED_ROWS[f.slug]);
    });
  }
});
