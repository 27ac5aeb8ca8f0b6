import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problem';

/** A parsed JSON file with its path relative to the project root. */
export interface JsonFile {
  file: string;
  json: unknown;
}

/** Read one JSON file; a missing, empty or malformed file becomes a problem, never an exception. */
export function readJsonFile(root: string, path: string): JsonFile | Problem {
  const file = relative(root, path).split('\\').join('/');
  if (!existsSync(path)) return { file, path: '$', expected: 'the file to exist', found: 'no file' };
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return { file, path: '$', expected: 'a JSON document', found: 'an empty file' };
  try {
    return { file, json: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, path: '$', expected: 'valid JSON', found: `a syntax error (${message.split('\n')[0]})` };
  }
}

/** Read every *.json file of a folder, sorted by name so the output is deterministic. */
export function readJsonFolder(root: string, folder: string): Array<JsonFile | Problem> {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [{ file: folder, path: '$', expected: 'a folder of JSON files', found: 'no folder' }];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJsonFile(root, join(dir, name)));
}

export function isProblem(x: JsonFile | Problem): x is Problem {
  return 'expected' in x;
}
