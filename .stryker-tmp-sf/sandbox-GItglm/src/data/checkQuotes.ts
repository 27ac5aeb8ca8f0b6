// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceIds } from '../schemas';
import { collectProvenance } from './collectProvenance';
import type { Evidence } from './evidence';
import type { Problem } from './problem';
import { quoteInSource, sourceReadings } from './quoteInSource';

/** Where the source documents live, relative to the project root. */
export const SEEDS_DIR = '../shared/seeds';

/** Check each provenance quote occurs verbatim in its source. Returns null when the seeds folder is absent. */
export function checkQuotes(root: string, ev: Evidence): Problem[] | null {
  const dir = join(root, SEEDS_DIR);
  if (!existsSync(dir)) return null;
  const readings = new Map(sourceIds.map((id) => [id, sourceReadings(readFileSync(join(dir, id), 'utf8'))]));
  return collectProvenance(ev)
    .filter(({ provenance }) => !quoteInSource(provenance.quote, readings.get(provenance.source) ?? []))
    .map(({ file, path, provenance }) => ({
      file,
      path: `${path}.quote`,
      expected: `a verbatim quote of ${provenance.source}`,
      found: `string ${JSON.stringify(provenance.quote.length > 80 ? provenance.quote.slice(0, 77) + '...' : provenance.quote)}, not in the source`,
    }));
}
