import { z } from 'zod';
import { VerificationStatus } from './vocabulary';

export const CitedField = z
  .object({
    value: z.string().min(1).max(600).describe('The field as found'),
    status: VerificationStatus,
  })
  .strict()
  .describe('One bibliographic field with how far it was checked. Unknown fields are left out, never guessed.');
export type CitedField = z.infer<typeof CitedField>;

export const Citation = z
  .object({
    /** How the citing source prints it, e.g. "Yao et al., 2011". */
    asPrinted: z.string().max(200).optional().describe('The citation as the citing source prints it'),
    type: z.enum(['article-journal', 'paper-conference', 'review']).default('article-journal').describe('CSL item type'),
    title: CitedField.optional(),
    authors: CitedField.optional().describe('Authors as "Family Initials" separated by ", "; "et al." allowed at the end.'),
    journal: CitedField.optional(),
    year: CitedField.optional(),
    volume: CitedField.optional(),
    issue: CitedField.optional(),
    pages: CitedField.optional(),
    doi: CitedField.optional(),
    pmid: CitedField.optional(),
    pmcid: CitedField.optional(),
    /** Anything checked about the record that does not fit a field. */
    recordNote: z.string().max(600).optional().describe('What was checked about the record, in our words'),
  })
  .strict()
  .describe('Bibliographic record of a source or study; each field is present only if found, with its verification status.');
export type Citation = z.infer<typeof Citation>;
