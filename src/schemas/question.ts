import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { Certainty } from './vocabulary';

/**
 * What one study contributes to a Summary-of-Findings row: the outcomes it reports for that outcome and time point,
 * or, where the source states the result without numbers, the groups it compares. Participants are the sum of the
 * n of these groups only, never of the study's other arms.
 */
export const SofEvidence = z
  .object({
    /** Study id. */
    study: Id,
    /** Ids of the study's outcomes that this row reports (same measure, statistic and time point). */
    outcomes: z.array(Id).default([]),
    /** Ids of groups compared when the source reports the result in words only (no outcome value). */
    groups: z.array(Id).default([]),
    /** What the count means when it is not the patients with a value, e.g. arm sizes where the number assessed is not reported. */
    note: z.string().min(1).max(300).optional(),
    /** Why the study's patients cannot be counted for this row (e.g. the analysed patients are not reported); none are then counted. */
    uncounted: z.string().min(1).max(300).optional(),
  })
  .strict();
export type SofEvidence = z.infer<typeof SofEvidence>;

/**
 * A row of a narrative Summary-of-Findings table (one outcome at one time point). It carries no certainty of its own:
 * the review graded each question once, so the question's grade is shown once for the whole table.
 */
export const SummaryOfFindingsRow = z
  .object({
    /** Outcome with its time point, e.g. "Overall survival at 5 years". */
    outcome: z.string().min(1).max(200),
    /** Studies contributing and what each contributes; empty when no study reports the outcome. */
    evidence: z.array(SofEvidence),
    /** Id of a review statement whose value is the number of studies the review says report this outcome, when it exceeds the studies in the data. */
    studyCountStatement: Id.optional(),
    /** The result in words (our own), for rows whose studies report no numbers. */
    result: z.string().min(1).max(600).optional(),
    /** Plain-language comment in our own words, worded by the question's certainty ("may" for low). */
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
    /** Plain-language summary in our own words, using GRADE wording for the question's certainty ("may" for low; "not known" for nil). */
    plainLanguage: z.string().min(1).max(800),
    summaryOfFindings: z.array(SummaryOfFindingsRow).max(7),
  })
  .strict();
export type Question = z.infer<typeof Question>;
