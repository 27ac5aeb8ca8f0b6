// @ts-nocheck
import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { Certainty } from './vocabulary';

/** A row of a GRADE Summary-of-Findings table, as the review judged it. */
export const SummaryOfFindingsRow = z
  .object({
    /** Outcome with its time point, e.g. "Overall survival at 5 years". */
    outcome: z.string().min(1).max(200),
    /** Studies contributing (ids); participants are summed from their groups. */
    studies: z.array(Id),
    certainty: Certainty,
    /** Plain-language comment in our own words, worded by certainty ("may", "very uncertain"). */
    comment: z.string().min(1).max(800),
    /** Footnotes: the review's stated reasons, quoted briefly. */
    footnotes: z.array(z.object({ text: z.string().min(1).max(600), provenance: Provenance.optional() }).strict()).default([]),
  })
  .strict();
export type SummaryOfFindingsRow = z.infer<typeof SummaryOfFindingsRow>;

/** One of the review's clinical questions, its answer and the certainty it assigns. */
export const Question = z
  .object({
    /** URL slug; equals the file name without .json. */
    id: Id,
    /** Order in the review. */
    number: z.number().int().positive(),
    /** Short title, e.g. "Curative (R0/R1) resection vs non-surgical treatment". */
    title: z.string().min(1).max(160),
    /** The question in plain words (our paraphrase). */
    question: z.string().min(1).max(600),
    pico: z
      .object({
        population: z.string().min(1).max(400),
        intervention: z.string().min(1).max(400),
        comparator: z.string().min(1).max(400),
        outcomes: z.array(z.string().min(1).max(100)).min(1),
      })
      .strict(),
    /** Where the review states the question. */
    questionProvenance: Provenance,
    answer: z
      .object({
        /** The review's answer in our own words. */
        summary: z.string().min(1).max(1200),
        /** The review's conclusion sentence, quoted briefly. */
        provenance: Provenance,
      })
      .strict(),
    certainty: z
      .object({
        level: Certainty,
        /** The grade exactly as printed, e.g. "GRADE level of evidence: nil". */
        printed: z.string().min(1).max(80),
        provenance: Provenance,
        /** Reasons the review gives (quoted briefly); no invented domain judgements. */
        reasons: z.array(z.object({ text: z.string().min(1).max(600), provenance: Provenance }).strict()),
      })
      .strict(),
    studies: z.array(Id).default([]),
    summaryOfFindings: z.array(SummaryOfFindingsRow).max(7),
  })
  .strict();
export type Question = z.infer<typeof Question>;
