/**
 * The search index, run after `astro build` (`npm run build`): `tsx scripts/searchIndex.ts [dist]`.
 * Pagefind's Node API instead of its CLI (issue 13): every page but the study pages is read from its HTML as
 * the CLI did (src/search/excludeSelectors.ts says what is left out), and each study page becomes one record
 * of the text a reader searches it for (src/search/studyRecord.ts), built from data/ under the working folder.
 * Reading 25,000 study pages of 29 KB each cost the CLI 92 s and 4.1 GiB at 1000x; with records, 36 s and 1.8 GiB
 * (BENCHMARKS.md, "Issue 13: search index").
 * Writes <dist>/pagefind and, past RECORDS_PER_INDEX studies, <dist>/pagefind-2, ... (src/search/searchBundles.ts;
 * `--records-per-index=N` overrides the size, for tests), each replaced whole. Exits 1 with one line per problem.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { loadEvidence } from '../src/data/loadEvidence';
import { formatProblem } from '../src/data/problem';
import { excludeSelectors } from '../src/search/excludeSelectors';
import { studySearchRecord } from '../src/search/studyRecord';
import { bundleFolder, RECORDS_PER_INDEX, searchParts } from '../src/search/searchBundles';

/** The site's one language (<html lang="en">): the HTML pages and the records must land in the same index. */
const LANGUAGE = 'en';
/** Records sent to Pagefind ahead of its answers. */
const IN_FLIGHT = 256;

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

/**
 * Peak resident memory of the Pagefind binary this process started, in MiB, where Linux's /proc says it.
 * The Node API detaches the binary, so GNU time around this script never sees it: the bench reads this line
 * (the largest over the indexes, which are built one after another).
 */
function pagefindPeakMiB(): number | undefined {
  try {
    const children = readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim().split(/\s+/);
    const peaks = children.map((pid) => readFileSync(`/proc/${pid}/status`, 'utf8')).filter((st) => /^Name:\s*pagefind/m.test(st)).map((st) => Number(/^VmHWM:\s*(\d+) kB/m.exec(st)?.[1] ?? 0));
    return peaks.length > 0 ? Math.round(Math.max(...peaks) / 1024) : undefined;
  } catch {
    return undefined;
  }
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
  const newIndex = async () => {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...excludeSelectors], forceLanguage: LANGUAGE });
    return index ?? fail(errors);
  };
  // The first index reads the HTML pages in Pagefind's process while this one loads data/ (both take seconds at 1000x).
  const first = await newIndex();
  const htmlRead = first.addDirectory({ path: dist, glob: htmlGlob(dist) });
  const loaded = loadEvidence(process.cwd());
  if (!loaded.ok) return fail(loaded.problems.map(formatProblem));
  const ev = loaded.evidence;
  lap('evidence loaded');

  // A record for a page that was not built, or a built study page without a record, would be a search that
  // lies about the site: both stop the index.
  const studyDirs = readdirSync(join(dist, 'studies'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name);
  const ids = new Set(ev.studies.map((s) => s.id));
  const unbuilt = ev.studies.filter((s) => !existsSync(join(dist, 'studies', s.id, 'index.html'))).map((s) => `data/studies/${s.id}.json: expected its page at studies/${s.id}/index.html, found none`);
  const unknown = studyDirs.filter((d) => !ids.has(d)).map((d) => `${join(dist, 'studies', d)}: expected a study of data/studies/, found none named ${d}`);
  if (unbuilt.length + unknown.length > 0) fail([...unbuilt, ...unknown]);

  // One index after another, each in its own Pagefind process, so the memory of one is freed before the next
  // (src/search/searchBundles.ts); the first also reads every page that is not a study page from its HTML.
  const parts = searchParts(ev.studies.length, perIndex);
  let pagesRead = 0;
  let peak: number | undefined;
  for (let part = 0; part < parts.count; part++) {
    const index = part === 0 ? first : await newIndex();
    if (part === 0) {
      const html = await htmlRead;
      if (html.errors.length > 0) fail(html.errors);
      pagesRead = html.page_count;
      lap('HTML pages read');
    }
    // A window of records in flight: Pagefind works through them as they arrive, without waiting on this process
    // for each, and the messages waiting in the pipe stay few.
    const studies = ev.studies.slice(part * parts.size, (part + 1) * parts.size);
    const problems: string[] = [];
    let next = 0;
    const sender = async () => {
      while (next < studies.length) {
        const r = studySearchRecord(studies[next++]!, ev);
        problems.push(...(await index.addCustomRecord({ url: r.url, content: r.content, language: LANGUAGE, meta: { title: r.title } })).errors);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
    if (problems.length > 0) fail(problems);
    const written = await index.writeFiles({ outputPath: join(dist, bundleFolder(part)) });
    if (written.errors.length > 0) fail(written.errors);
    const partPeak = pagefindPeakMiB();
    if (partPeak !== undefined) peak = Math.max(peak ?? 0, partPeak);
    await pagefind.close();
    lap(`index ${part + 1} of ${parts.count} written (${studies.length} records)`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`searchIndex: ${pagesRead} pages read from HTML and ${ev.studies.length} study records indexed into ${parts.count} ${parts.count === 1 ? 'index' : 'indexes'} under ${dist} in ${seconds.toFixed(1)} s (${phases.join(', ')})${peak === undefined ? '' : `; Pagefind peak ${peak} MiB`}`);
}

main().catch((error: unknown) => fail([error instanceof Error ? error.message : String(error)]));
