import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { GroupRole, Treatment } from './vocabulary';

export const Group = z
  .object({
    /** Unique within its study. */
    id: Id,
    label: z.string().min(1).max(200).describe('Label exactly as the source prints it, e.g. "Liver resection ± ablation".'),
    role: GroupRole,
    treatment: Treatment.optional(),
    /** Number of patients, when reported. */
    n: z.number().int().nonnegative().optional().describe('Number of patients in the group: integer, 0 or more'),
    provenance: Provenance.describe('Provenance of the label and n.'),
    description: z.string().max(600).optional().describe('Extra description in our own words.'),
  })
  .strict()
  .describe('A treatment arm, subgroup, whole cohort or external comparator of a study.');
export type Group = z.infer<typeof Group>;
