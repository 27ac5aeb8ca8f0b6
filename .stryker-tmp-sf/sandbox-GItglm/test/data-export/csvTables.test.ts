// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDownloads, toCsv } from '../../src/data/export';
import { getEvidence } from '../../src/data/site';

const root = process.cwd();
const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true });

describe('toCsv', () => {
  it('round-trips commas, quotes, line breaks and empty cells through papaparse', () => {
    const rows = [
      ['a,b', 'say "74%"', 'two\nlines'],
      [1.5, undefined, true],
    ];
    const parsed = parse(toCsv(['x', 'y', 'z'], rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['x', 'y', 'z'],
      ['a,b', 'say "74%"', 'two\nlines'],
      ['1.5', '', 'true'],
    ]);
  });
});

describe('CSV tables of the evidence base', () => {
  const downloads = buildDownloads(getEvidence(root), { version: '0.0.0', schemaUrl: 'https://example.org/s.json' });
  const csv = (file: string) => downloads.find((d) => d.file === file)!;
  // Expected counts straight from the stored files, not from the builders.
  const studies = readdirSync(join(root, 'data/studies'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(root, 'data/studies', n), 'utf8')) as { id: string; groups: unknown[]; outcomes: unknown[] });
  const questionFiles = readdirSync(join(root, 'data/questions')).filter((n) => n.endsWith('.json'));
  const expected: Record<string, number> = {
    'studies.csv': studies.length,
    'arms.csv': studies.reduce((s, x) => s + x.groups.length, 0),
    'outcomes.csv': studies.reduce((s, x) => s + x.outcomes.length, 0),
    'questions.csv': questionFiles.length,
  };

  it.each(Object.entries(expected))('%s parses and holds the %i rows it declares', (file, rows) => {
    const d = csv(file);
    const parsed = parse(d.body);
    expect(parsed.errors).toEqual([]);
    const [header, ...data] = parsed.data;
    expect(header).toEqual(d.columns!.map((c) => c.name));
    expect(data).toHaveLength(rows);
    expect(d.rows).toBe(rows);
    for (const r of data) expect(r).toHaveLength(header!.length);
  });

  it('keys every arm and outcome row to a study row', () => {
    const ids = new Set(parse(csv('studies.csv').body).data.slice(1).map((r) => r[0]));
    for (const file of ['arms.csv', 'outcomes.csv']) for (const r of parse(csv(file).body).data.slice(1)) expect(ids.has(r[0])).toBe(true);
  });

  it('gives every outcome its provenance', () => {
    const [header, ...rows] = parse(csv('outcomes.csv').body).data;
    const quote = header!.indexOf('quote');
    expect(quote).toBeGreaterThan(0);
    for (const r of rows) expect(r[quote]!.length).toBeGreaterThan(0);
  });
});
