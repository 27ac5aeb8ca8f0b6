import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { Measure, Statistic, Unit } from './vocabulary';

export const Interval = z
  .object({
    lower: z.number().finite(),
    upper: z.number().finite(),
    level: z.number().gt(0).lt(1).default(0.95).describe('Confidence level, 0.95 for a 95% CI.'),
  })
  .strict()
  .refine((ci) => ci.lower <= ci.upper, { message: 'a lower bound not above the upper bound' });

export const Range = z
  .object({ lower: z.number().finite(), upper: z.number().finite() })
  .strict()
  .refine((r) => r.lower <= r.upper, { message: 'a lower bound not above the upper bound' })
  .describe('A reported minimum-maximum range (no confidence level).');

export const Timepoint = z
  .object({ value: z.number().positive(), unit: z.enum(['months', 'years']) })
  .strict()
  .describe('Time point of a landmark statistic, e.g. 5 years');

export const Outcome = z
  .object({
    /** Unique within its study. */
    id: Id,
    /** The group (arm, subgroup, cohort) the number belongs to. */
    group: Id.describe('id of a group of the same study'),
    measure: Measure,
    statistic: Statistic,
    timepoint: Timepoint.optional().describe('Required for landmark statistics.'),
    /** The value, or "not reached" for a median that was not reached. */
    value: z.union([z.number().finite(), z.literal('not reached')]).describe('number, or "not reached"'),
    unit: Unit,
    printed: z.string().min(1).max(120).describe('Value exactly as printed, e.g. "NR", "74%", "43 (mean OS)".'),
    /** Denominator (patients) when it differs from the group's n or the group has none. */
    n: z.number().int().nonnegative().optional().describe('Denominator: integer, 0 or more'),
    /** Numerator when the source prints a count with the percentage. */
    count: z.number().int().nonnegative().optional().describe('Numerator: integer, 0 or more'),
    range: Range.optional().describe('Reported range (minimum, maximum)'),
    ci: Interval.optional().describe('Reported confidence interval'),
    qualifier: z.enum(['up to', 'approximately', 'more than', 'less than', 'at least']).optional().describe('Qualifier printed with the number, e.g. "up to", "approximately".'),
    provenance: Provenance,
    comment: z.string().max(600).optional().describe('Anything a reader must know to interpret the value, in our own words.'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.statistic === 'landmark' && !o.timepoint)
      ctx.addIssue({ code: 'custom', path: ['timepoint'], message: 'a timepoint (required for a landmark statistic)', input: o.timepoint });
    if (o.unit === 'percent' && typeof o.value === 'number' && (o.value < 0 || o.value > 100))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage between 0 and 100', input: o.value });
    if (o.value === 'not reached' && o.statistic !== 'median')
      ctx.addIssue({ code: 'custom', path: ['value'], message: '"not reached" only for a median', input: o.value });
    if (o.ci && typeof o.value === 'number' && (o.value < o.ci.lower || o.value > o.ci.upper))
      ctx.addIssue({
        code: 'custom',
        path: ['ci'],
        message: `a confidence interval containing the estimate ${o.value}`,
        input: `[${o.ci.lower}, ${o.ci.upper}]`,
      });
    if (o.count !== undefined && o.n !== undefined && o.count > o.n)
      ctx.addIssue({ code: 'custom', path: ['count'], message: `a count not above its denominator ${o.n}`, input: o.count });
  }).describe('One reported result of one group.');
export type Outcome = z.infer<typeof Outcome>;

export const Comparison = z
  .object({
    id: Id,
    outcomes: z.array(Id).default([]).describe('The outcomes compared (same study); one when the source names the other side only in words.'),
    groups: z.array(Id).default([]).describe('The groups compared, when the source prints a p-value but no value for either group.'),
    description: z.string().min(1).max(400).describe('What is compared, in our own words.'),
    p: z
      .object({
        operator: z.enum(['=', '<', '>', '<=']),
        value: z.number().min(0).max(1).describe('p-value between 0 and 1'),
        printed: z.string().min(1).max(40),
      })
      .strict()
      .optional(),
    reportedDifference: z.object({ value: z.number().finite(), printed: z.string().min(1).max(40) }).strict().optional().describe("A difference the source quotes between the two outcomes, in the outcomes' unit (percentage points for %)."),
    provenance: Provenance,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.outcomes.length + c.groups.length === 0)
      ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'at least one outcome or group compared', input: c.outcomes });
  }).describe('A comparison the source reports between outcomes: its p-value and/or the difference it quotes.');
export type Comparison = z.infer<typeof Comparison>;
