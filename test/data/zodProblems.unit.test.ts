/**
 * zod issues in the words a curator reads (src/data/zodProblems.ts): each kind of issue zod 4 raises, produced by a
 * small schema, becomes the problem written out here by hand (JSON path, what was expected, what was found).
 * test/schemas/rejects.test.ts shows the same on edits of the real data/.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValue } from '../../src/data/problem';
import { zodProblems } from '../../src/data/zodProblems';

/** The problems one value yields against one schema, as [path, expected, found]. */
function problems(schema: z.ZodType, value: unknown): string[][] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('fixture: the value was accepted');
  return zodProblems('data/x.json', result.error.issues).map((p) => {
    expect(p.file).toBe('data/x.json');
    return [p.path, p.expected, p.found];
  });
}
const one = (schema: z.ZodType, value: unknown) => problems(schema, value)[0]!.slice(1);

describe('types', () => {
  it.each([
    [z.number(), 'a', 'a number', 'string "a"'],
    [z.number().int(), 'a', 'a number', 'string "a"'],
    [z.number().int(), 10.5, 'an integer', 'number 10.5'],
    [z.string(), 1, 'a string', 'number 1'],
    [z.boolean(), 'yes', 'true or false', 'string "yes"'],
    [z.object({}), [], 'an object', 'an empty array'],
    [z.array(z.number()), {}, 'an array', 'the object {}'],
    [z.null(), 0, 'null', 'number 0'],
    [z.bigint(), 1, 'bigint', 'number 1'],
  ] as const)('%#: expected %s', (schema, value, expected, found) => expect(one(schema, value)).toEqual([expected, found]));
});

describe('bounds', () => {
  it.each([
    [z.string().min(1), '', 'a non-empty string'],
    [z.string().min(3), 'ab', 'a string of at least 3 characters'],
    [z.string().min(2), 'a', 'a string of at least 2 characters'],
    [z.string().max(1), 'ab', 'a string of at most 1 character'],
    [z.string().max(3), 'abcd', 'a string of at most 3 characters'],
    [z.array(z.number()).min(1), [], 'a non-empty array'],
    [z.array(z.number()).min(2), [1], 'an array of at least 2 items'],
    [z.array(z.number()).max(1), [1, 2], 'an array of at most 1 item'],
    [z.array(z.number()).max(2), [1, 2, 3], 'an array of at most 2 items'],
    [z.number().min(1), 0, 'a number >= 1'],
    [z.number().gt(1), 1, 'a number > 1'],
    [z.number().max(1), 2, 'a number <= 1'],
    [z.number().lt(1), 1, 'a number < 1'],
  ] as const)('%#: %s', (schema, value, expected) => expect(one(schema, value)[0]).toBe(expected));
});

describe('values, keys and formats', () => {
  it('a literal, an enum', () => {
    expect(one(z.literal('x'), 'y')).toEqual(['"x"', 'string "y"']);
    expect(one(z.enum(['a', 'b']), 'c')).toEqual(['one of "a", "b"', 'string "c"']);
  });
  it('unknown keys, one or more, at the path of their object', () => {
    expect(problems(z.object({ a: z.object({}).strict() }), { a: { x: 1 } })).toEqual([['$.a', 'no unknown key', 'unknown key "x"']]);
    expect(problems(z.object({}).strict(), { x: 1, 'y z': 2 })).toEqual([['$', 'no unknown key', 'unknown keys "x", "y z"']]);
  });
  it('a regex carries its meaning in its message; named formats in words', () => {
    expect(one(z.string().regex(/^a/, 'starting with "a"'), 'b')[0]).toBe('starting with "a"');
    expect(one(z.string().regex(/^a/), 'b')[0]).toBe('must match pattern /^a/');
    expect(one(z.iso.date(), '2020-13-01')[0]).toBe('an ISO date (YYYY-MM-DD)');
    expect(one(z.iso.datetime(), 'x')[0]).toBe('an ISO date-time');
    expect(one(z.url(), 'x')[0]).toBe('a URL');
    expect(one(z.email(), 'x')[0]).toBe('an e-mail address');
    expect(one(z.uuid(), 'x')[0]).toBe('a uuid');
  });
  it('any other issue says what zod says', () => {
    expect(one(z.number().multipleOf(5), 3)).toEqual(['Invalid number: must be a multiple of 5', 'number 3']);
  });
});

describe('unions and custom rules', () => {
  const pointer = z.object({ v: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]) });
  it('a wrong discriminator names the allowed tags and shows the tag found, at the tag', () => {
    expect(problems(pointer, { v: { kind: 'c', other: 1 } })).toEqual([['$.v.kind', 'one of "a", "b"', 'string "c"']]);
  });
  it('alternatives that fail at the value say each form once; deeper failures point to the schema', () => {
    expect(one(z.union([z.number(), z.literal('not reached')]), 'x')).toEqual(['a number or "not reached"', 'string "x"']);
    expect(one(z.union([z.number().int(), z.number().min(5)]), 'x')[0]).toBe('a number');
    expect(one(z.union([z.object({ a: z.number() }), z.object({ b: z.string() })]), { a: 'x' })).toEqual(['one of the allowed forms (see the schema)', 'the object {"a":"x"}']);
    expect(one(z.union([z.number(), z.object({ b: z.string() })]), { b: 1 })[0]).toBe('one of the allowed forms (see the schema)');
  });
  it('a custom message reads as a noun phrase, or as a rule when it says must, need(s), should or cannot', () => {
    const rule = (message: string) => one(z.number().refine((n) => n > 5, { message }), 1)[0];
    expect(rule('a percentage between 0 and 100')).toBe('a percentage between 0 and 100');
    expect(rule('x must be above 5')).toBe('the rule "x must be above 5" to hold');
    expect(rule('the two need to agree')).toBe('the rule "the two need to agree" to hold');
    expect(rule('it needs a value')).toBe('the rule "it needs a value" to hold');
    expect(rule('it should be larger')).toBe('the rule "it should be larger" to hold');
    expect(rule('it cannot be small')).toBe('the rule "it cannot be small" to hold');
    expect(rule('the musty smell of needles')).toBe('the musty smell of needles');
  });
});

describe('describeValue', () => {
  it('shows invisible and direction-changing characters by their code', () => {
    expect(describeValue('a\u200Bb\u2028c')).toBe('string "a\\u200bb\\u2028c"');
    expect(describeValue('\u00AD')).toBe('string "\\u00ad"');
  });
});
