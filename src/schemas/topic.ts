import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { TopicSlug } from './vocabulary';

export const ContextFact = z
  .object({
    id: Id,
    label: z.string().min(1).max(200).describe('What the number is, in our own words, e.g. "Minimum future liver remnant, normal liver".'),
    value: z.union([
      z.number().finite(),
      z.object({ low: z.number().finite(), high: z.number().finite() }).strict().refine((r) => r.low <= r.high, { message: 'a low value not above the high value' }),
    ]).describe('A single value or a range.'),
    unit: z.enum(['none', 'percent', 'cm', 'degrees-celsius', 'per-100000', 'years', 'months', 'patients', 'studies', 'mg', 'weeks']).describe('"none" when the source prints the number without a unit (e.g. a platelet count).'),
    qualifier: z.enum(['up to', 'approximately', 'more than', 'less than', 'at least', 'nearly', 'about']).optional(),
    printed: z.string().min(1).max(120),
    provenance: Provenance,
  })
  .strict()
  .superRefine((f, ctx) => {
    const vals = typeof f.value === 'number' ? [f.value] : [f.value.low, f.value.high];
    if (f.unit === 'percent' && vals.some((v) => v < 0 || v > 100))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage between 0 and 100', input: f.value });
  }).describe('A number of clinical context (not a study outcome): a limit, threshold, sensitivity, frequency.');
export type ContextFact = z.infer<typeof ContextFact>;

export const Topic = z
  .object({
    id: TopicSlug,
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(600).describe('One-sentence summary in our own words.'),
    facts: z.array(ContextFact),
  })
  .strict()
  .describe('A clinical-context topic page: its facts and the studies it draws on.');
export type Topic = z.infer<typeof Topic>;
