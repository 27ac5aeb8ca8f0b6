/**
 * Vancouver and APA references formatted on a second thread while the build renders other pages. citeproc takes
 * a few milliseconds per record and style, which at 25,000 studies was about 50 s of the build's one busy
 * thread; a worker gives that work the machine's other core. Output is formatCitation's exactly: the worker runs
 * the same citation-js call with the same options and clean-up (test/citation/referenceWorker.test.ts).
 */
import { Worker } from 'node:worker_threads';
import type { CslItem } from './cslItem';
import { forgetFormatted, formatCitation, referenceOnly, referenceOptions, type ReferenceStyle } from './formatCitation';

export type ReferenceTexts = Record<ReferenceStyle, string>;
const STYLES: ReferenceStyle[] = ['vancouver', 'apa'];

const inProcess = (item: CslItem): ReferenceTexts => ({ vancouver: formatCitation(item, 'vancouver'), apa: formatCitation(item, 'apa') });

/** Plain CommonJS for worker_threads (the build's bundled modules cannot be loaded there); packages resolve from the project root. */
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
const load = require('node:module').createRequire(workerData.root + '/package.json');
const { Cite, plugins } = load('@citation-js/core');
load('@citation-js/plugin-csl');
const options = ${JSON.stringify(Object.fromEntries(STYLES.map((s) => [s, referenceOptions(s)])))};
const referenceOnly = ${referenceOnly.toString()};
const forgetFormatted = ${forgetFormatted.toString()};
const engines = {};
const format = (item, style, o) => {
  const text = referenceOnly(new Cite([item]).format('bibliography', o));
  forgetFormatted(engines, style, () => plugins.config.get('@csl').engine([], o.template, o.lang, o.format));
  return text;
};
// Every item comes with the worker's start and each batch is posted back as it is done: the worker never waits for
// the build's thread. Fed a few batches at a time, it starved whenever that thread ran long synchronous work (at
// 1000x it sat idle 33 s of its 88, and the study pages then waited 9 s for it; issue 13).
const { items, batchSize } = workerData;
for (let start = 0, batch = 0; start < items.length; start += batchSize, batch++) {
  const texts = items.slice(start, start + batchSize).map((item) => Object.fromEntries(Object.entries(options).map(([style, o]) => [style, format(item, style, o)])));
  parentPort.postMessage({ batch, texts });
}
`;

/**
 * The worker's old-generation cap. Uncapped, V8 let it grow to about 600 MB at 1000x (measured: the build's resident
 * memory fell by that much when it exited). Its live heap is about 120 MB (citation-js, citeproc and the two styles;
 * measured after full collections every 1,500 of the 1000x base's 9,002 records, and it barely grows with them).
 * Caps close to that make it collect all the time: 160 MB took 70 s and 192 MB 55 s for those records, against
 * 33 s at 224 MB or more (issue 13). If it still runs out, the rest is formatted on the main thread (same texts).
 */
const WORKER_HEAP_MB = 384;

/**
 * Starts formatting every item (in order, in batches) and returns the lookup of one item's texts (an item not
 * queued is formatted on the spot).
 * Without worker threads, or if the worker fails, the rest is formatted on this thread: same texts, slower.
 */
export function formatReferencesAhead(root: string, items: readonly CslItem[], batchSize = 50): (item: CslItem) => Promise<ReferenceTexts> {
  const batches: CslItem[][] = [];
  for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize));
  const settle = new Map<number, (texts: ReferenceTexts[]) => void>();
  const results = new Map<string, Promise<ReferenceTexts>>();
  batches.forEach((batch, b) => {
    const done = new Promise<ReferenceTexts[]>((resolve) => settle.set(b, resolve));
    batch.forEach((item, k) => results.set(item.id, done.then((texts) => texts[k]!)));
  });
  const finishHere = () => {
    for (const [b, resolve] of settle) resolve(batches[b]!.map(inProcess));
    settle.clear();
  };
  let worker: Worker | undefined;
  if (batches.length === 0) return (item) => Promise.resolve(inProcess(item));
  try {
    worker = new Worker(workerCode, { eval: true, workerData: { root, items, batchSize }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  } catch {
    finishHere();
  }
  if (worker) {
    worker.on('message', ({ batch, texts }: { batch: number; texts: ReferenceTexts[] }) => {
      settle.get(batch)?.(texts);
      settle.delete(batch);
      if (settle.size === 0) void worker!.terminate();
    });
    worker.on('error', (error) => {
      console.warn(`citation worker stopped (${error.message}); the remaining references are formatted on the main thread`);
      finishHere();
    });
    worker.on('exit', finishHere);
  }
  return (item) => results.get(item.id) ?? Promise.resolve(inProcess(item));
}
