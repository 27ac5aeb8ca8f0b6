/**
 * A response body for bytes the build already holds: a stream of that one chunk. A Uint8Array body is copied by
 * the Response before Astro reads it (and Astro copies it again into the file buffer): at 1000x, for the bulk
 * citation files of /cite/ (the evidence JSON, once the largest, is now written as it is made: siteDownloads.ts).
 */
export const bytesBody = (bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
