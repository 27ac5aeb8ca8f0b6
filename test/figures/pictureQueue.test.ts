/**
 * Figure pictures are rendered ahead, one at a time (src/components/figure/pictureQueue.ts); the files and deck
 * pictures must be the bytes a direct render gives, each handed over once, and a failure must reach whoever takes it.
 */
import { expect, it } from 'vitest';
import { pictureQueue, renderPicture, type PictureSpec } from '../../src/components/figure/pictureQueue';

const svg = (label: string, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="${height}" viewBox="0 0 400 ${height}"><rect width="400" height="${height}" fill="#fff"/><circle cx="200" cy="${height / 2}" r="${height / 3}" fill="#1f5f8b"/><text x="10" y="30" font-family="DejaVu Sans" font-size="20">${label}</text></svg>`;
const slide: PictureSpec = { density: 72, fit: [1920, 1080] };
const twoX: PictureSpec = { density: 144 };
const jobs = [
  { key: 'a', spec: twoX, svg: svg('Overall survival', 300) },
  { key: 'b', spec: slide, svg: svg('5-year OS 74% [60, 85]', 500) },
  { key: 'c', spec: slide, svg: svg('n = 1,234', 200) },
];

it('renders each queued picture as a direct render does, and hands each over once', async () => {
  const queue = pictureQueue();
  for (const j of jobs) queue.add(j.key, j.spec, j.svg);
  for (const j of jobs) {
    const ahead = queue.take(j.key);
    expect(ahead, j.key).toBeDefined();
    const bytes = await ahead!;
    expect(Buffer.from(bytes).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(Buffer.from(bytes).equals(Buffer.from(await renderPicture(j.spec, j.svg))), j.key).toBe(true);
    expect(queue.take(j.key), `${j.key} taken twice`).toBeUndefined();
  }
  expect(queue.take('not queued')).toBeUndefined();
  // Queued after the others were rendered.
  queue.add('late', twoX, svg('later', 120));
  expect(Buffer.from(await queue.take('late')!).equals(Buffer.from(await renderPicture(twoX, svg('later', 120))))).toBe(true);
});

it('a slide is 1920 × 1080 and a 2× picture twice the SVG size', async () => {
  const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];
  expect(size(await renderPicture(slide, jobs[1]!.svg))).toEqual([1920, 1080]);
  expect(size(await renderPicture(twoX, jobs[0]!.svg))).toEqual([800, 600]);
});

it('a picture sharp cannot render fails where it is taken, and the queue goes on', async () => {
  const queue = pictureQueue();
  queue.add('broken', twoX, '<svg');
  queue.add('c', jobs[2]!.spec, jobs[2]!.svg);
  await expect(queue.take('broken')!).rejects.toThrow();
  expect(Buffer.from(await queue.take('c')!).equals(Buffer.from(await renderPicture(jobs[2]!.spec, jobs[2]!.svg)))).toBe(true);
});
