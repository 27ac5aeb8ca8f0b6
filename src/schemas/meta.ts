import { z } from 'zod';

/** Facts about the evidence base as a whole. */
export const Meta = z
  .object({
    title: z.string().min(1).max(120),
    /** Date of the newest evidence searched or added (ISO date). */
    evidenceCurrentTo: z.iso.date().describe('ISO date YYYY-MM-DD'),
    /** Licence of the data (code licence is in package.json). */
    dataLicence: z.string().min(1).max(80),
  })
  .strict();
export type Meta = z.infer<typeof Meta>;
