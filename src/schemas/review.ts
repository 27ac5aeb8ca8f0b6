import { z } from 'zod';
import { CuratedNote } from './study';
import { Provenance, ReportedCount, ReportedNumber } from './provenance';
import { Measure } from './vocabulary';

const Reason = z.object({ label: z.string().min(1).max(120), count: ReportedCount }).strict();
const Exclusion = z.object({ total: ReportedCount, reasons: z.array(Reason).min(1) }).strict();

export const PrismaFlow = z
  .object({
    identified: ReportedCount,
    excludedAtScreening: Exclusion,
    retainedAfterScreening: ReportedCount.describe('Records kept after title/abstract screening ("Included (n = 128)").'),
    excludedAtEligibility: Exclusion,
    included: ReportedCount,
  })
  .strict()
  .describe("PRISMA flow counts exactly as the review's Figure 1 prints them.");
export type PrismaFlow = z.infer<typeof PrismaFlow>;

const StudyCount = z
  .object({
    label: z.string().min(1).max(200),
    count: ReportedCount,
    /** Percentage printed with the count, e.g. 79 for "30 studies (79%)". */
    percent: z.number().min(0).max(100).optional().describe('a percentage between 0 and 100'),
    parts: z.array(z.object({ label: z.string().min(1).max(120), count: ReportedCount }).strict()).optional().describe('Sub-counts, e.g. countries within Europe.'),
  })
  .strict()
  .describe('A count of studies with an optional printed percentage of the included studies.');

export const ReviewFacts = z
  .object({
    flow: PrismaFlow,
    patients: ReportedCount,
    designs: z.array(StudyCount).min(1),
    countries: z.array(StudyCount).min(1),
    reporting: z.array(StudyCount).min(1).describe('How many included studies report each outcome or feature.'),
    ranges: z
      .array(
        z
          .object({
            measure: Measure,
            label: z.string().min(1).max(200),
            low: z.number().min(0).max(100),
            high: z.number().min(0).max(100),
            provenance: Provenance,
          })
          .strict()
          .refine((r) => r.low <= r.high, { message: 'a low value not above the high value' }),
      )
      .min(1)
      .describe('Reported ranges across studies, e.g. 5-year OS 41-100% after resection alone.'),
    statements: z.array(z.object({ id: z.string().min(1).max(80), label: z.string().min(1).max(300), value: ReportedNumber.optional(), provenance: Provenance }).strict()).describe('Other stated facts (search databases, registration, number of comparative studies).'),
    curatedNotes: z.array(CuratedNote).default([]).describe('Places where the review contradicts itself (abstract vs results, text vs table), kept as printed.'),
  })
  .strict()
  .describe('Facts about the systematic review as a whole.');
export type ReviewFacts = z.infer<typeof ReviewFacts>;
