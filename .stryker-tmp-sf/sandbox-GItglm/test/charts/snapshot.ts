/**
 * SVG snapshot harness (after Observable Plot's): numbers rounded to 3 decimals and ids renumbered before
 * comparing with the golden file test/charts/__snapshots__/<name>.svg; a mismatch writes <name>-changed.svg
 * (git-ignored) beside it. UPDATE_SNAPSHOTS=1 rewrites the golden files.
 */
// @ts-nocheck

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const dir = new URL('./__snapshots__/', import.meta.url).pathname;

export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/\bid="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/aria-labelledby="([^"]+)"/g, (_, list: string) => `aria-labelledby="${list.split(' ').map((id) => ids.get(id) ?? `id${ids.size}`).join(' ')}"`)
    .replace(/></g, '>\n<');
}

export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(dir, { recursive: true });
  const golden = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (!existsSync(golden) || process.env.UPDATE_SNAPSHOTS === '1') {
    writeFileSync(golden, actual);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `SVG snapshot ${name} changed: compare ${changed} with ${golden}`).toBe(expected);
}
