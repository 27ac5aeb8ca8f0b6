import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileDefinitions, evidenceDocument, evidenceJsonSchema } from '../../src/data/export';
import { getEvidence } from '../../src/data/site';
import { schemaValidator } from './schemaValidator';

const root = process.cwd();
const schema = evidenceJsonSchema({ id: 'https://example.org/nelm-evidence.schema.json' });
const validator = schemaValidator(schema);

/** Every data/ file as stored (raw JSON, no zod defaults), with the $def it must satisfy. */
function dataFiles(): Array<{ file: string; def: string; json: unknown }> {
  return Object.entries(dataFileDefinitions).flatMap(([path, def]) => {
    const files = path.endsWith('/')
      ? readdirSync(join(root, path)).filter((n) => n.endsWith('.json')).sort().map((n) => `${path}${n}`)
      : [path];
    return files.map((file) => ({ file, def, json: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown }));
  });
}

describe('the JSON Schema generated from the zod schemas (checked with ajv)', () => {
  it('is draft 2020-12 with named definitions, its URL as $id, and says which $def each data/ file satisfies', () => {
    // Built here, inside the test, so that mutation testing sees this test cover the generator.
    const own = evidenceJsonSchema({ id: 'https://example.org/own.schema.json' });
    expect(own.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(own.$id).toBe('https://example.org/own.schema.json');
    expect(own.title).toBe('NELM Evidence: the evidence base');
    const defs = Object.keys(own.$defs as object);
    for (const def of Object.values(dataFileDefinitions)) expect(defs).toContain(def);
    expect(own.description).toBe(
      'The whole evidence base as one JSON document. Each file of data/ validates against one of the $defs: data/meta.json against #/$defs/Meta; ' +
        'data/review.json against #/$defs/ReviewFacts; data/recommendations.json against #/$defs/Recommendations; data/sources/ against #/$defs/Source; ' +
        'data/studies/ against #/$defs/Study; data/questions/ against #/$defs/Question; data/topics/ against #/$defs/Topic.',
    );
    // Named after the exported zod schemas, never zod's generated "__schemaN".
    expect(defs.filter((d) => d.startsWith('__'))).toEqual([]);
    expect((own.properties as Record<string, { $ref?: string }>).studies).toEqual({ type: 'array', items: { $ref: '#/$defs/Study' }, description: expect.any(String) });
  });

  it.each(dataFiles())('$file validates against #/$defs/$def', ({ json, def }) => {
    const validate = validator(`#/$defs/${def}`);
    const ok = validate(json);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates the whole-evidence document', () => {
    const validate = validator('');
    expect(validate(JSON.parse(JSON.stringify(evidenceDocument(getEvidence(root), '0.0.0')))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what zod rejects: an unknown key, a value outside the vocabulary, a missing provenance', () => {
    const study = dataFiles().find((f) => f.def === 'Study')!.json as Record<string, unknown>;
    const validate = validator('#/$defs/Study');
    expect(validate({ ...study, extra: 1 })).toBe(false);
    expect(validate({ ...study, design: 'anecdote' })).toBe(false);
    const groups = study.groups as Array<Record<string, unknown>>;
    const { provenance: _dropped, ...groupWithoutProvenance } = groups[0]!;
    expect(validate({ ...study, groups: [groupWithoutProvenance, ...groups.slice(1)] })).toBe(false);
  });

  it('carries the .describe() texts of the zod schemas: definitions, fields, shared vocabularies, referenced definitions', () => {
    const defs = schema.$defs as Record<string, { description?: string; properties: Record<string, { description?: string; $ref?: string }> }>;
    // Texts as written in src/schemas/study.ts, vocabulary.ts and group.ts.
    expect(defs.Study!.description).toBe('A primary study or series for which a source reports numbers.');
    expect(defs.Study!.properties.label!.description).toBe('Short label for plots and tables, e.g. "Saxena 2012".');
    expect(defs.Study!.properties.design!.description).toBe('Study design as the source describes it');
    expect(defs.Group!.properties.provenance).toEqual({ $ref: '#/$defs/Provenance', description: 'Provenance of the label and n.' });
    expect(defs.Provenance!.properties.quote!.description).toBe('Shortest verbatim excerpt of the source containing the value');
  });
});
