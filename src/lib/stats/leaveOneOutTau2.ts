import { Worker } from 'node:worker_threads';
import { remlLogLikelihood } from './remlLogLikelihood';
import { NeumaierSum } from './sum';
import { hedgesStart, tau2RestrictedMaximumLikelihood } from './tau2RestrictedMaximumLikelihood';
import type { Tau2Fit } from './types';

/**
 * The REML tau2 of every leave-one-out set (entry i: every study but the i-th), each a Newton refit from `start`,
 * as `tau2RestrictedMaximumLikelihood(y, v, undefined, undefined, start, true)` makes it.
 *
 * At 25,000 studies these refits were about 8 s of the build's busy thread (k refits over k − 1 studies, for each
 * of the two pooled figures), while the machine's second core was half idle (issue 13). So from
 * WORKER_FROM_STUDIES studies on, a worker thread fits sets too: both threads take the next CHUNK of sets from a
 * shared counter until none is left, and each writes its fits into shared memory. The worker runs the very
 * functions this module imports (their source, below), so every fit is the same number whichever thread made it
 * (test/lib/stats/leaveOneOutTau2.test.ts). The caller's thread waits only for sets the worker has taken; if the
 * worker cannot start or fails, this thread fits whatever it left (same numbers, slower).
 */
export function leaveOneOutTau2(yi: readonly number[], vi: readonly number[], start: number, options: { worker?: boolean } = {}): LeaveOneOutTau2 {
  const k = yi.length;
  const shared = sharedFits(k);
  const worker = options.worker ?? k >= WORKER_FROM_STUDIES ? startWorker(yi, vi, start, shared) : undefined;
  const y = new Float64Array(Math.max(0, k - 1));
  const v = new Float64Array(Math.max(0, k - 1));
  let here = 0;
  const fitChunk = (from: number) => {
    const to = Math.min(k, from + CHUNK);
    fitSets(yi, vi, start, from, to, shared.fits, y, v);
    here += to - from;
    Atomics.add(shared.control, DONE, to - from);
  };
  // Every chunk not yet taken: when the counter passes k, the worker has taken the rest.
  for (let from = Atomics.add(shared.control, NEXT, CHUNK); from < k; from = Atomics.add(shared.control, NEXT, CHUNK)) fitChunk(from);
  // Wait for the chunks the worker took; if it failed, fit the one it was fitting (it takes no more).
  let redone = false;
  for (let seen = Atomics.load(shared.control, EVENTS); Atomics.load(shared.control, DONE) < k; seen = Atomics.load(shared.control, EVENTS)) {
    if (Atomics.load(shared.control, FAILED) === 1 && !redone) {
      redone = true;
      const at = Atomics.load(shared.control, FAILED_AT);
      if (at >= 0 && at < k) fitChunk(at);
      continue;
    }
    Atomics.wait(shared.control, EVENTS, seen);
  }
  if (worker) void worker.terminate();
  if (Atomics.load(shared.control, FAILED) === 1) console.warn(`leave-one-out: the worker thread stopped, so this thread fitted its sets (${workerError(shared)})`);
  return { fits: fitsOf(shared, k), byWorker: k - here };
}

/**
 * Every set fitted by the worker thread alone, this thread only waiting for it to end (for tests: the worker's
 * fits are checked against this thread's). Resolves with the worker's error instead of fits if it failed.
 */
export function leaveOneOutTau2OnWorker(yi: readonly number[], vi: readonly number[], start: number): Promise<Tau2Fit[] | Error> {
  const shared = sharedFits(yi.length);
  const worker = startWorker(yi, vi, start, shared);
  if (!worker) return Promise.resolve(new Error('the worker thread could not be created'));
  worker.ref();
  return new Promise((resolve) => {
    worker.on('error', (e) => resolve(e));
    worker.on('exit', () => resolve(Atomics.load(shared.control, FAILED) === 1 ? new Error(workerError(shared)) : fitsOf(shared, yi.length)));
  });
}

const fitsOf = (shared: SharedFits, k: number) =>
  Array.from({ length: k }, (_, i): Tau2Fit => ({ tau2: shared.fits[3 * i]!, iterations: shared.fits[3 * i + 1]!, converged: shared.fits[3 * i + 2] === 1 }));

export interface LeaveOneOutTau2 {
  fits: Tau2Fit[];
  /** How many of the k sets the worker thread fitted (0 without one). */
  byWorker: number;
}

/** Below this many studies the refits take well under a second (k² work): not worth a thread's start-up. */
export const WORKER_FROM_STUDIES = 400;
/** Sets taken at a time from the shared counter: small enough that the two threads finish together. */
const CHUNK = 16;

// Slots of the shared control array: the next set to take, sets finished, events (a set finished or the worker
// failed; what the waiting thread sleeps on), whether the worker failed, the first set of the chunk it failed in.
const [NEXT, DONE, EVENTS, FAILED, FAILED_AT, ERROR_LENGTH] = [0, 1, 2, 3, 4, 5];
const ERROR_BYTES = 512;

interface SharedFits {
  control: Int32Array;
  /** tau2, iterations, converged (1/0) of set i at 3i, 3i + 1, 3i + 2. */
  fits: Float64Array;
  error: Uint8Array;
}

function sharedFits(k: number): SharedFits {
  return {
    control: new Int32Array(new SharedArrayBuffer(6 * Int32Array.BYTES_PER_ELEMENT)),
    fits: new Float64Array(new SharedArrayBuffer(3 * k * Float64Array.BYTES_PER_ELEMENT)),
    error: new Uint8Array(new SharedArrayBuffer(ERROR_BYTES)),
  };
}

/**
 * Fits sets `from` to `to` − 1 into `fits` (tau2, iterations, converged as 1/0 at 3i, 3i + 1, 3i + 2), each set
 * copied into `y` and `v` first. Both threads run it: the worker runs its source.
 */
function fitSets(yi: ArrayLike<number>, vi: ArrayLike<number>, start: number, from: number, to: number, fits: Float64Array, y: Float64Array, v: Float64Array): void {
  const k = yi.length;
  for (let i = from; i < to; i++) {
    for (let j = 0, o = 0; j < k; j++) {
      if (j === i) continue;
      y[o] = yi[j]!;
      v[o++] = vi[j]!;
    }
    const fit = tau2RestrictedMaximumLikelihood(y, v, undefined, undefined, start, true);
    fits[3 * i] = fit.tau2;
    fits[3 * i + 1] = fit.iterations;
    fits[3 * i + 2] = fit.converged ? 1 : 0;
  }
}

const workerError = (shared: SharedFits) => new TextDecoder().decode(shared.error.slice(0, Atomics.load(shared.control, ERROR_LENGTH))) || 'no message';

/**
 * The worker's code: the source of fitSets and the REML functions it calls (as the running bundle has them), so it needs no module loader
 * (the build's bundled modules cannot be loaded by a worker). Compiled inside a try, so that a source that does not
 * run on its own there (say, a helper the bundler inlined under another name) is a reported failure, not a hang.
 */
function workerCode(): string {
  const own = [NeumaierSum, remlLogLikelihood, hedgesStart, tau2RestrictedMaximumLikelihood, fitSets];
  // Each as `const name = <its source>`: a bundler may have emitted a class as an anonymous class expression.
  const sources = own.map((f) => `const ${f.name} = ${String(f)};`).join('\n');
  // Under Vite's module runner (vitest, the dev server) an imported function is read from an `__vite_ssr_import_N__`
  // object: each is defined here from the same functions. esbuild's keepNames (tsx, for one) wraps functions in a
  // __name(...) call: defined as esbuild defines it.
  const imports = [...new Set(sources.match(/\b__vite_ssr_import_\d+__\b/g) ?? [])].map((name) => `const ${name} = { ${own.map((f) => `${f.name}: ${f.name}`).join(', ')} };`);
  const fit = [`const __name = (target, value) => Object.defineProperty(target, 'name', { value, configurable: true });`, sources, ...imports, `return ${fitSets.name};`].join('\n');
  return `
const { workerData } = require('node:worker_threads');
const { yi, vi, start, control, fits, error, chunk } = workerData;
const [NEXT, DONE, EVENTS, FAILED, FAILED_AT, ERROR_LENGTH] = [0, 1, 2, 3, 4, 5];
const k = yi.length;
let from = -1;
try {
  const fitSets = new Function(${JSON.stringify(fit)})();
  const y = new Float64Array(k - 1), v = new Float64Array(k - 1);
  for (from = Atomics.add(control, NEXT, chunk); from < k; from = Atomics.add(control, NEXT, chunk)) {
    const to = Math.min(k, from + chunk);
    fitSets(yi, vi, start, from, to, fits, y, v);
    Atomics.add(control, DONE, to - from);
    Atomics.add(control, EVENTS, 1);
    Atomics.notify(control, EVENTS);
  }
} catch (e) {
  const message = new TextEncoder().encode(String(e && e.message || e)).slice(0, error.length);
  error.set(message);
  Atomics.store(control, ERROR_LENGTH, message.length);
  Atomics.store(control, FAILED_AT, from);
  Atomics.store(control, FAILED, 1);
  Atomics.add(control, EVENTS, 1);
  Atomics.notify(control, EVENTS);
}
`;
}

function startWorker(yi: readonly number[], vi: readonly number[], start: number, shared: SharedFits): Worker | undefined {
  try {
    const worker = new Worker(workerCode(), { eval: true, workerData: { yi: Float64Array.from(yi), vi: Float64Array.from(vi), start, chunk: CHUNK, ...shared } });
    // An error outside the worker code's try (it could not start) leaves its sets to this thread: nothing to report.
    worker.on('error', () => undefined);
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}
