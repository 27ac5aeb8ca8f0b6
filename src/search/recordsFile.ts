/**
 * The study search records a build leaves for the search index (issue 13). `astro build` has the validated
 * evidence in memory; the index step (scripts/searchIndex.ts) loading and validating data/ again to make the same
 * records cost it 5 s and 600 MB at 1000x. So the build writes them to a file outside the site, named after the
 * folder it built, with a fingerprint of data/ as it found it when it started; the index uses the file only for
 * that folder and only while data/ still has that fingerprint, and otherwise builds the records from data/.
 * Format: one JSON line of the header, then one JSON line per record, in the order of data/'s studies.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SearchRecord } from './studyRecord';

interface Header {
  /** The folder the build wrote, absolute. */
  outDir: string;
  dataFingerprint: string;
  records: number;
}

/**
 * data/ as names, sizes and modification times of its files (what make and incremental compilers trust): any file
 * added, removed, rewritten or touched changes it. 25,000 files are stat'ed in well under a second.
 */
export function dataFingerprint(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else {
        const st = statSync(path);
        hash.update(`${relative(root, path)}\u0000${st.size}\u0000${st.mtimeMs}\n`);
      }
    }
  };
  walk(join(root, 'data'));
  return hash.digest('hex');
}

/** Where the records of a build into `outDir` are kept: under node_modules/.astro, Astro's own cache folder. */
export function searchRecordsFile(root: string, outDir: string): string {
  const name = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.astro', 'nelm-search-records', `${name}.ndjson`);
}

/** Writes the records of a build into `outDir` (replacing the file whole, so a reader never sees half of it). */
export function writeSearchRecords(root: string, outDir: string, fingerprint: string, records: readonly SearchRecord[]): void {
  const file = searchRecordsFile(root, outDir);
  mkdirSync(join(file, '..'), { recursive: true });
  const header: Header = { outDir: resolve(outDir), dataFingerprint: fingerprint, records: records.length };
  writeFileSync(`${file}.tmp`, [header, ...records].map((line) => `${JSON.stringify(line)}\n`).join(''));
  renameSync(`${file}.tmp`, file);
}

/**
 * The records the build into `outDir` left, if it left them and data/ is still as it found it; else undefined
 * (no file, another folder, data/ changed since, or a file cut short).
 */
export function readSearchRecords(root: string, outDir: string): SearchRecord[] | undefined {
  const file = searchRecordsFile(root, outDir);
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  try {
    const header = JSON.parse(lines[0] ?? 'null') as Header | null;
    if (!header || header.outDir !== resolve(outDir) || header.records !== lines.length - 1) return undefined;
    if (header.dataFingerprint !== dataFingerprint(root)) return undefined;
    return lines.slice(1).map((line) => JSON.parse(line) as SearchRecord);
  } catch {
    return undefined; // not a file this module wrote whole: the records are built from data/ instead
  }
}
