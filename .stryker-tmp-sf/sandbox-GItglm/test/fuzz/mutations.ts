/**
 * Seeded mutations of the evidence base that are invalid by construction: each breaks a rule every schema
 * or cross-check states (strict objects, bounded strings, slug ids, required provenance, resolvable ids,
 * parseable JSON). Pure: (files, random) -> one mutated copy of the files and what was broken where.
 */
// @ts-nocheck

export type Files = ReadonlyMap<string, string>;
export type Random = () => number;

export interface Mutation {
  kind: string;
  /** The file that was broken, and the JSON path (when the break has one). */
  file: string;
  path: string;
  files: Map<string, string>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Node {
  path: string;
  value: Json;
  parent?: Json[] | { [k: string]: Json };
  key?: string | number;
}

/** Every node of a JSON value with its path in the validator's notation ($.a[0].b). */
export function nodes(value: Json, path = '$', parent?: Node['parent'], key?: Node['key']): Node[] {
  const out: Node[] = [{ path, value, parent, key }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nodes(v, `${path}[${i}]`, value, i)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...nodes(v, `${path}.${k}`, value, k));
  return out;
}

const pick = <T>(rnd: Random, xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error('fuzz: nothing to pick from');
  return xs[Math.floor(rnd() * xs.length)]!;
};
const isObject = (v: Json): v is { [k: string]: Json } => !!v && typeof v === 'object' && !Array.isArray(v);
const set = (n: Node, v: Json) => ((n.parent as any)[n.key!] = v);

/** Files holding one JSON record each (all of data/). */
const jsonFiles = (files: Files) => [...files.keys()].filter((f) => f.endsWith('.json')).sort();
const studyFiles = (files: Files) => jsonFiles(files).filter((f) => f.startsWith('data/studies/'));

/**
 * Apply `edit` to the parsed JSON of `file`; the edit returns the broken path, or undefined when the file
 * has nothing it can break, in which case the next file (in a seeded order) of `candidates` is tried.
 */
function editJson(files: Files, file: string, kind: string, edit: (json: Json) => string | undefined, candidates: string[] = [], rnd?: Random): Mutation {
  const order = [file, ...candidates.filter((f) => f !== file).sort(() => (rnd ? rnd() - 0.5 : 0))];
  for (const f of order) {
    const json = JSON.parse(files.get(f)!) as Json;
    const path = edit(json);
    if (path === undefined) continue;
    const out = new Map(files);
    out.set(f, `${JSON.stringify(json, null, 2)}\n`);
    return { kind, file: f, path, files: out };
  }
  throw new Error(`fuzz: no file offers a target for "${kind}"`);
}

function editText(files: Files, file: string, kind: string, text: string): Mutation {
  const out = new Map(files);
  out.set(file, text);
  return { kind, file, path: '$', files: out };
}

/** Characters no slug id may contain: accents, homoglyphs, invisible and bidi controls, emoji, NUL, lone surrogate. */
const ODD = ['é', 'а' /* Cyrillic a */, '\u200b', '\u202e', '\u0301', '🧬', '\u0000', '\ud800', 'ß', 'Ａ', '\ufeff', ' ', '\n'];

/** Keys whose values are slug ids or closed-vocabulary ids (never free text). */
const ID_KEYS = new Set(['id', 'group', 'source']);
const isIdNode = (file: string, n: Node) =>
  typeof n.value === 'string' && n.key !== undefined && ID_KEYS.has(String(n.key)) && !(file === 'data/review.json' && /^\$\.statements\[\d+\]\.id$/.test(n.path));

export const MUTATORS: Record<string, (files: Files, rnd: Random) => Mutation> = {
  /** A leaf becomes a container, a container becomes a leaf: no field accepts both. */
  'type swap': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files));
    return editJson(files, file, 'type swap', (json) => {
      const n = pick(rnd, nodes(json).filter((x) => x.parent));
      const v = n.value;
      set(n, Array.isArray(v) ? pick(rnd, [0, 'list', true]) : isObject(v) ? pick(rnd, ['object', 1, false, null]) : typeof v === 'boolean' ? String(v) : pick(rnd, [{}, [], true, null]));
      return n.path;
    });
  },
  /** A required field removed: the three parts of a provenance, or the id, label or kind of a record. */
  'deleted key': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files).filter((f) => files.get(f)!.includes('"quote"')));
    return editJson(files, file, 'deleted key', (json) => {
      const provenances = nodes(json).filter((n) => isObject(n.value) && 'quote' in n.value && 'source' in n.value && 'locator' in n.value);
      const outcomes = nodes(json).filter((n) => isObject(n.value) && 'measure' in n.value && 'statistic' in n.value);
      const targets: Array<[Node, string]> = [
        ...provenances.flatMap((n) => ['source', 'locator', 'quote'].map((k): [Node, string] => [n, k])),
        ...outcomes.flatMap((n) => ['measure', 'statistic', 'unit', 'printed', 'value', 'group', 'provenance'].map((k): [Node, string] => [n, k])),
      ];
      const [n, key] = pick(rnd, targets);
      delete (n.value as Record<string, Json>)[key];
      return `${n.path}.${key}`;
    });
  },
  /** A key no schema knows, on any object (all objects are strict). */
  'unknown key': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files));
    return editJson(files, file, 'unknown key', (json) => {
      const n = pick(rnd, nodes(json).filter((x) => isObject(x.value)));
      (n.value as Record<string, Json>)[`fuzz_${Math.floor(rnd() * 1e6)}`] = pick(rnd, ['x', 1, true, null, []]);
      return n.path;
    });
  },
  /** Counts negative or fractional, percentages outside 0-100, p-values above 1. */
  'out of range': (files, rnd) => {
    const file = pick(rnd, studyFiles(files));
    return editJson(files, file, 'out of range', (json) => {
      const all = nodes(json);
      const counts = all.filter((n) => (n.key === 'n' || n.key === 'count') && typeof n.value === 'number');
      const totals = all.filter((n) => n.key === 'value' && typeof n.value === 'number' && /totalPatients\.value$/.test(n.path));
      const percents = all.filter((n) => isObject(n.value) && n.value.unit === 'percent' && typeof n.value.value === 'number');
      const pvalues = all.filter((n) => n.key === 'value' && /\.p\.value$/.test(n.path));
      const k = 1 + Math.floor(rnd() * 1000);
      const choices: Array<() => string> = [
        ...[...counts, ...totals].map((n) => () => (set(n, pick(rnd, [-k, k + 0.5])), n.path)),
        ...percents.map((n) => () => (((n.value as Record<string, Json>).value = pick(rnd, [100 + k / 10, -k / 10])), `${n.path}.value`)),
        ...pvalues.map((n) => () => (set(n, 1 + k / 1000), n.path)),
      ];
      return choices.length > 0 ? pick(rnd, choices)() : undefined;
    }, studyFiles(files), rnd);
  },
  /** An id used twice in one list, or a record saved under a second file name. */
  duplicate: (files, rnd) => {
    if (rnd() < 0.3) {
      const file = pick(rnd, studyFiles(files));
      const copy = file.replace(/\.json$/, `-copy${Math.floor(rnd() * 100)}.json`);
      const out = new Map(files);
      out.set(copy, files.get(file)!);
      return { kind: 'duplicate', file: copy, path: '$.id', files: out };
    }
    const file = pick(rnd, studyFiles(files));
    return editJson(files, file, 'duplicate', (json) => {
      const lists = (['groups', 'outcomes', 'comparisons'] as const).filter((k) => ((json as any)[k] ?? []).length >= 2);
      if (lists.length === 0) return undefined;
      const list = (json as any)[pick(rnd, lists)] as Array<{ id: string }>;
      const j = 1 + Math.floor(rnd() * (list.length - 1));
      list[j]!.id = list[Math.floor(rnd() * j)]!.id;
      return `$.${Object.entries(json as object).find(([, v]) => v === list)![0]}[${j}].id`;
    }, studyFiles(files), rnd);
  },
  /** A reference to a group, outcome, study or question that does not exist. */
  'dangling reference': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files).filter((f) => f.startsWith('data/studies/') || f.startsWith('data/questions/')));
    return editJson(files, file, 'dangling reference', (json) => {
      const refs = nodes(json).filter(
        // Only fields that are references: an outcome's group, a comparison's outcomes/groups, a study's questions,
        // a question's studies and its Summary-of-Findings rows' studies (not free-text lists such as pico.outcomes).
        (n) =>
          typeof n.value === 'string' &&
          (/^\$\.outcomes\[\d+\]\.group$/.test(n.path) ||
            /^\$\.comparisons\[\d+\]\.(outcomes|groups)\[\d+\]$/.test(n.path) ||
            /^\$\.(questions|studies)\[\d+\]$/.test(n.path) ||
            /^\$\.summaryOfFindings\[\d+\]\.studies\[\d+\]$/.test(n.path)),
      );
      const missing = `fuzz-missing-${Math.floor(rnd() * 1e6)}`;
      if (refs.length === 0) {
        // No reference to break here: add one.
        const list = file.startsWith('data/studies/') ? 'questions' : 'studies';
        ((json as any)[list] ??= []).push(missing);
        return `$.${list}[${(json as any)[list].length - 1}]`;
      }
      const n = pick(rnd, refs);
      set(n, missing);
      return n.path;
    });
  },
  /** Text that is not JSON: truncated, unclosed, trailing comma, a BOM, a bare word. */
  'malformed JSON': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files));
    const text = files.get(file)!;
    const end = text.lastIndexOf('}');
    const broken = pick(rnd, [
      () => text.slice(0, 1 + Math.floor(rnd() * (end - 1))),
      () => `${text.slice(0, end).trimEnd()},\n}\n`,
      () => `\ufeff${text}`,
      () => text.replace('{', '{,'),
      () => text.replace(/"([a-zA-Z]+)":/, '$1:'),
      () => pick(rnd, ['undefined', 'NaN', "{'id': 1}", '{"a": 1} {"b": 2}']),
    ])();
    return editText(files, file, 'malformed JSON', broken);
  },
  'empty file': (files, rnd) => editText(files, pick(rnd, jsonFiles(files)), 'empty file', pick(rnd, ['', ' ', '\n', '\t\r\n  '])),
  /** A string longer than the longest any field allows (1200 characters). */
  'very long string': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files));
    return editJson(files, file, 'very long string', (json) => {
      const n = pick(rnd, nodes(json).filter((x) => typeof x.value === 'string'));
      set(n, pick(rnd, ['x', 'é', '🧬', ' ', 'ab\u0301']).repeat(1201 + Math.floor(rnd() * 20_000)));
      return n.path;
    });
  },
  /** Odd Unicode inside an id, which must be a lower-case ASCII slug or a known name. */
  'odd Unicode in an id': (files, rnd) => {
    const file = pick(rnd, jsonFiles(files).filter((f) => files.get(f)!.includes('"id"') || files.get(f)!.includes('"source"')));
    return editJson(files, file, 'odd Unicode in an id', (json) => {
      const n = pick(rnd, nodes(json).filter((x) => isIdNode(file, x)));
      const s = n.value as string;
      const at = Math.floor(rnd() * (s.length + 1));
      set(n, s.slice(0, at) + pick(rnd, ODD) + s.slice(at));
      return n.path;
    });
  },
};

/** `count` mutations, cycling through every kind so each is well represented. */
export function mutations(files: Files, rnd: Random, count: number): Mutation[] {
  const kinds = Object.keys(MUTATORS);
  return Array.from({ length: count }, (_, i) => MUTATORS[kinds[i % kinds.length]!]!(files, rnd));
}
