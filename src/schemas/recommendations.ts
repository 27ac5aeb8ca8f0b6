import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { TopicSlug } from './vocabulary';

const Item = z
  .object({
    label: z.string().min(1).max(4).describe('Number or letter as printed ("1", "a").'),
    text: z.string().min(1).max(800).describe('The item in our own words.'),
    provenance: Provenance,
  })
  .strict();

export const ValuePointer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('outcome'), study: Id, outcome: Id }).strict(),
  z.object({ kind: z.literal('fact'), topic: TopicSlug, fact: Id }).strict(),
  z.object({ kind: z.literal('review-range'), index: z.number().int().nonnegative() }).strict(),
  /** The range of one kind of arm in a row of a question's Summary-of-Findings table (derived). */
  z.object({ kind: z.literal('sof-range'), question: Id, row: z.number().int().nonnegative(), arms: z.enum(['resection', 'comparator']) }).strict(),
]).describe('Where a number in the key information comes from: a study outcome, a topic fact, a review range or a Summary-of-Findings range.');
export type ValuePointer = z.infer<typeof ValuePointer>;

const KeyItem = z
  .object({
    text: z
      .string()
      .min(1)
      .max(400)
      .refine((t) => !/\d/.test(t.replace(/\b\d+-year\b|\b(Table|Question|criterion) \d+\b/g, '')), { message: 'text without numbers of its own (numbers come from values; labels such as "5-year" or "Table 1" allowed)' }),
    values: z.array(ValuePointer).default([]),
  })
  .strict()
  .refine((k) => (k.text.match(/\{v\}/g) ?? []).length === k.values.length, { message: 'one {v} placeholder per value' })
  .describe('One line of key information in our own words; each "{v}" is replaced by the next value, and the text holds no digits of its own.');

const KeySection = z
  .object({
    id: z.enum(['benefits-harms', 'certainty', 'values-preferences', 'resources', 'equity-acceptability-feasibility']),
    heading: z.string().min(1).max(80),
    items: z.array(KeyItem).default([]),
    notReported: z.string().min(1).max(300).optional().describe('Said when the sources report nothing for this section.'),
  })
  .strict()
  .describe('A MAGICapp-style key-information section; "notReported" where the sources are silent.');

export const Recommendations = z
  .object({
    statement: z.string().min(1).max(800).describe('The recommendation in our own words.'),
    statementProvenance: Provenance,
    level: z
      .object({ value: z.enum(['high', 'moderate', 'low', 'very-low']), printed: z.string().min(1).max(80), provenance: Provenance })
      .strict(),
    rationale: z.array(Item).min(1).describe("Why: the review's reasoning, quoted briefly, in our own words around the quote."),
    keyInformation: z.array(KeySection).min(1).describe('Key information by MAGICapp section.'),
    evidence: z.array(Id).min(1).describe('Questions whose evidence supports the recommendation (ids).'),
    criteria: z.array(Item).min(1),
    futureResearch: z.array(Item).min(1),
  })
  .strict()
  .describe("The review's recommendation, its criteria, level and future-research items.");
export type Recommendations = z.infer<typeof Recommendations>;
