import type { Provenance } from '../schemas';
import type { Evidence } from '../data/evidence';

/** A number's provenance for speaker notes and footnotes: the source's short name, the locator and the verbatim quote. */
export interface NoteProvenance extends Provenance {
  sourceName: string;
}

const isProvenance = (x: unknown): x is Provenance =>
  !!x && typeof x === 'object' && typeof (x as Provenance).source === 'string' && typeof (x as Provenance).quote === 'string' && typeof (x as Provenance).locator === 'string';

function recordOf(ev: Evidence, file: string): unknown {
  const [folder, id] = file.split('/') as [string, string | undefined];
  if (folder === 'review') return ev.review;
  if (folder === 'recommendations') return ev.recommendations;
  let byFile = records.get(ev);
  if (!byFile) {
    byFile = new Map<string, unknown>();
    for (const [dir, list] of [['studies', ev.studies], ['questions', ev.questions], ['topics', ev.topics]] as const)
      for (const r of list as { id: string }[]) if (!byFile.has(`${dir}/${r.id}`)) byFile.set(`${dir}/${r.id}`, r);
    records.set(ev, byFile);
  }
  return byFile.get(`${folder}/${id}`);
}

/** Records by "folder/id", made once per evidence: a deck's notes look up thousands of refs (issue 13). */
const records = new WeakMap<Evidence, Map<string, unknown>>();

/**
 * The provenance of the value a ref names ("studies/mayo-2011#/outcomes/os-5y/value"): the nearest `provenance`
 * on the way to it (an outcome's, a group's, a fact's). Undefined for a value that has none (a study id).
 */
export function provenanceOfRef(ev: Evidence, ref: string): NoteProvenance | undefined {
  const [file, pointer = ''] = ref.split('#') as [string, string | undefined];
  let at: unknown = recordOf(ev, file);
  if (at === undefined) throw new Error(`provenanceOfRef: no data file ${file} (ref ${ref})`);
  let found: Provenance | undefined;
  const take = (x: unknown) => {
    const p = x && typeof x === 'object' ? (x as { provenance?: unknown }).provenance : undefined;
    if (isProvenance(p)) found = p;
    else if (isProvenance(x)) found = x;
  };
  take(at);
  for (const key of pointer.split('/').filter(Boolean)) {
    if (Array.isArray(at)) at = at.find((x: { id?: string }) => x && x.id === key) ?? at[Number(key)];
    else if (at && typeof at === 'object') at = (at as Record<string, unknown>)[key];
    else at = undefined;
    if (at === undefined) throw new Error(`provenanceOfRef: ${ref} names nothing in data/${file}.json`);
    take(at);
  }
  if (!found) return undefined;
  return { ...found, sourceName: ev.sources.find((s) => s.id === found!.source)?.shortName ?? found.source };
}

/** One speaker-note line: “quote” (Source, locator; file). */
export const provenanceLine = (p: NoteProvenance) => `“${p.quote}” (${p.sourceName}, ${p.locator}; ${p.source})`;
