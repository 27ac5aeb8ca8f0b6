import { z } from 'zod';

export const Meta = z
  .object({
    title: z.string().min(1).max(120),
    /** Newest evidence included: an ISO date, or year-month / year when the source gives no day. */
    evidenceCurrentTo: z
      .union([z.iso.date(), z.string().regex(/^\d{4}(-\d{2})?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')])
      .describe('Newest evidence included: YYYY, YYYY-MM or YYYY-MM-DD'),
    evidenceCurrentToBasis: z.string().min(1).max(400).describe('What the "evidence current to" date rests on, in our words.'),
    /** Date the evidence base was last compiled or corrected (ISO date). */
    compiledOn: z.iso.date().describe('ISO date YYYY-MM-DD'),
    dataLicence: z.string().min(1).max(80).describe('Licence of the data (code licence is in package.json).'),
  })
  .strict()
  .describe('Facts about the evidence base as a whole.');
export type Meta = z.infer<typeof Meta>;
