import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Files written in the background, at most `limit` at a time. The file-system calls run on libuv's threads, on the
 * core the rendering thread is not using, while the caller renders the next page: written one by one with the
 * synchronous calls, the 25,000 study pages of the 1000x base spent about 9 s of the build's one busy thread making
 * folders and writing files (issue 13). The first failure is thrown by the next `write` or by `done`.
 */
export function backgroundWriter(limit = 32): { write(path: string, text: string): Promise<void>; done(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  return {
    async write(path, text) {
      if (failure) throw failure.error;
      const written: Promise<void> = mkdir(dirname(path), { recursive: true })
        .then(() => writeFile(path, text))
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => pending.delete(written));
      pending.add(written);
      if (pending.size >= limit) await Promise.race(pending);
    },
    async done() {
      await Promise.all(pending);
      if (failure) throw failure.error;
    },
  };
}
