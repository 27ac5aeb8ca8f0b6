/**
 * Reading data files and describing problems (src/data/readJsonFiles.ts, problem.ts): in memory, with the
 * expected lines written by hand from the format the curator sees (file: path: expected ..., found ...).
 */
import { describe, expect, it } from 'vitest';
import { describeValue, formatProblem, jsonPath } from '../../src/data/problem';
import { diskFiles, isProblem, memoryFiles, readJsonFile, readJsonFolder } from '../../src/data/readJsonFiles';
import { PROJECT_ROOT } from '../helpers/tmpProject';

const files = memoryFiles(
  new Map([
    ['data/meta.json', '{"title": "x"}'],
    ['data/empty.json', '  \n'],
    ['data/bad.json', '{\n  "a": 1,\n  oops\n}'],
    ['data/studies/b.json', '{"id": "b"}'],
    ['data/studies/a.json', '{"id": "a"}'],
    ['data/studies/notes.txt', 'not JSON'],
    ['data/studies/sub/c.json', '{}'],
  ]),
);

describe('memoryFiles', () => {
  it('reads files and lists the entries of a folder once each', () => {
    expect(files.read('data/meta.json')).toBe('{"title": "x"}');
    expect(files.read('data/none.json')).toBeUndefined();
    expect(files.list('data/studies')!.sort()).toEqual(['a.json', 'b.json', 'notes.txt', 'sub']);
    expect(files.list('data/stud')).toBeUndefined(); // a prefix of a folder name is not the folder
    expect(files.list('data/questions')).toBeUndefined();
  });
});

describe('diskFiles', () => {
  it('reads the real data/ and says undefined for what is not there', () => {
    const disk = diskFiles(PROJECT_ROOT);
    expect(JSON.parse(disk.read('data/meta.json')!)).toHaveProperty('title');
    expect(disk.list('data/studies')!.some((n) => n.endsWith('.json'))).toBe(true);
    expect(disk.read('data/no-such-file.json')).toBeUndefined();
    expect(disk.list('data/no-such-folder')).toBeUndefined();
  });
});

describe('readJsonFile', () => {
  it('parses a file', () => {
    expect(readJsonFile(files, 'data/meta.json')).toEqual({ file: 'data/meta.json', json: { title: 'x' } });
  });
  it('turns a missing, empty or malformed file into one problem line', () => {
    const line = (file: string) => formatProblem(readJsonFile(files, file) as never);
    expect(line('data/none.json')).toBe('data/none.json: $: expected the file to exist, found no file');
    expect(line('data/empty.json')).toBe('data/empty.json: $: expected a JSON document, found an empty file');
    // "oops" starts at offset 14 ("{", newline, 2 spaces, 7 characters of "a": 1, newline, 2 spaces): line 3, column 3.
    expect(line('data/bad.json')).toMatch(/^data\/bad\.json: \$: expected valid JSON, found a syntax error at line 3, column 3 \(.*position 14.*\)$/);
  });
  it('gives line and column once, also past line 9, and none when the parser names no position', () => {
    const more = memoryFiles(
      new Map([
        ['data/late.json', `{\n${Array.from({ length: 10 }, (_, i) => `"k${i}": ${i},`).join('\n')}\n  oops\n}`],
        ['data/cut.json', '['],
      ]),
    );
    const found = (file: string) => (readJsonFile(more, file) as { found: string }).found;
    // "oops" is on line 12 (the brace, ten keys, then it), after two spaces.
    expect(found('data/late.json')).toMatch(/^a syntax error at line 12, column 3 \([^()]*position \d+\)$/);
    expect(found('data/cut.json')).toBe('a syntax error (Unexpected end of JSON input)');
  });
});

describe('readJsonFolder', () => {
  it('reads the *.json entries sorted by name, skipping other files', () => {
    const read = readJsonFolder(files, 'data/studies');
    expect(read.map((r) => r.file)).toEqual(['data/studies/a.json', 'data/studies/b.json']);
    expect(read.every((r) => !isProblem(r))).toBe(true);
  });
  it('reports a missing folder', () => {
    expect(readJsonFolder(files, 'data/topics')).toEqual([{ file: 'data/topics', path: '$', expected: 'a folder of JSON files', found: 'no folder' }]);
  });
});

describe('jsonPath', () => {
  it('writes keys, indices and awkward keys', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['groups', 0, 'n'])).toBe('$.groups[0].n');
    expect(jsonPath(['$ref', '_x1'])).toBe('$.$ref._x1');
    expect(jsonPath(['a b', '1x', 'é'])).toBe('$["a b"]["1x"]["é"]');
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing (missing)'],
    [null, 'null'],
    [[], 'an empty array'],
    [[1], 'an array of 1 item'],
    [[1, 2], 'an array of 2 items'],
    [{ lower: 1, upper: 2 }, 'the object {"lower":1,"upper":2}'],
    [{ text: 'x'.repeat(60) }, 'an object'],
    ['', 'an empty string'],
    ['abc', 'string "abc"'],
    [42, 'number 42'],
    [true, 'boolean true'],
  ] as const)('%j -> %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
  it('shortens long strings to 57 characters and says how long they were', () => {
    expect(describeValue('y'.repeat(61))).toBe(`string "${'y'.repeat(57)}..." (61 characters)`);
    expect(describeValue('y'.repeat(60))).toBe(`string "${'y'.repeat(60)}"`);
  });
  it('shows invisible and direction characters by their code', () => {
    expect(describeValue('a\u200Bb\u202Ec')).toBe('string "a\\u200bb\\u202ec"');
    expect(describeValue('x\u2028y')).toBe('string "x\\u2028y"');
  });
  it('shows an object of exactly 60 characters whole', () => {
    const value = { t: 'z'.repeat(52) }; // {"t":"zz...z"} is 8 + 52 = 60 characters
    expect(describeValue(value)).toBe(`the object ${JSON.stringify(value)}`);
  });
});
