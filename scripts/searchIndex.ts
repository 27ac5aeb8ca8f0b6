/**
 * The search index, run after `astro build` (`npm run build`): `tsx scripts/searchIndex.ts [dist]`.
 * Pagefind's Node API instead of its CLI (issue 13): every page but the study pages is read from its HTML as
 * the CLI did (src/search/excludeSelectors.ts says what is left out), and each study page becomes one record
 * of the text a reader searches it for (src/search/studyRecord.ts): those the build left (src/search/recordsFile.ts),
 * else built from data/ under the working folder.
 * Reading 25,000 study pages of 29 KB each cost the CLI 92 s and 4.1 GiB at 1000x; with records, 36 s and 1.8 GiB
 * (BENCHMARKS.md, "Issue 13: search index").
 * Writes <dist>/pagefind and, past RECORDS_PER_INDEX studies, <dist>/pagefind-2, ... (src/search/searchBundles.ts;
 * `--records-per-index=N` overrides the size, for tests), each replaced whole. Exits 1 with one line per problem.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadEvidence } from '../src/data/loadEvidence';
import { formatProblem } from '../src/data/problem';
import { excludeSelectors } from '../src/search/excludeSelectors';
import { readSearchRecords } from '../src/search/recordsFile';
import { studySearchRecord, type SearchRecord } from '../src/search/studyRecord';
import { bundleFolder, INDEX_LANES, RECORDS_PER_INDEX, searchParts } from '../src/search/searchBundles';
import type { LaneAnswer, LaneMessage } from './searchIndexLane';

/** The site's one language (<html lang="en">): the HTML pages and the records must land in the same index. */
const LANGUAGE = 'en';

const fail = (lines: string[]): never => {
  for (const l of lines) console.error(`searchIndex: ${l}`);
  process.exit(1);
};

/**
 * Every HTML page of the site except study pages: each top-level folder but studies/ (and the index's own
 * folder and Astro's assets), the pages at the top, and the studies table's first page. The other table
 * pages (studies/page/N/) carry no data-pagefind-body and were never indexed; leaving them out of the glob
 * saves reading them.
 */
function htmlGlob(dist: string): string {
  const entries = readdirSync(dist, { withFileTypes: true });
  const parts = [
    ...entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => e.name),
    ...entries.filter((e) => e.isDirectory() && !['studies', 'pagefind', '_astro'].includes(e.name)).map((e) => `${e.name}/**/*.html`),
    'studies/index.html',
  ];
  return `{${parts.sort().join(',')}}`;
}

interface Lane {
  send(message: LaneMessage): void;
  /** The lane's answer to its last `records` message (or to an `open` that failed). */
  answer(): Promise<LaneAnswer>;
  stop(): Promise<number>;
}

/** A worker thread running scripts/searchIndexLane.ts (TypeScript, so it loads tsx as this script was). */
function startLane(): Lane {
  const worker = new Worker(new URL('./searchIndexLane.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  const answers: LaneAnswer[] = [];
  const waiting: ((a: LaneAnswer) => void)[] = [];
  const deliver = (a: LaneAnswer) => (waiting.length > 0 ? waiting.shift()!(a) : answers.push(a));
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ errors: [`search index lane stopped: ${error.message}`], pagesRead: 0 }));
  return {
    send: (message) => worker.postMessage(message),
    answer: () => (answers.length > 0 ? Promise.resolve(answers.shift()!) : new Promise((res) => waiting.push(res))),
    stop: () => worker.terminate(),
  };
}

/**
 * One search record per study: the ones the build of `dist` left (src/search/recordsFile.ts), else made from data/
 * (loaded and validated here; the evidence is not kept, only the records, about 1 KB a study). Either way checked
 * against the built study pages.
 */
function studyRecords(dist: string): { records: SearchRecord[]; from: string } {
  const left = readSearchRecords(process.cwd(), dist);
  const made = left ? undefined : loadEvidence(process.cwd());
  if (made && !made.ok) return fail(made.problems.map(formatProblem));
  const records = left ?? made!.evidence.studies.map((study) => studySearchRecord(study, made!.evidence));
  // A record for a page that was not built, or a built study page without a record, would be a search that
  // lies about the site: both stop the index.
  const ids = records.map((r) => r.url.slice('/studies/'.length, -1));
  const known = new Set(ids);
  const studyDirs = readdirSync(join(dist, 'studies'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name);
  const unbuilt = ids.filter((id) => !existsSync(join(dist, 'studies', id, 'index.html'))).map((id) => `data/studies/${id}.json: expected its page at studies/${id}/index.html, found none`);
  const unknown = studyDirs.filter((d) => !known.has(d)).map((d) => `${join(dist, 'studies', d)}: expected a study of data/studies/, found none named ${d}`);
  if (unbuilt.length + unknown.length > 0) fail([...unbuilt, ...unknown]);
  return { records, from: left ? 'left by the build' : 'made from data/' };
}

async function main(): Promise<void> {
  const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
  const started = process.hrtime.bigint();
  const phases: string[] = [];
  const lap = (name: string) => phases.push(`${name} ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  if (!existsSync(join(dist, 'index.html'))) fail([`${dist}: no built site (index.html missing); run astro build first`]);
  const perIndex = Number(process.argv.find((a) => a.startsWith('--records-per-index='))?.split('=')[1] ?? RECORDS_PER_INDEX);
  if (!(Number.isInteger(perIndex) && perIndex > 0)) fail([`--records-per-index: expected a positive whole number, found ${perIndex}`]);
  for (const e of readdirSync(dist, { withFileTypes: true })) if (e.isDirectory() && /^pagefind(-\d+)?$/.test(e.name)) rmSync(join(dist, e.name), { recursive: true, force: true });

  // The first index reads the HTML pages in its own Pagefind process while this thread loads data/ (both take
  // seconds at 1000x); it also holds the first part of the study records.
  const open: LaneMessage = { kind: 'open', excludeSelectors: [...excludeSelectors], language: LANGUAGE };
  // The study files are counted first, so that every lane starts its Pagefind process while this thread loads
  // data/ (each first index opened ahead; the first lane also reads the HTML pages meanwhile).
  const studyFiles = readdirSync(join(process.cwd(), 'data', 'studies')).filter((name) => name.endsWith('.json')).length;
  const lanes = Array.from({ length: Math.min(INDEX_LANES, searchParts(studyFiles, perIndex).count) }, startLane);
  lanes.forEach((lane, l) => lane.send(l === 0 ? { ...open, html: { path: dist, glob: htmlGlob(dist) } } : open));
  const { records, from } = studyRecords(dist);
  lap(`records ${from}`);

  // The parts go to the lanes in order, each lane taking the next part when it has written one (a new Pagefind
  // process per part, so the memory of one is freed before the next: src/search/searchBundles.ts).
  const parts = searchParts(records.length, perIndex);
  if (records.length !== studyFiles) fail([`data/studies: expected ${studyFiles} studies, one a file, found ${records.length}`]);
  let nextPart = 0;
  let pagesRead = 0;
  const problems: string[] = [];
  const peaks = lanes.map((): number | undefined => undefined);
  await Promise.all(
    lanes.map(async (lane, l) => {
      for (let part = nextPart++; part < parts.count && problems.length === 0; part = nextPart++) {
        if (part >= lanes.length) lane.send(open);
        lane.send({ kind: 'records', records: records.slice(part * parts.size, (part + 1) * parts.size), outputPath: join(dist, bundleFolder(part)) });
        const answer = await lane.answer();
        problems.push(...answer.errors);
        pagesRead += answer.pagesRead;
        if (answer.peakMiB !== undefined) peaks[l] = Math.max(peaks[l] ?? 0, answer.peakMiB);
        lap(`index ${part + 1} of ${parts.count} written (${Math.min(parts.size, records.length - part * parts.size)} records)`);
      }
    }),
  );
  await Promise.all(lanes.map((lane) => lane.stop()));
  if (problems.length > 0) fail(problems);
  // The lanes' processes run at the same time: their peaks summed (an upper bound of what they held together).
  const measured = peaks.filter((p): p is number => p !== undefined);
  const peak = measured.length > 0 ? measured.reduce((a, b) => a + b, 0) : undefined;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`searchIndex: ${pagesRead} pages read from HTML and ${records.length} study records indexed into ${parts.count} ${parts.count === 1 ? 'index' : 'indexes'} under ${dist} in ${seconds.toFixed(1)} s, ${lanes.length} at a time (${phases.join(', ')})${peak === undefined ? '' : `; Pagefind peak ${peak} MiB${lanes.length > 1 ? ' (the sum of its processes\' peaks)' : ''}`}`);
}

main().catch((error: unknown) => fail([error instanceof Error ? error.message : String(error)]));
