/**
 * How many data-table rows (= CSV rows = the JSON's `rows`) each figure has, counted by hand from the source
 * documents or from the stored files, never from the figure code: a figure's `rows` compared with the table it
 * was computed from would only compare the code with itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/environment';

const rdReference = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/fixtures/charts/rd-reference.json'), 'utf8')) as { inputs: { labels: string[] } };

export const EXPECTED_ROWS: Record<string, number> = {
  // One row per clinical question: the files of data/questions.
  'certainty-overview': readdirSync(join(PROJECT_ROOT, 'data/questions')).filter((n) => n.endsWith('.json')).length,
  // Table 1 of the review (seed 004), arms with a 3- or 5-year OS percentage: Mayo 2, Yao 2, Landry 2, Musunuru 3,
  // Touzios 3, Chamberlain 3, Chen 2 (Saxena, Karabulut and Osborne print medians or means only).
  'five-year-os-by-arm': 2 + 2 + 2 + 3 + 3 + 3 + 2,
  // Every median or mean OS the sources print, by study: Saxena 4, Karabulut 3, Osborne 4 (mean), Sarmiento 1,
  // the 172-patient series 1, laparoscopic RFA 1, the 339-patient series 1, PSD abstract 5, resection vs IAT 2,
  // RFA series of 34 1 (mean), single-centre series of 34 6 (whole sample, R0/R1, R2, three age bands).
  'median-survival': 4 + 3 + 4 + 1 + 1 + 1 + 1 + 5 + 2 + 1 + 6,
  // The studies of the R reference (test/fixtures/charts/rd-reference.json), plus the pooled row.
  'pooled-five-year-os-resection': 6 + 1,
  // PRISMA Figure 1 of the review (seed 004): identified, excluded at screening and its 4 reasons, retained,
  // excluded at eligibility and its 3 reasons, included.
  'prisma-flow': 1 + 1 + 4 + 1 + 1 + 3 + 1,
  // The pooled comparisons of the R reference, Touzios's second comparator (shown, not pooled), the pooled row.
  'resection-vs-comparator-rd': rdReference.inputs.labels.length + 1 + 1,
  // 5- and 10-year OS outside Table 1: 5-year Sarmiento 1, 172-patient series 1, French registry 2, 339-patient
  // series 2; 10-year 339-patient series 1, Xiang 3.
  'survival-landmarks': 1 + 1 + 2 + 2 + 1 + 3,
};
