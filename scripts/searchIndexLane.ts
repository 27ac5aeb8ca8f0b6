/**
 * One lane of scripts/searchIndex.ts: a worker thread with a Pagefind process of its own (the Node API keeps one
 * process per module instance, and a worker thread has its own). Two lanes index two parts of the study records at
 * once, one core each; one Pagefind process works through one request at a time (BENCHMARKS.md, issue 13).
 *
 * Messages: `open` starts an index (and reads the site's HTML pages into it, for the first part) while the main
 * thread is still building the records; `records` adds them, writes the index and closes its Pagefind process.
 * Each answer carries the problems Pagefind reported, the pages it read and its peak resident memory.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/search/studyRecord';

export type LaneMessage =
  | { kind: 'open'; excludeSelectors: string[]; language: string; html?: { path: string; glob: string } }
  | { kind: 'records'; records: SearchRecord[]; outputPath: string };
export interface LaneAnswer {
  errors: string[];
  pagesRead: number;
  /** Peak resident memory of this lane's Pagefind process, in MiB, where Linux's /proc says it. */
  peakMiB?: number;
}

/** Records sent to Pagefind ahead of its answers: it works through them as they arrive, and the pipe stays short. */
const IN_FLIGHT = 256;

/**
 * The Pagefind process this thread started: /proc/thread-self/children lists the children of the calling thread,
 * and the Node API spawns its process from the thread that first calls it (this one).
 */
function pagefindPeakMiB(): number | undefined {
  try {
    const children = readFileSync('/proc/thread-self/children', 'utf8').trim().split(/\s+/).filter(Boolean);
    const peaks = children.map((pid) => readFileSync(`/proc/${pid}/status`, 'utf8')).filter((st) => /^Name:\s*pagefind/m.test(st)).map((st) => Number(/^VmHWM:\s*(\d+) kB/m.exec(st)?.[1] ?? 0));
    return peaks.length > 0 ? Math.round(Math.max(...peaks) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

let open: { index: pagefind.PagefindIndex; language: string; html: Promise<{ errors: string[]; page_count: number }> | undefined } | undefined;

async function handle(message: LaneMessage): Promise<LaneAnswer | undefined> {
  if (message.kind === 'open') {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: message.excludeSelectors, forceLanguage: message.language });
    if (!index) return { errors, pagesRead: 0 };
    open = { index, language: message.language, html: message.html && index.addDirectory(message.html) };
    return undefined;
  }
  if (!open) return { errors: ['records sent before an index was opened'], pagesRead: 0 };
  const { index, language, html } = open;
  open = undefined;
  const errors: string[] = [];
  let next = 0;
  const sender = async () => {
    while (next < message.records.length) {
      const r = message.records[next++]!;
      errors.push(...(await index.addCustomRecord({ url: r.url, content: r.content, language, meta: { title: r.title } })).errors);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
  const read = html ? await html : { errors: [], page_count: 0 };
  errors.push(...read.errors);
  if (errors.length === 0) errors.push(...(await index.writeFiles({ outputPath: message.outputPath })).errors);
  const peakMiB = pagefindPeakMiB();
  await pagefind.close();
  return { errors, pagesRead: read.page_count, peakMiB };
}

// One message at a time, in order: `records` must find the index its `open` is still creating.
let queue: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (message: LaneMessage) => {
  queue = queue.then(() => handle(message)).then(
    (answer) => answer && parentPort!.postMessage(answer),
    (error: unknown) => parentPort!.postMessage({ errors: [error instanceof Error ? error.message : String(error)], pagesRead: 0 } satisfies LaneAnswer),
  );
});
