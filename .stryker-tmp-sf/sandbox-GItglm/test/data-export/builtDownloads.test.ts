// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { builtSiteSuite } from '../search/builtSiteSuite';
import { schemaValidator } from './schemaValidator';

interface Manifest {
  files: Array<{ file: string; format: string; rows?: number; columns?: Array<{ name: string }> }>;
}

builtSiteSuite('the /data/ downloads written by the build', (dist) => {
  const dir = join(dist, 'data');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const csvs = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort();

  it('writes the four CSV tables and lists every download in the manifest', () => {
    expect(csvs).toEqual(['arms.csv', 'outcomes.csv', 'questions.csv', 'studies.csv']);
    for (const f of manifest.files) expect(readdirSync(dir)).toContain(f.file);
  });

  it.each(csvs)('%s parses with papaparse and holds the rows the manifest and /data/ page state', (name) => {
    const parsed = Papa.parse<string[]>(readFileSync(join(dir, name), 'utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    const entry = manifest.files.find((f) => f.file === name)!;
    expect(rows).toHaveLength(entry.rows!);
    expect(header).toEqual(entry.columns!.map((c) => c.name));
    for (const r of rows) expect(r).toHaveLength(header!.length);
    const page = parse(readFileSync(join(dir, 'index.html'), 'utf8'));
    const row = page.querySelectorAll('tr').find((tr) => tr.querySelector(`a[href$="/data/${name}"]`));
    // Cell by cell: compressed HTML has no whitespace between cells, so the row's text runs them together.
    expect(row?.querySelectorAll('td, th').map((c) => c.text.trim())).toContain(`${rows.length} rows`);
  });

  it('data/ as stored validates against the published JSON Schema (ajv, draft 2020-12)', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'nelm-evidence.schema.json'), 'utf8')) as Record<string, unknown>;
    const validator = schemaValidator(schema);
    const single: Record<string, string> = { 'data/meta.json': 'Meta', 'data/review.json': 'ReviewFacts', 'data/recommendations.json': 'Recommendations' };
    const folders: Record<string, string> = { 'data/sources': 'Source', 'data/studies': 'Study', 'data/questions': 'Question', 'data/topics': 'Topic' };
    const files = [
      ...Object.entries(single),
      ...Object.entries(folders).flatMap(([folder, def]) => readdirSync(folder).filter((n) => n.endsWith('.json')).map((n) => [`${folder}/${n}`, def] as [string, string])),
    ];
    expect(files.length).toBeGreaterThan(7);
    for (const [file, def] of files) {
      const validate = validator(`#/$defs/${def}`);
      expect(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const whole = validator('');
    expect(whole(JSON.parse(readFileSync(join(dir, 'nelm-evidence.json'), 'utf8'))), JSON.stringify(whole.errors)).toBe(true);
  });

  it('publishes a data dictionary generated from the schema', () => {
    const page = parse(readFileSync(join(dir, 'dictionary', 'index.html'), 'utf8'));
    const studyFields = page.querySelector('#def-study')?.parentNode?.querySelectorAll('tbody th code').map((c) => c.text);
    const schema = JSON.parse(readFileSync(join(dir, 'nelm-evidence.schema.json'), 'utf8')) as { $defs: { Study: { properties: object } } };
    expect(studyFields).toEqual(expect.arrayContaining(Object.keys(schema.$defs.Study.properties)));
  });
});
