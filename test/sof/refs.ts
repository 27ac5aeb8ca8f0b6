/** data/ files read as raw JSON (no site loaders), for expectations independent of the code under test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/tmpProject';

const cache = new Map<string, unknown>();
export function rawData(file: string): any {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', `${file}.json`), 'utf8')));
  return cache.get(file);
}
