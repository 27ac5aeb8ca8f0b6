// @ts-nocheck
import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { GroupRole, Treatment } from './vocabulary';

/** A treatment arm, subgroup, whole cohort or external comparator of a study. */
export const Group = z
  .object({
    /** Unique within its study. */
    id: Id,
    /** Label exactly as the source prints it, e.g. "Liver resection ± ablation". */
    label: z.string().min(1).max(200),
    role: GroupRole,
    treatment: Treatment.optional(),
    /** Number of patients, when reported. */
    n: z.number().int().nonnegative().optional().describe('Number of patients in the group: integer, 0 or more'),
    /** Provenance of the label and n. */
    provenance: Provenance,
    /** Extra description in our own words. */
    description: z.string().max(600).optional(),
  })
  .strict();
export type Group = z.infer<typeof Group>;
