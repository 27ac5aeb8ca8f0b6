import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Text gathered before each write: a few large writes instead of one per piece. */
const WRITE_SIZE = 1 << 20;

/**
 * Writes the pieces of a text to `path` as UTF-8 (its folders made), holding about a megabyte of it at a time, and
 * returns the file's size in bytes. For files too large to hold as one string (the evidence JSON at 1000x, issue 13).
 */
export function writeChunks(path: string, chunks: Iterable<string>): number {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let bytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const buffer = Buffer.from(pending.join(''), 'utf8');
    for (let offset = 0; offset < buffer.byteLength; ) offset += writeSync(fd, buffer, offset);
    bytes += buffer.byteLength;
    pending = [];
    pendingLength = 0;
  };
  try {
    for (const chunk of chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= WRITE_SIZE) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
