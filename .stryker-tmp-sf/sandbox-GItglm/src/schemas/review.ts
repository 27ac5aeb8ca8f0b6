// @ts-nocheck
import { z } from 'zod';
import { Provenance, ReportedCount, ReportedNumber } from './provenance';
import { Measure } from './vocabulary';

const Reason = z.object({ label: z.string().min(1).max(120), count: ReportedCount }).strict();
const Exclusion = z.object({ total: ReportedCount, reasons: z.array(Reason).min(1) }).strict();

/** PRISMA flow counts exactly as the review's Figure 1 prints them. */
export const PrismaFlow = z
  .object({
    identified: ReportedCount,
    excludedAtScreening: Exclusion,
    /** Records kept after title/abstract screening ("Included (n = 128)"). */
    retainedAfterScreening: ReportedCount,
    excludedAtEligibility: Exclusion,
    included: ReportedCount,
  })
  .strict();
export type PrismaFlow = z.infer<typeof PrismaFlow>;

/** A count of studies with an optional printed percentage of the included studies. */
const StudyCount = z
  .object({
    label: z.string().min(1).max(200),
    count: ReportedCount,
    /** Percentage printed with the count, e.g. 79 for "30 studies (79%)". */
    percent: z.number().min(0).max(100).optional().describe('a percentage between 0 and 100'),
    /** Sub-counts, e.g. countries within Europe. */
    parts: z.array(z.object({ label: z.string().min(1).max(120), count: ReportedCount }).strict()).optional(),
  })
  .strict();

/** Facts about the systematic review as a whole. */
export const ReviewFacts = z
  .object({
    flow: PrismaFlow,
    patients: ReportedCount,
    designs: z.array(StudyCount).min(1),
    countries: z.array(StudyCount).min(1),
    /** How many included studies report each outcome or feature. */
    reporting: z.array(StudyCount).min(1),
    /** Reported ranges across studies, e.g. 5-year OS 41-100% after resection alone. */
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
      .min(1),
    /** Other stated facts (search databases, registration, number of comparative studies). */
    statements: z.array(z.object({ id: z.string().min(1).max(80), label: z.string().min(1).max(300), value: ReportedNumber.optional(), provenance: Provenance }).strict()),
  })
  .strict();
export type ReviewFacts = z.infer<typeof ReviewFacts>;
