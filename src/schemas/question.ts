import { z } from 'zod';
import { Id, Provenance } from './provenance';
import { Certainty } from './vocabulary';

export const SofEvidence = z
  .object({
    /** Study id. */
    study: Id,
    outcomes: z.array(Id).default([]).describe("Ids of the study's outcomes that this row reports (same measure, statistic and time point)."),
    groups: z.array(Id).default([]).describe('Ids of groups compared when the source reports the result in words only (no outcome value).'),
    note: z.string().min(1).max(300).optional().describe('What the count means when it is not the patients with a value, e.g. arm sizes where the number assessed is not reported.'),
    uncounted: z.string().min(1).max(300).optional().describe("Why the study's patients cannot be counted for this row (e.g. the analysed patients are not reported); none are then counted."),
  })
  .strict()
  .describe("What one study contributes to a Summary-of-Findings row: the outcomes it reports for that outcome and time point, or, where the source states the result without numbers, the groups it compares. Participants are the sum of the n of these groups only, never of the study's other arms.");
export type SofEvidence = z.infer<typeof SofEvidence>;

export const SummaryOfFindingsRow = z
  .object({
    outcome: z.string().min(1).max(200).describe('Outcome with its time point, e.g. "Overall survival at 5 years".'),
    evidence: z.array(SofEvidence).describe('Studies contributing and what each contributes; empty when no study reports the outcome.'),
    /** Id of a review statement whose value is the number of studies the review says report this outcome, when it exceeds the studies in the data. */
    studyCountStatement: Id.optional(),
    result: z.string().min(1).max(600).optional().describe('The result in words (our own), for rows whose studies report no numbers.'),
    comment: z.string().min(1).max(800).describe("Plain-language comment in our own words, worded by the question's certainty (\"may\" for low)."),
    footnotes: z.array(z.object({ text: z.string().min(1).max(600), provenance: Provenance.optional() }).strict()).default([]).describe("Footnotes: the review's stated reasons, quoted briefly."),
  })
  .strict()
  .describe("A row of a narrative Summary-of-Findings table (one outcome at one time point). It carries no certainty of its own: the review graded each question once, so the question's grade is shown once for the whole table.");
export type SummaryOfFindingsRow = z.infer<typeof SummaryOfFindingsRow>;

export const Question = z
  .object({
    /** URL slug; equals the file name without .json. */
    id: Id,
    number: z.number().int().positive().describe('Order in the review.'),
    title: z.string().min(1).max(160).describe('Short title, e.g. "Curative (R0/R1) resection vs non-surgical treatment".'),
    question: z.string().min(1).max(600).describe('The question in plain words (our paraphrase).'),
    pico: z
      .object({
        population: z.string().min(1).max(400),
        intervention: z.string().min(1).max(400),
        comparator: z.string().min(1).max(400),
        outcomes: z.array(z.string().min(1).max(100)).min(1),
      })
      .strict(),
    questionProvenance: Provenance.describe('Where the review states the question.'),
    answer: z
      .object({
        summary: z.string().min(1).max(1200).describe("The review's answer in our own words."),
        provenance: Provenance.describe("The review's conclusion sentence, quoted briefly."),
      })
      .strict(),
    certainty: z
      .object({
        level: Certainty,
        printed: z.string().min(1).max(80).describe('The grade exactly as printed, e.g. "GRADE level of evidence: nil".'),
        provenance: Provenance,
        reasons: z.array(z.object({ text: z.string().min(1).max(600), provenance: Provenance }).strict()).describe('Reasons the review gives (quoted briefly); no invented domain judgements.'),
      })
      .strict(),
    studies: z.array(Id).default([]),
    plainLanguage: z.string().min(1).max(800).describe("Plain-language summary in our own words, using GRADE wording for the question's certainty (\"may\" for low; \"not known\" for nil)."),
    summaryOfFindings: z.array(SummaryOfFindingsRow).max(7),
  })
  .strict()
  .describe("One of the review's clinical questions, its answer and the certainty it assigns.");
export type Question = z.infer<typeof Question>;
