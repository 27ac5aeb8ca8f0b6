import type { z } from 'zod';
import { describeValue, jsonPath, type Problem } from './problem';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** zod's type names as a curator would say them. */
const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** zod's string formats in words. */
const FORMAT_WORDS: Record<string, string> = {
  date: 'an ISO date (YYYY-MM-DD)',
  datetime: 'an ISO date-time',
  url: 'a URL',
  email: 'an e-mail address',
};

const plural = (n: unknown, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

function bound(issue: Issue & { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string }, dir: 'min' | 'max'): string {
  const limit = dir === 'min' ? issue.minimum : issue.maximum;
  const op = dir === 'min' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
  const atLeast = dir === 'min' ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return dir === 'min' && limit === 1 ? 'a non-empty string' : `a string of ${atLeast} ${plural(limit, 'character')}`;
    case 'array':
      return dir === 'min' && limit === 1 ? 'a non-empty array' : `an array of ${atLeast} ${plural(limit, 'item')}`;
    default:
      return `a number ${op} ${String(limit)}`;
  }
}

/** A custom rule's message reads as a noun phrase ("a percentage between 0 and 100") or as a rule ("x must ..."). */
function ruleWords(message: string): string {
  return /\b(must|needs?|should|cannot)\b/.test(message) ? `the rule "${message}" to hold` : message;
}

/** What the schema expected, in words, for one zod issue. */
function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'too_small':
      return bound(issue, 'min');
    case 'too_big':
      return bound(issue, 'max');
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'no unknown key';
    case 'invalid_format':
      // A regex carries its meaning in the message the schema gave it; named formats get words.
      return issue.format === 'regex' ? issue.message.replace(/^Invalid string: /, '') : (FORMAT_WORDS[issue.format] ?? `a ${issue.format}`);
    case 'invalid_union': {
      // A discriminated union whose tag matches no option names its allowed tags ("kind": one of "outcome", "fact", ...).
      const options = (issue as Issue & { options?: unknown[] }).options;
      if (options) return `one of ${options.map((v) => JSON.stringify(v)).join(', ')}`;
      // Each alternative that failed at the value itself says what it wanted: "a number or "not reached"".
      const forms = issue.errors.map((branch) => branch.filter((b) => b.path.length === 0).map((b) => expectedOf(b as Issue))[0]);
      return forms.every((f): f is string => !!f) ? [...new Set(forms)].join(' or ') : 'one of the allowed forms (see the schema)';
    }
    case 'custom':
      return ruleWords(issue.message);
    default:
      return issue.message;
  }
}

/** Zod issues of one file as problems, one per issue. */
export function zodProblems(file: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const path = jsonPath(issue.path);
    if (issue.code === 'unrecognized_keys') return { file, path, expected: expectedOf(issue), found: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
    // A wrong discriminator is reported at the tag (path ends in "kind"), but zod's input is the whole object (zod
    // names a discriminator only for an object input: any other input is an invalid_type issue).
    const tag = (issue as Issue & { discriminator?: string }).discriminator;
    const input = tag ? (issue.input as Record<string, unknown>)[tag] : issue.input;
    return { file, path, expected: expectedOf(issue), found: describeValue(input) };
  });
}
