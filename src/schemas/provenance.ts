import { z } from 'zod';
import { SourceId } from './vocabulary';

/** Where a number comes from: the source file, a locator inside it, and the shortest verbatim quote containing it. */
export const Provenance = z
  .object({
    /** Source file name in shared/seeds/. */
    source: SourceId,
    /** Section, table or figure of the source, e.g. "Table 1" or "Results, paragraph 2". */
    locator: z.string().min(1).max(200).describe('Section, table or figure inside the source'),
    /** Shortest verbatim excerpt (after whitespace and hyphenation normalisation) that contains the number. */
    quote: z.string().min(1).max(400).describe('Shortest verbatim excerpt of the source containing the value'),
  })
  .strict()
  .describe('Source, locator and verbatim quote of a value');
export type Provenance = z.infer<typeof Provenance>;

export const ReportedNumber = z
  .object({
    value: z.number().finite().describe('The number as reported'),
    /** The number exactly as printed, when it differs from `value` (e.g. "84.2%"). */
    printed: z.string().max(100).optional().describe('The value exactly as printed'),
    provenance: Provenance,
  })
  .strict()
  .describe('A reported number with its provenance.');
export type ReportedNumber = z.infer<typeof ReportedNumber>;

export const ReportedCount = ReportedNumber.extend({
  value: z.number().int().nonnegative().describe('A count: integer, 0 or more'),
}).strict().describe('A reported count of patients or studies.');
export type ReportedCount = z.infer<typeof ReportedCount>;

/** A slug-like identifier. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
  .max(80)
  .describe('Identifier: lower-case words joined by hyphens');
