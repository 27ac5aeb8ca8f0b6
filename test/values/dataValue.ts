/**
 * Reads the value a marker names straight from the JSON files in data/ (plain JSON.parse, none of the site's
 * loaders), so a test's expectation comes from the data and never from the code that rendered the page.
 * Reference syntax (see docs/value-markers.md): `FILE#/key/key/...`, FILE under data/ without `.json`;
 * a key into an array names the element whose `id` equals it, else its index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * A reference with wildcards, expanded to every address it matches: `*` as the file name matches every file of
 * that folder ("studies/*"), `*` as a key every element or member ("outcomes/*"). Used for counts
 * (`data-derived="count"`), e.g. "108 outcome values" = `studies/*#/outcomes/*`.
 */
export function expandRef(ref: string): string[] {
  // A trailing "=value" keeps only the addresses whose value is that JSON literal ("…/inReviewTable1=true").
  const [bare, literal] = ref.split('=') as [string, string | undefined];
  if (literal !== undefined) return expandRef(bare).filter((r) => JSON.stringify(dataValue(r)) === literal);
  const m = ref.match(/^([\w./*-]+)#\/(.*)$/);
  if (!m) throw new Error(`malformed reference "${ref}" (expected FILE#/key/...)`);
  const [file, pointer] = [m[1]!, m[2]!];
  const fileNames = file.endsWith('/*')
    ? readdirSync(join(PROJECT_ROOT, 'data', file.slice(0, -2)))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => `${file.slice(0, -1)}${f.slice(0, -5)}`)
    : [file];
  return fileNames.flatMap((f) => {
    let paths = [''];
    for (const key of pointer.split('/')) {
      paths = paths.flatMap((p) => {
        if (key !== '*') return [`${p}/${key}`];
        const at = dataValue(`${f}#${p || '/'}`.replace(/#\/$/, '#/'), true);
        if (Array.isArray(at)) return at.map((x, i) => `${p}/${x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : i}`);
        return at && typeof at === 'object' ? Object.keys(at).map((k) => `${p}/${k}`) : [];
      });
    }
    // Members without the rest of the path (an outcome with no time point) are not matches.
    return paths.map((p) => `${f}#${p}`).filter(hasDataValue);
  });
}

/** Whether `ref` names a value in data/ (a member without the rest of the path does not). */
export function hasDataValue(ref: string): boolean {
  try {
    dataValue(ref);
    return true;
  } catch {
    return false;
  }
}

/** The value at `ref`, or an Error saying which key was not found. */
export function dataValue(ref: string, allowRoot = false): DataValue {
  const m = ref.match(/^([\w./-]+)#\/(.*)$/);
  if (!m) throw new Error(`malformed reference "${ref}" (expected FILE#/key/...)`);
  let at: unknown = dataFile(m[1]!);
  if (allowRoot && m[2] === '') return at as DataValue;
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
