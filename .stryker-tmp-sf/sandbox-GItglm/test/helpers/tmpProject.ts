/**
 * Small temporary copies of the real data/ to mutate one thing at a time. Layout mirrors the team checkout:
 * <tmp>/project/data (the copy) and <tmp>/shared/seeds (a link to the real seeds, when present), so that
 * code resolving ../shared/seeds from the project root sees the same sources.
 */
// @ts-nocheck

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SEEDS = resolve(PROJECT_ROOT, '../shared/seeds');

export interface TmpProject {
  /** Project root of the copy: pass it to loadEvidence or use it as cwd. */
  root: string;
  readJson(rel: string): any;
  writeJson(rel: string, value: unknown): void;
  writeText(rel: string, text: string): void;
  /** Read a JSON file, change it in place, write it back. */
  editJson(rel: string, edit: (json: any) => void): void;
  remove(rel: string): void;
  cleanup(): void;
}

export function copyProject(options: { extra?: string[] } = {}): TmpProject {
  const base = mkdtempSync(join(tmpdir(), 'nelm-data-'));
  const root = join(base, 'project');
  mkdirSync(root);
  cpSync(join(PROJECT_ROOT, 'data'), join(root, 'data'), { recursive: true });
  for (const rel of options.extra ?? []) cpSync(join(PROJECT_ROOT, rel), join(root, rel), { recursive: true });
  if (existsSync(SEEDS)) {
    mkdirSync(join(base, 'shared'));
    symlinkSync(SEEDS, join(base, 'shared', 'seeds'));
  }
  const abs = (rel: string) => join(root, rel);
  const readJson = (rel: string) => JSON.parse(readFileSync(abs(rel), 'utf8'));
  const writeText = (rel: string, text: string) => writeFileSync(abs(rel), text);
  const writeJson = (rel: string, value: unknown) => writeText(rel, `${JSON.stringify(value, null, 2)}\n`);
  return {
    root,
    readJson,
    writeJson,
    writeText,
    editJson: (rel, edit) => {
      const json = readJson(rel);
      edit(json);
      writeJson(rel, json);
    },
    remove: (rel) => rmSync(abs(rel), { recursive: true, force: true }),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Every file of data/ as root-relative path -> text, for in-memory validation. */
export function readDataFiles(root = PROJECT_ROOT): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else out.set(`${rel}/${e.name}`, readFileSync(join(root, rel, e.name), 'utf8'));
    }
  };
  walk('data');
  return out;
}
