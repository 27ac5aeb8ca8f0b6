/** One validation problem: where it is, what was expected, what was found. */
// @ts-nocheck

export interface Problem {
  /** Path of the data file relative to the project root, e.g. "data/studies/saxena-2012.json". */
  file: string;
  /** JSON path inside the file, e.g. "$.groups[0].n". */
  path: string;
  expected: string;
  found: string;
}

/** `$.a[0].b` from a path of keys and indices. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('');
}

/** Short, single-line description of a found value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    // Small objects (an interval, a time point) are shown whole: the curator sees what is wrong at once.
    const json = JSON.stringify(value);
    return json.length <= 60 ? `the object ${json}` : 'an object';
  }
  if (value === '') return 'an empty string';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    // Invisible and direction-changing characters would hide in (or scramble) a terminal line: show their code.
    const visible = JSON.stringify(shown).replace(/[\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `string ${visible}${value.length > 60 ? ` (${value.length} characters)` : ''}`;
  }
  return `${typeof value} ${String(value)}`;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: expected ${p.expected}, found ${p.found}`;
}
