/**
 * Figure pictures (SVG → PNG by sharp), rendered one at a time in the background and handed over by key. At 1000x
 * the figures' pictures take about 14 s of sharp; rendered when the figure route asked for each file, that was the
 * build's one JavaScript thread waiting. Queued ahead, they render while Astro writes other files (it returns to the
 * event loop between files). One at a time on one libvips thread, so the JavaScript thread keeps the other core:
 * rendered all at once they took both cores and 400 MiB more (issue 13).
 */
import sharp from 'sharp';

// Each picture is rendered once: libvips' operation cache would only keep finished images (up to 8,000 px tall) in
// memory for the rest of the build (issue 13).
sharp.cache(false);
sharp.concurrency(1);

/** How an SVG becomes a PNG: at `density` dpi, and fitted into `fit` (width, height) on white when given. */
export interface PictureSpec {
  density: number;
  fit?: [number, number];
}

/**
 * zlib's default level. Level 9 took 1.45 s to encode a 1600 x 7912 figure PNG of the 1000x base, level 6 0.19 s,
 * for a file 0.1% larger (2,270,646 bytes against 2,267,863; issue 13): the same pixels.
 */
const PNG_COMPRESSION = 6;

/** One picture, now. */
export async function renderPicture(spec: PictureSpec, svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const image = sharp(Buffer.from(svg), { density: spec.density });
  const sized = spec.fit ? image.resize(spec.fit[0], spec.fit[1], { fit: 'contain', background: '#ffffff' }) : image;
  return new Uint8Array(await sized.png({ compressionLevel: PNG_COMPRESSION }).toBuffer());
}

/** Pictures rendered in the order queued, each handed over once by key. */
export interface PictureQueue {
  /** Queues a picture (once per key not yet taken). */
  add(key: string, spec: PictureSpec, svg: string): void;
  /** The PNG of a queued picture, handed over once so its bytes are not kept; undefined if not queued or taken. */
  take(key: string): Promise<Uint8Array<ArrayBuffer>> | undefined;
}

export function pictureQueue(): PictureQueue {
  const results = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  let turn: Promise<unknown> = Promise.resolve();
  return {
    add(key, spec, svg) {
      if (results.has(key)) return;
      const png = turn.then(() => renderPicture(spec, svg));
      turn = png.catch(() => undefined);
      // A picture nobody takes (a failed one in the dev server) must not end the process as an unhandled rejection;
      // whoever takes it gets the error.
      png.catch(() => undefined);
      results.set(key, png);
    },
    take(key) {
      const png = results.get(key);
      results.delete(key);
      return png;
    },
  };
}
