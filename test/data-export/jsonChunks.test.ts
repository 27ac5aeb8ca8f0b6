/** jsonChunks joined must be JSON.stringify(doc, null, 2) + '\n' byte for byte: on the evidence document and on the cases JSON.stringify treats specially. */
import { describe, expect, it } from 'vitest';
import { evidenceDocument } from '../../src/data/export';
import { jsonChunks } from '../../src/data/export/jsonChunks';
import { getEvidence } from '../../src/data/site';

const expected = (doc: Record<string, unknown>) => `${JSON.stringify(doc, null, 2)}\n`;
const joined = (doc: Record<string, unknown>) => [...jsonChunks(doc)].join('');

describe('jsonChunks', () => {
  it('the evidence document, one piece per record of its arrays', () => {
    const doc = evidenceDocument(getEvidence(), '9.9.9') as unknown as Record<string, unknown>;
    expect(joined(doc)).toBe(expected(doc));
    const arrays = Object.values(doc).filter(Array.isArray) as unknown[][];
    expect([...jsonChunks(doc)].length).toBeGreaterThan(arrays.reduce((n, a) => n + a.length, 0));
  });
  it.each([
    ['empty object', {}],
    ['empty and nested arrays', { a: [], b: [[1, [2]], [], {}], c: [{ d: [] }] }],
    ['members JSON leaves out', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['nothing left', { a: undefined }],
    ['array holes and values JSON writes as null', { a: [undefined, () => 1, Number.NaN, null, 1] }],
    ['strings with line breaks, quotes and dashes', { a: ['line\nbreak "quoted" – dash', { b: 'x\ny' }], c: 'z\n' }],
    ['scalars and nested objects', { a: 1, b: 'two', c: true, d: null, e: { f: { g: [1, 2] } } }],
  ])('%s', (_, doc) => {
    expect(joined(doc as Record<string, unknown>)).toBe(expected(doc as Record<string, unknown>));
  });
});
