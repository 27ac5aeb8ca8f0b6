/**
 * Reads the value a marker names straight from the JSON files in data/ (plain JSON.parse, none of the site's
 * loaders), so a test's expectation comes from the data and never from the code that rendered the page.
 * Reference syntax (see docs/value-markers.md): `FILE#/key/key/...`, FILE under data/ without `.json`;
 * a key into an array names the element whose `id` equals it, else its index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/tmpProject';

const files = new Map<string, unknown>();

function dataFile(file: string): unknown {
  if (!files.has(file)) {
    const path = join(PROJECT_ROOT, 'data', `${file}.json`);
    if (!existsSync(path)) throw new Error(`no data file data/${file}.json`);
    files.set(file, JSON.parse(readFileSync(path, 'utf8')));
  }
  return files.get(file);
}

export type DataValue = number | string | boolean | null | object;

/** The value at `ref`, or an Error saying which key was not found. */
export function dataValue(ref: string): DataValue {
  const m = ref.match(/^([\w./-]+)#\/(.*)$/);
  if (!m) throw new Error(`malformed reference "${ref}" (expected FILE#/key/...)`);
  let at: unknown = dataFile(m[1]!);
  const walked: string[] = [];
  for (const key of m[2]!.split('/')) {
    if (Array.isArray(at)) {
      const byId = at.find((x) => x && typeof x === 'object' && (x as { id?: unknown }).id === key);
      at = byId ?? (/^\d+$/.test(key) ? at[Number(key)] : undefined);
    } else if (at && typeof at === 'object') {
      at = (at as Record<string, unknown>)[key];
    } else at = undefined;
    walked.push(key);
    if (at === undefined) throw new Error(`${ref}: nothing at /${walked.join('/')}`);
  }
  return at as DataValue;
}
