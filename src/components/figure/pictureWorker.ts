/**
 * Figure pictures (SVG → PNG by sharp) rendered on a worker thread while the build does other work. At 1000x a
 * figure's pictures take about 14 s of sharp; rendered when the figure route and the decks asked for them, that
 * was 14 s of the build's one JavaScript thread waiting, and rendered all at once on this thread's libuv pool they
 * took both cores and 400 MiB more. The worker renders one picture at a time on one libvips thread, so the main
 * thread keeps the other core; its event loop runs whatever the main thread is doing (issue 13).
 * The bytes are sharp's exactly: the same call with the same options (pictureOptions) in both places.
 */
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';

// Each picture is rendered once: libvips' operation cache would only keep finished images (up to 8,000 px tall) in
// memory for the rest of the build (issue 13).
sharp.cache(false);

/** How an SVG becomes a PNG: at `density` dpi, and fitted into `fit` (width, height) on white when given. */
export interface PictureSpec {
  density: number;
  fit?: [number, number];
}

/** The one sharp pipeline, as plain JavaScript that the worker runs too (via toString). */
function renderPng(sharpLib: typeof sharp, spec: PictureSpec, svg: string): Promise<Buffer> {
  const image = sharpLib(Buffer.from(svg), { density: spec.density });
  const sized = spec.fit ? image.resize(spec.fit[0], spec.fit[1], { fit: 'contain', background: '#ffffff' }) : image;
  return sized.png({ compressionLevel: 9 }).toBuffer();
}

/** One picture on this thread. */
export async function renderPicture(spec: PictureSpec, svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await renderPng(sharp, spec, svg));
}

const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
const load = require('node:module').createRequire(workerData.root + '/package.json');
const sharp = load('sharp');
sharp.cache(false);
sharp.concurrency(1);
const renderPng = ${renderPng.toString()};
let turn = Promise.resolve();
parentPort.on('message', ({ key, spec, svg }) => {
  turn = turn.then(() => renderPng(sharp, spec, svg).then(
    (png) => parentPort.postMessage({ key, png }),
    (error) => parentPort.postMessage({ key, error: String(error && error.message || error) }),
  ));
});
`;

export interface PictureJob {
  key: string;
  spec: PictureSpec;
  svg: string;
}

/**
 * Queues every job on the worker, in order, and returns the taking of a job's PNG by key: handed over once, so the
 * bytes are not kept; undefined for a key not queued or already taken. Without worker threads, or if the worker
 * stops, the rest render on this thread: same bytes, slower.
 */
export function renderPicturesAhead(root: string, jobs: readonly PictureJob[]): (key: string) => Promise<Uint8Array<ArrayBuffer>> | undefined {
  const settle = new Map<string, { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void; job: PictureJob }>();
  const results = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  for (const job of jobs) {
    const p = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => settle.set(job.key, { resolve, reject, job }));
    // A picture nobody asks for (a failed one in the dev server) must not end the process as an unhandled rejection.
    p.catch(() => undefined);
    results.set(job.key, p);
  }
  const finishHere = () => {
    for (const [key, s] of settle) renderPicture(s.job.spec, s.job.svg).then(s.resolve, s.reject);
    settle.clear();
  };
  let worker: Worker | undefined;
  if (jobs.length > 0) {
    try {
      worker = new Worker(workerCode, { eval: true, workerData: { root } });
    } catch {
      finishHere();
    }
  }
  if (worker) {
    const w = worker;
    w.unref();
    w.on('message', ({ key, png, error }: { key: string; png?: Uint8Array; error?: string }) => {
      const s = settle.get(key);
      settle.delete(key);
      if (s) {
        if (png) s.resolve(new Uint8Array(png));
        else s.reject(new Error(`figure picture ${key}: ${error}`));
      }
      if (settle.size === 0) void w.terminate();
    });
    w.on('error', (error) => {
      console.warn(`figure picture worker stopped (${error.message}); the remaining pictures are rendered on the main thread`);
      finishHere();
    });
    w.on('exit', finishHere);
    for (const job of jobs) w.postMessage(job);
  }
  return (key) => {
    const png = results.get(key);
    results.delete(key);
    return png;
  };
}
