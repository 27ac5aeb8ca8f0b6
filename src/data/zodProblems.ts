import type { z } from 'zod';
import { describeValue, jsonPath, type Problem } from './problem';

type Issue = z.core.$ZodIssue & { input?: unknown };

function bound(issue: Issue & { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string }, dir: 'min' | 'max'): string {
  const limit = dir === 'min' ? issue.minimum : issue.maximum;
  const op = dir === 'min' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
  switch (issue.origin) {
    case 'string':
      return `a string of ${dir === 'min' ? 'at least' : 'at most'} ${String(limit)} characters`;
    case 'array':
      return `an array of ${dir === 'min' ? 'at least' : 'at most'} ${String(limit)} items`;
    default:
      return `a number ${op} ${String(limit)}`;
  }
}

/** What the schema expected, in words, for one zod issue. */
function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'an integer' : `${issue.expected}`;
    case 'too_small':
      return bound(issue, 'min');
    case 'too_big':
      return bound(issue, 'max');
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'no unknown key';
    case 'invalid_format':
      return 'pattern' in issue && issue.pattern ? `${issue.message.replace(/^Invalid string: /, '')}` : `a ${issue.format}`;
    case 'invalid_union':
      return 'one of the allowed forms (' + issue.message.replace(/^Invalid input$/, 'see schema') + ')';
    default:
      return issue.message;
  }
}

/** Zod issues of one file as problems, one per issue. */
export function zodProblems(file: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const path = jsonPath(issue.path);
    if (issue.code === 'unrecognized_keys') return { file, path, expected: expectedOf(issue), found: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
    return { file, path, expected: expectedOf(issue), found: describeValue(issue.input) };
  });
}
