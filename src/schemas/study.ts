import { z } from 'zod';
import { Citation } from './citation';
import { Group } from './group';
import { Comparison, Outcome } from './outcome';
import { Id, Provenance, ReportedCount } from './provenance';
import { Design, TopicSlug } from './vocabulary';

export const CuratedNote = z
  .object({
    kind: z.enum(['citation-mismatch', 'source-disagreement', 'reporting', 'possible-overlap']),
    overlapsWith: z.array(Id).default([]).describe('For a possible overlap: ids of the studies whose patients may be the same.'),
    reported: z.string().min(1).max(300).describe('What the source reports.'),
    found: z.string().min(1).max(300).describe('What the record or the other source says.'),
    text: z.string().min(1).max(800).describe('Explanation in our own words.'),
    provenance: Provenance.optional().describe('Where the reported side is printed.'),
  })
  .strict()
  .describe('A data-quality issue known from outside the sources (e.g. a citation that does not match its record).');
export type CuratedNote = z.infer<typeof CuratedNote>;

export const Study = z
  .object({
    /** Equals the file name without .json. */
    id: Id,
    label: z.string().min(1).max(80).describe('Short label for plots and tables, e.g. "Saxena 2012".'),
    yearAsPrinted: z.number().int().min(1900).max(2100).optional().describe('Year as printed by the citing source (may differ from the record: see notes).'),
    summary: z.string().min(1).max(800).describe('One line in our own words: who, what, where.'),
    design: Design,
    country: z.string().max(100).optional().describe('Where the study was done, when a source says.'),
    inReviewTable1: z.boolean().describe('True for the 10 comparative studies of Table 1 of the systematic review.'),
    totalPatients: ReportedCount.optional().describe('Total number of patients as printed.'),
    groups: z.array(Group).min(1),
    outcomes: z.array(Outcome),
    comparisons: z.array(Comparison).default([]),
    citation: Citation,
    questions: z.array(Id).default([]).describe('Clinical questions this study informs (question ids).'),
    topics: z.array(TopicSlug).default([]).describe('Topic pages this study belongs to.'),
    curatedNotes: z.array(CuratedNote).default([]),
  })
  .strict()
  .describe('A primary study or series for which a source reports numbers.');
export type Study = z.infer<typeof Study>;
export type StudyInput = z.input<typeof Study>;
