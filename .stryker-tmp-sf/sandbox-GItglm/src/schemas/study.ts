// @ts-nocheck
import { z } from 'zod';
import { Citation } from './citation';
import { Group } from './group';
import { Comparison, Outcome } from './outcome';
import { Id, Provenance, ReportedCount } from './provenance';
import { Design, TopicSlug } from './vocabulary';

/** A data-quality issue known from outside the sources (e.g. a citation that does not match its record). */
export const CuratedNote = z
  .object({
    kind: z.enum(['citation-mismatch', 'source-disagreement', 'reporting']),
    /** What the source reports. */
    reported: z.string().min(1).max(300),
    /** What the record or the other source says. */
    found: z.string().min(1).max(300),
    /** Explanation in our own words. */
    text: z.string().min(1).max(800),
    /** Where the reported side is printed. */
    provenance: Provenance.optional(),
  })
  .strict();
export type CuratedNote = z.infer<typeof CuratedNote>;

/** A primary study or series for which a source reports numbers. */
export const Study = z
  .object({
    /** Equals the file name without .json. */
    id: Id,
    /** Short label for plots and tables, e.g. "Saxena 2012". */
    label: z.string().min(1).max(80),
    /** Year as printed by the citing source (may differ from the record: see notes). */
    yearAsPrinted: z.number().int().min(1900).max(2100).optional(),
    /** One line in our own words: who, what, where. */
    summary: z.string().min(1).max(800),
    design: Design,
    /** Where the study was done, when a source says. */
    country: z.string().max(100).optional(),
    /** True for the 10 comparative studies of Table 1 of the systematic review. */
    inReviewTable1: z.boolean(),
    /** Total number of patients as printed. */
    totalPatients: ReportedCount.optional(),
    groups: z.array(Group).min(1),
    outcomes: z.array(Outcome),
    comparisons: z.array(Comparison).default([]),
    citation: Citation,
    /** Clinical questions this study informs (question ids). */
    questions: z.array(Id).default([]),
    /** Topic pages this study belongs to. */
    topics: z.array(TopicSlug).default([]),
    curatedNotes: z.array(CuratedNote).default([]),
  })
  .strict();
export type Study = z.infer<typeof Study>;
export type StudyInput = z.input<typeof Study>;
