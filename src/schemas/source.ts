import { z } from 'zod';
import { Citation } from './citation';
import { SourceId, SourceKind } from './vocabulary';

export const Source = z
  .object({
    id: SourceId,
    shortName: z.string().min(1).max(80).describe('Short name for tables and footnotes, e.g. "Systematic review (HPB 2015)".'),
    kind: SourceKind,
    citation: Citation,
    contributes: z.string().min(1).max(1200).describe('What the document contributes to the evidence base, in our own words.'),
  })
  .strict()
  .describe('One of the five source documents.');
export type Source = z.infer<typeof Source>;
