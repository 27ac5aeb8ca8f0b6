// @ts-nocheck
import { z } from 'zod';
import { Citation } from './citation';
import { SourceId, SourceKind } from './vocabulary';

/** One of the five source documents. */
export const Source = z
  .object({
    id: SourceId,
    /** Short name for tables and footnotes, e.g. "Systematic review (HPB 2015)". */
    shortName: z.string().min(1).max(80),
    kind: SourceKind,
    citation: Citation,
    /** What the document contributes to the evidence base, in our own words. */
    contributes: z.string().min(1).max(1200),
  })
  .strict();
export type Source = z.infer<typeof Source>;
