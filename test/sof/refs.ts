/**
 * Resolve value refs ("FILE#POINTER") against data/ read as raw JSON, independently of src/: FILE is the path under
 * data/ without .json; a pointer segment into an array picks the element whose id equals it, else a numeric index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, unknown>();
export function rawData(file: string): any {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(process.cwd(), 'data', `${file}.json`), 'utf8')));
  return cache.get(file);
}

export function resolveRef(ref: string): unknown {
  const [file, pointer = ''] = ref.split('#');
  let node: any = rawData(file!);
  for (const seg of pointer.split('/').filter(Boolean)) {
    if (Array.isArray(node)) node = node.find((x) => x && x.id === seg) ?? node[Number(seg)];
    else node = node?.[seg];
    if (node === undefined) throw new Error(`ref ${ref}: no ${seg}`);
  }
  return node;
}

/** Numbers in shown text ("1,008", "10.5", "0.001"), in order. */
export function numbersIn(text: string): number[] {
  return (text.replace(/\u2212/g, '-').match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((s) => Number(s.replace(/,/g, '')));
}

/** Check one marked element; returns a problem or undefined. */
export function markerProblem(refsAttr: string, derived: string | undefined, text: string): string | undefined {
  const refs = refsAttr.split(/\s+/).filter(Boolean);
  const shown = numbersIn(text);
  const close = (a: number, b: number) => Math.abs(a - b) <= 0.5 * 10 ** -Math.max(0, (String(a).split('.')[1] ?? '').length) + 1e-9;
  if (derived === 'count') return shown.length === 1 && shown[0] === refs.length ? undefined : `count: shown ${shown} for ${refs.length} refs`;
  const values = refs.map((r) => Number(resolveRef(r)));
  if (derived === 'sum') {
    const sum = values.reduce((a, b) => a + b, 0);
    return shown.length === 1 && close(shown[0]!, sum) ? undefined : `sum: shown ${shown}, refs sum to ${sum}`;
  }
  if (derived === 'range') {
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    return shown.length === 2 && close(shown[0]!, lo) && close(shown[1]!, hi) ? undefined : `range: shown ${shown}, refs span ${lo}–${hi}`;
  }
  return shown.length === values.length && shown.every((s, i) => close(s, values[i]!)) ? undefined : `shown ${shown}, refs hold ${values}`;
}
