import { z } from 'zod';
import * as schemas from '../../schemas';

/** Data-quality notes as exported (mirrors DataQualityNote in src/data/consistency/note.ts). */
export const ExportedDataQualityNote = z
  .object({
    id: z.string().describe('Stable id, e.g. "arms-vs-total/saxena-2012"'),
    kind: z.string().describe('Which consistency check raised the note'),
    record: z.string().describe('The record the note belongs to: "study/<id>" or "review"'),
    file: z.string().describe('Data file of the reported value'),
    path: z.string().describe('JSON path of the reported value in that file'),
    reported: z.string().describe('What the source reports'),
    computed: z.string().describe('What the reported parts compute to'),
    message: z.string().describe('One sentence for readers'),
  })
  .strict();

/** The whole evidence base as one document (the /data/ JSON download). */
export const EvidenceDocument = z
  .object({
    version: z.string().describe('Version of the site and data (package.json)'),
    meta: schemas.Meta,
    sources: z.array(schemas.Source).describe('The five source documents (data/sources/)'),
    studies: z.array(schemas.Study).describe('Studies and series with their groups, outcomes and comparisons (data/studies/)'),
    questions: z.array(schemas.Question).describe("The systematic review's clinical questions (data/questions/)"),
    topics: z.array(schemas.Topic).describe('Clinical-context topics and their facts (data/topics/)'),
    review: schemas.ReviewFacts,
    recommendations: schemas.Recommendations,
    dataQualityNotes: z.array(ExportedDataQualityNote).describe('Inconsistencies found in what the sources report (computed, not stored in data/)'),
  })
  .strict();
export type EvidenceDocument = z.input<typeof EvidenceDocument>;

/** Which $defs hold the files of data/: a reuser validates data/<folder>/*.json against "#/$defs/<name>". */
export const dataFileDefinitions = {
  'data/meta.json': 'Meta',
  'data/review.json': 'ReviewFacts',
  'data/recommendations.json': 'Recommendations',
  'data/sources/': 'Source',
  'data/studies/': 'Study',
  'data/questions/': 'Question',
  'data/topics/': 'Topic',
} as const;

type JsonSchemaNode = { [key: string]: unknown };

/** Every exported zod object schema, by its export name (so $defs read "Study", "Outcome", not "__schema7"). */
function namedObjectSchemas(): Map<z.ZodType, string> {
  const named = new Map<z.ZodType, string>();
  for (const [name, value] of Object.entries(schemas)) if (value instanceof z.ZodObject) named.set(value, name);
  return named;
}

/**
 * JSON Schema (draft 2020-12) of the evidence document, generated from the zod schemas the build enforces,
 * as their input side (defaults optional). Refinements that JSON Schema cannot express (a CI containing its
 * estimate, ids that resolve) are checked by `npm run validate` only.
 */
export function evidenceJsonSchema(options: { id: string }): Record<string, unknown> {
  const named = namedObjectSchemas();
  // Keep the descriptions zod stores in its global registry (the schemas' .describe() texts), and add an id to each named schema.
  const metadata = {
    get: (schema: z.ZodType) => {
      const meta = z.globalRegistry.get(schema);
      const name = named.get(schema);
      return name ? { ...meta, id: name } : meta;
    },
  };
  const json = z.toJSONSchema(EvidenceDocument, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: metadata as unknown as typeof z.globalRegistry,
  }) as JsonSchemaNode;
  const { $schema, ...rest } = json;
  return {
    $schema,
    $id: options.id,
    title: 'NELM Evidence: the evidence base',
    description:
      'The whole evidence base as one JSON document. Each file of data/ validates against one of the $defs: ' +
      Object.entries(dataFileDefinitions)
        .map(([file, def]) => `${file} against #/$defs/${def}`)
        .join('; ') +
      '.',
    ...rest,
  };
}
