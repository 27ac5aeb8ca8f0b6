/**
 * Summary-of-Findings participants are counted per outcome and time point. Expected counts are transcribed from the
 * review's Table 1 and text (arm label and size as printed, each checked against seed 004 when present), never
 * taken from the code under test; a count that sums a wrong arm fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryOfFindings } from '../../src/data/derive';
import { loadEvidence } from '../../src/data/loadEvidence';
import { Question } from '../../src/schemas';
import { SEEDS } from '../helpers/tmpProject';
import { rawData } from './refs';

const loaded = loadEvidence(process.cwd());
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const ev = loaded.evidence;
const normalise = (s: string) => s.replace(/\u00AD/g, '').replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
const seed = (f: string) => (existsSync(join(SEEDS, f)) ? normalise(readFileSync(join(SEEDS, f), 'utf8')) : undefined);

/** Arms each row counts, as printed in seed 004 ("label (n)"); undefined = the review reports no number of patients. */
const EXPECTED: Record<string, Record<string, string[] | undefined>> = {
  'curative-resection': {
    'Overall survival at 5 years': [
      'Liver resection (339)', 'Intra-arterial therapy (414)', // Mayo
      'Liver resection ± ablation (23)', 'No liver resection (31)', // Landry
      'Liver resection ± ablation (19)', 'TACE ± resection (18)', 'Conservative (23)', // Touzios
      'Liver resection (16)', 'TACE (20)', // Yao
      'Liver resection (34)', 'Embolization (33)', // Chamberlain: conservative (18) reports 3-year OS only
      'Liver resection (15)', 'Conservative (23)', // Chen
    ],
    'Overall survival at 3 years': ['Liver resection ± RFA (13)', 'Embolization (18)', 'Conservative (17)', 'Conservative (18)'],
    'Median overall survival': ['Liver resection (10)', 'Radioembolization (15)', 'Systemic chemotherapy (14)', 'Conservative therapy (11)', 'Liver resection (29)', 'RFA (69)', 'Embolization (29)'],
    'Mean overall survival': ['Cytoreduction (61)', 'Embolization (59)'],
    'Progression-free survival (median)': ['Liver resection (10)', 'Radioembolization (15)', 'Systemic chemotherapy (14)', 'Conservative therapy (11)', 'Liver resection (29)', 'RFA (69)', 'Embolization (29)'],
    'Quality of life (ECOG performance status)': ['Cytoreduction (61)', 'Embolization (59)'],
  },
  'debulking-surgery': {
    // The R2 comparison: "23 had cytoreductive surgery (R2) and 59 were treated with TAE"; not the 38 curative resections.
    'Mean overall survival': ['23 had cytoreductive surgery (R2)', '59 were treated with TAE'],
    'Quality of life (ECOG performance status)': ['Cytoreduction (61)', 'Embolization (59)'],
  },
  'ablation-adjunct-to-debulking': { 'Progression-free survival, overall survival and quality of life': [] },
  'sequencing-primary-and-metastases': {
    'Overall survival after resection of the primary tumour first': undefined,
    'Mortality of combined (synchronous) resection of primary and liver metastases': ['a series of 36 patients'],
    'Outcomes of resecting the liver metastases before the primary tumour': [],
  },
};
const sizeOf = (printed: string) => Number(printed.match(/(\d+)/)![1]);

describe('SoF participants per outcome and time point', () => {
  const review = seed('004_3f1b4d3cd350fd36.txt');
  it.skipIf(!review)('every transcribed arm is printed in the review', () => {
    for (const rows of Object.values(EXPECTED)) for (const arms of Object.values(rows)) for (const a of arms ?? []) expect(review, a).toContain(a);
  });

  for (const [qid, rows] of Object.entries(EXPECTED)) {
    const q = ev.questions.find((x) => x.id === qid)!;
    const view = summaryOfFindings(q, ev.studies, ev.review);
    it(`${qid}: one row per expected outcome`, () => expect(view.map((r) => r.outcome)).toEqual(Object.keys(rows)));
    for (const row of view) {
      const arms = rows[row.outcome];
      it(`${qid}: ${row.outcome}`, () => {
        if (arms === undefined) {
          expect(row.participants).toBeUndefined();
          expect(row.studies.every((s) => s.uncounted)).toBe(true);
        } else if (arms.length === 0) {
          expect(row.studies).toEqual([]);
          expect(row.participants).toBeUndefined();
        } else {
          expect(row.participants).toBe(arms.map(sizeOf).reduce((a, b) => a + b, 0));
          expect(row.incomplete).toBe(false);
        }
      });
    }
  }

  it('a count that adds an arm without a value for the time point fails', () => {
    const raw = structuredClone(rawData('questions/curative-resection'));
    raw.summaryOfFindings[0].evidence.find((e: any) => e.study === 'chamberlain-2000').outcomes.push('conservative-os-3y');
    const wrong = summaryOfFindings(Question.parse(raw), ev.studies, ev.review)[0]!;
    const expected = EXPECTED['curative-resection']!['Overall survival at 5 years']!.map(sizeOf).reduce((a, b) => a + b, 0);
    expect(wrong.participants).not.toBe(expected);
  });

  it('every participant ref points at an n in data/ and their sum is the count (raw JSON)', async () => {
    const { dataValue } = await import('../values/dataValue');
    for (const q of ev.questions)
      for (const row of summaryOfFindings(q, ev.studies, ev.review))
        if (row.participants !== undefined) expect(row.participantRefs.map((r) => dataValue(r) as number).reduce((a, b) => a + b, 0)).toBe(row.participants);
  });

  it('ranges are the min and max of the values of their kind of arm (5-year OS, Table 1)', () => {
    const row = summaryOfFindings(ev.questions.find((x) => x.id === 'curative-resection')!, ev.studies, ev.review)[0]!;
    // Table 1, 5-year OS: resection arms 74, 75, 72, 70, 76, 73; comparators 30, 62, 50, 25, 40, 50, 29.
    expect(row.ranges.map((r) => [r.kind, r.low, r.high])).toEqual([['resection', 70, 76], ['comparator', 25, 62]]);
  });
});

describe('no SoF row carries a certainty the review did not give', () => {
  it.each(ev.questions.map((q) => q.id))('%s: rows in data/ have no certainty field', (id) => {
    const raw = rawData(`questions/${id}`);
    for (const row of raw.summaryOfFindings) expect(Object.keys(row)).not.toContain('certainty');
  });
});
