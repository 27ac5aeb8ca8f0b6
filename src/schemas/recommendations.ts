import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { TopicSlug } from './vocabulary';

const Item = z
  .object({
    /** Number or letter as printed ("1", "a"). */
    label: z.string().min(1).max(4),
    /** The item in our own words. */
    text: z.string().min(1).max(800),
    provenance: Provenance,
  })
  .strict();

/** Where a number in the key information comes from: a study outcome, a topic fact, a review range or a Summary-of-Findings range. */
export const ValuePointer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('outcome'), study: Id, outcome: Id }).strict(),
  z.object({ kind: z.literal('fact'), topic: TopicSlug, fact: Id }).strict(),
  z.object({ kind: z.literal('review-range'), index: z.number().int().nonnegative() }).strict(),
  /** The range of one kind of arm in a row of a question's Summary-of-Findings table (derived). */
  z.object({ kind: z.literal('sof-range'), question: Id, row: z.number().int().nonnegative(), arms: z.enum(['resection', 'comparator']) }).strict(),
]);
export type ValuePointer = z.infer<typeof ValuePointer>;

/** One line of key information in our own words; each "{v}" is replaced by the next value, and the text holds no digits of its own. */
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
  .refine((k) => (k.text.match(/\{v\}/g) ?? []).length === k.values.length, { message: 'one {v} placeholder per value' });

/** A MAGICapp-style key-information section; "notReported" where the sources are silent. */
const KeySection = z
  .object({
    id: z.enum(['benefits-harms', 'certainty', 'values-preferences', 'resources', 'equity-acceptability-feasibility']),
    heading: z.string().min(1).max(80),
    items: z.array(KeyItem).default([]),
    /** Said when the sources report nothing for this section. */
    notReported: z.string().min(1).max(300).optional(),
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
    /** Why: the review's reasoning, quoted briefly, in our own words around the quote. */
    rationale: z.array(Item).min(1),
    /** Key information by MAGICapp section. */
    keyInformation: z.array(KeySection).min(1),
    /** Questions whose evidence supports the recommendation (ids). */
    evidence: z.array(Id).min(1),
    criteria: z.array(Item).min(1),
    futureResearch: z.array(Item).min(1),
  })
  .strict();
export type Recommendations = z.infer<typeof Recommendations>;
