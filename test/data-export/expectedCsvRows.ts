/**
 * Rows each CSV table of /data/ must hold, counted from data/ as stored (raw JSON files, no loader, no zod
 * defaults), so that neither the builders nor the manifest they write is the expectation of itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/environment';

export function expectedCsvRows(root = PROJECT_ROOT): Record<string, number> {
  const studies = readdirSync(join(root, 'data/studies'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(root, 'data/studies', n), 'utf8')) as { groups: unknown[]; outcomes: unknown[] });
  return {
    'studies.csv': studies.length,
    'arms.csv': studies.reduce((s, x) => s + x.groups.length, 0),
    'outcomes.csv': studies.reduce((s, x) => s + x.outcomes.length, 0),
    'questions.csv': readdirSync(join(root, 'data/questions')).filter((n) => n.endsWith('.json')).length,
  };
}
