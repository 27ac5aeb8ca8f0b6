// @ts-nocheck
import { z } from 'zod';
import { Provenance } from './provenance';

const Item = z
  .object({
    /** Number or letter as printed ("1", "a"). */
    label: z.string().min(1).max(4),
    /** The item in our own words. */
    text: z.string().min(1).max(800),
    provenance: Provenance,
  })
  .strict();

/** The review's recommendation, its criteria, level and future-research items. */
export const Recommendations = z
  .object({
    /** The recommendation in our own words. */
    statement: z.string().min(1).max(800),
    statementProvenance: Provenance,
    level: z
      .object({ value: z.enum(['high', 'moderate', 'low', 'very-low']), printed: z.string().min(1).max(80), provenance: Provenance })
      .strict(),
    criteria: z.array(Item).min(1),
    futureResearch: z.array(Item).min(1),
  })
  .strict();
export type Recommendations = z.infer<typeof Recommendations>;
