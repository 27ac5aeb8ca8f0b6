/**
 * The data dictionary (src/data/export/dataDictionary.ts) on a small hand-written JSON Schema, every keyword
 * it reads once, with the words written out by hand; and the download manifest on the real evidence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDownloads, dataDictionary, downloadManifest, EVIDENCE_FILE, SCHEMA_FILE, siteDownloads, downloadBody } from '../../src/data/export';
import { getEvidence } from '../../src/data/site';
import { PROJECT_ROOT } from '../helpers/tmpProject';

const schema = {
  description: 'Root doc',
  type: 'object',
  required: ['id', 'nested'],
  properties: {
    id: { type: 'string', description: 'Identifier', minLength: 1, maxLength: 80, pattern: '^[a-z]+$' },
    name: { type: 'string', minLength: 2 },
    short: { type: 'string', maxLength: 5 },
    n: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    p: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    upto: { type: 'number', maximum: 100 },
    kind: { type: 'string', enum: ['a', 'b'], default: 'a' },
    tags: { type: 'array', items: { type: 'string', enum: ['x', 'y'] }, minItems: 1 },
    when: { type: 'string', format: 'date' },
    study: { $ref: '#/$defs/Study' },
    either: { anyOf: [{ $ref: '#/$defs/Study' }, { type: 'null' }] },
    fixed: { const: 'v1' },
    multi: { type: ['string', 'number'] },
    anything: {},
    nested: { type: 'object', required: ['x'], properties: { x: { type: 'number' } } },
    rows: { type: 'array', items: { type: 'object', properties: { y: { type: 'string' } } } },
    alt: { anyOf: [{ type: 'object', properties: { z: { type: 'boolean' } } }, { type: 'string' }] },
    studies: { type: 'array', items: { $ref: '#/$defs/Study' }, maxItems: 3 },
  },
  $defs: { Study: { description: 'A study', type: 'object', properties: { id: { type: 'string' } } } },
};

const field = (path: string, type: string, constraints: string[] = [], more: { refs?: string[]; required?: boolean; description?: string } = {}) => ({
  path,
  type,
  refs: more.refs ?? [],
  required: more.required ?? false,
  constraints,
  description: more.description ?? '',
});

describe('dataDictionary', () => {
  it('has the document root first, then one entry per $def', () => {
    const [root, study, ...rest] = dataDictionary(schema);
    expect(rest).toEqual([]);
    expect(root!.name).toBe('Evidence document');
    expect(root!.description).toBe('Root doc');
    expect(study).toEqual({ name: 'Study', description: 'A study', fields: [field('id', 'string')] });
  });

  it('describes each field in words', () => {
    const [root] = dataDictionary(schema);
    expect(root!.fields).toEqual([
      field('id', 'string', ['pattern: ^[a-z]+$', '1 to 80 characters'], { required: true, description: 'Identifier' }),
      field('name', 'string', ['2 to ∞ characters']),
      field('short', 'string', ['0 to 5 characters']),
      field('n', 'integer', ['≥ 0']), // a maximum of MAX_SAFE_INTEGER is zod's "no limit"
      field('p', 'number', ['> 0 and < 1']),
      field('upto', 'number', ['≤ 100']),
      field('kind', 'string', ['one of: a, b', 'default: "a"']),
      field('tags', 'array of string', ['one of: x, y', '1 to ∞ items']),
      field('when', 'string', ['format: date']),
      field('study', 'Study', [], { refs: ['Study'] }),
      field('either', 'Study or null', [], { refs: ['Study'] }),
      field('fixed', '"v1"'),
      field('multi', 'string or number'),
      field('anything', 'any value'),
      field('nested', 'object', [], { required: true }),
      field('nested.x', 'number', [], { required: true }),
      field('rows', 'array of object'),
      field('rows[].y', 'string'),
      field('alt', 'object or string'),
      field('alt.z', 'boolean'),
      field('studies', 'array of Study', ['0 to 3 items'], { refs: ['Study'] }),
    ]);
  });

  it('copes with a schema without $defs, descriptions or properties', () => {
    expect(dataDictionary({})).toEqual([{ name: 'Evidence document', description: '', fields: [] }]);
  });
});

describe('downloadManifest on the real evidence', () => {
  const ev = getEvidence(PROJECT_ROOT);
  const downloads = buildDownloads(ev, { version: '9.9.9', schemaUrl: 'https://example.org/s.json' });
  // Called inside each test, so that mutation testing sees which test covers the manifest code.
  const readManifest = () => JSON.parse(downloadManifest(downloads, ev, '9.9.9'));
  // Expected header straight from data/meta.json, not from the evidence object.
  const meta = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/meta.json'), 'utf8'));

  it('names the site, version, currency and licence', () => {
    const manifest = readManifest();
    expect(manifest.title).toBe(meta.title);
    expect(manifest.version).toBe('9.9.9');
    expect(manifest.evidenceCurrentTo).toBe(meta.evidenceCurrentTo);
    expect(manifest.licence).toBe(meta.dataLicence);
  });

  it('lists every download: rows and columns for CSVs, records for the JSON, neither for the schema', () => {
    const manifest = readManifest();
    expect(manifest.files.map((f: { file: string }) => f.file)).toEqual(downloads.map((d) => d.file));
    const byName = new Map(manifest.files.map((f: { file: string }) => [f.file, f]));
    expect(Object.keys(byName.get(SCHEMA_FILE) as object).sort()).toEqual(['file', 'format', 'mediaType', 'title']);
    expect(byName.get(SCHEMA_FILE)).toEqual({ file: SCHEMA_FILE, title: 'JSON Schema (draft 2020-12)', format: 'JSON Schema', mediaType: 'application/schema+json' });
    const evidence = byName.get(EVIDENCE_FILE) as { records: Record<string, number>; rows?: number };
    expect(evidence.rows).toBeUndefined();
    expect(evidence.records.studies).toBe(ev.studies.length);
    const studies = byName.get('studies.csv') as { rows: number; columns: unknown[]; format: string };
    expect(studies.format).toBe('CSV');
    expect(studies.rows).toBe(ev.studies.length);
    expect(studies.columns.length).toBeGreaterThan(3);
    expect(Object.keys(studies).sort()).toEqual(['columns', 'file', 'format', 'mediaType', 'rows', 'title']);
    expect(Object.keys(evidence).sort()).toEqual(['file', 'format', 'mediaType', 'records', 'title']);
  });

  it('ends with a newline and is pretty-printed (two-space indent)', () => {
    const text = downloadManifest(downloads, ev, '9.9.9');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"title": /);
  });
});

describe('siteDownloads (the downloads of one build)', () => {
  it('computes the downloads once: the schema under the given URL, the evidence and manifest at the package version', () => {
    const version = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
    const url = 'https://example.org/nelm/data/nelm-evidence.schema.json';
    const first = siteDownloads(url);
    const body = (file: string) => JSON.parse(downloadBody(url, file));
    expect(body(SCHEMA_FILE).$id).toBe(url);
    expect(body(EVIDENCE_FILE).version).toBe(version);
    expect(JSON.parse(first.manifest).version).toBe(version);
    expect(JSON.parse(first.manifest).files.map((f: { file: string }) => f.file)).toContain('studies.csv');
    expect(siteDownloads('https://example.org/other.json')).toBe(first);
  });
  it('makes each body when asked (the dev server; a build writes them as it makes them): the same text every time, the size the page shows', () => {
    const url = 'https://example.org/nelm/data/nelm-evidence.schema.json';
    const { downloads, schema, written } = siteDownloads(url);
    expect(written).toBe(false); // not a build: nothing written
    for (const d of downloads) {
      const once = downloadBody(url, d.file);
      expect(downloadBody(url, d.file), d.file).toBe(once);
      expect(Buffer.byteLength(once, 'utf8'), d.file).toBe(d.bytes);
    }
    expect(JSON.parse(downloadBody(url, SCHEMA_FILE))).toEqual(schema);
    expect(() => downloadBody(url, 'nope.csv')).toThrow(/no download named "nope.csv"/);
  });
});

describe('buildDownloads (what /data/ offers)', () => {
  const count = (folder: string) => readdirSync(join(PROJECT_ROOT, 'data', folder)).filter((n) => n.endsWith('.json')).length;
  it('the evidence JSON, one CSV per table and the schema, each with its title, format and media type', () => {
    const downloads = buildDownloads(getEvidence(PROJECT_ROOT), { version: '9.9.9', schemaUrl: 'https://example.org/s.json' });
    const csv = 'text/csv; charset=utf-8; header=present';
    expect(downloads.map((d) => [d.file, d.title, d.format, d.mediaType])).toEqual([
      ['nelm-evidence.json', 'Whole evidence base (JSON)', 'JSON', 'application/json'],
      ['studies.csv', 'Studies (CSV)', 'CSV', csv],
      ['arms.csv', 'Arms and groups (CSV)', 'CSV', csv],
      ['outcomes.csv', 'Outcomes (CSV)', 'CSV', csv],
      ['questions.csv', 'Clinical questions (CSV)', 'CSV', csv],
      ['nelm-evidence.schema.json', 'JSON Schema (draft 2020-12)', 'JSON Schema', 'application/schema+json'],
    ]);
    const [evidence, studies, , , , schema] = downloads;
    const doc = JSON.parse(evidence!.body);
    expect(evidence!.records).toEqual({ sources: count('sources'), studies: count('studies'), questions: count('questions'), topics: count('topics'), dataQualityNotes: doc.dataQualityNotes.length });
    expect(evidence!.description).toMatch(/^Every source, study .* in one file\.$/);
    expect(evidence!.body.endsWith('}\n')).toBe(true);
    // A header line from the column names, then one line per study file.
    expect(studies!.body.split('\r\n')[0]).toMatch(/^study_id,label,year_as_printed,/);
    expect(studies!.rows).toBe(count('studies'));
    expect(studies!.description.length).toBeGreaterThan(20);
    expect(schema!.description).toContain('data/studies/ → Study, data/questions/ → Question');
    expect(JSON.parse(schema!.body).$id).toBe('https://example.org/s.json');
  });
});
