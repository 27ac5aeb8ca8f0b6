import type { Provenance } from '../schemas';
import type { Evidence } from './evidence';

export interface LocatedProvenance {
  file: string;
  path: string;
  provenance: Provenance;
}

/** Walk any value and yield every provenance object with its JSON path. */
function* walk(value: unknown, path: string): Generator<{ path: string; provenance: Provenance }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
    return;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.quote === 'string' && typeof o.locator === 'string') {
      yield { path, provenance: o as unknown as Provenance };
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* walk(v, `${path}.${k}`);
  }
}

/** Every provenance inside one record (a study, a question), in document order. */
export const provenanceIn = (record: unknown): Provenance[] => [...walk(record, '$')].map((p) => p.provenance);

/** Every provenance of the evidence base with the file and JSON path it sits at. */
export function collectProvenance(ev: Evidence): LocatedProvenance[] {
  const out: LocatedProvenance[] = [];
  const add = (file: string, record: unknown) => {
    for (const p of walk(record, '$')) out.push({ file, ...p });
  };
  add(ev.files.review!, ev.review);
  add(ev.files.recommendations!, ev.recommendations);
  for (const s of ev.studies) add(ev.files[`studies/${s.id}`]!, s);
  for (const q of ev.questions) add(ev.files[`questions/${q.id}`]!, q);
  for (const t of ev.topics) add(ev.files[`topics/${t.id}`]!, t);
  return out;
}
