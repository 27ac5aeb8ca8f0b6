/**
 * Derived numbers over whole study records, for markers whose size must not grow with the studies: the marker
 * names the records by wildcard (`data-v="studies/*#/id"`) and the rule here, written from the rule the site
 * states (/methods/#patient-total) and reading data/ with dataValue only, recomputes the number. The site's own
 * code (src/data/derive/participantsOf.ts) is never called, so a wrong total in dist/ or in that code fails.
 */
import { dataValue, hasDataValue } from './dataValue';

interface GroupJson {
  role?: unknown;
  n?: unknown;
}

/**
 * Participants of one study record: its treatment arms' n summed when every arm has an n, else its whole
 * cohort's n, else its printed total; undefined when the record gives none of them.
 */
export function recordParticipants(file: string): number | undefined {
  const groups = dataValue(`${file}#/groups`) as GroupJson[];
  const arms = groups.filter((g) => g.role === 'arm');
  if (arms.length > 0 && arms.every((g) => typeof g.n === 'number')) return arms.reduce((s, g) => s + (g.n as number), 0);
  const cohort = groups.find((g) => g.role === 'whole-cohort' && typeof g.n === 'number');
  if (cohort) return cohort.n as number;
  const printed = `${file}#/totalPatients/value`;
  return hasDataValue(printed) ? (dataValue(printed) as number) : undefined;
}

/** The record (data file) a ref points into: "studies/mayo-2011#/id" -> "studies/mayo-2011". */
const recordOf = (ref: string) => ref.slice(0, ref.indexOf('#'));
const participants = (refs: string[]) => [...new Set(refs.map(recordOf))].map(recordParticipants).filter((n): n is number => n !== undefined);

/** Quotes (objects with a string `source` and `quote`) anywhere inside a JSON value whose source is `sourceId`. */
export function quotesOf(value: unknown, sourceId: string): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + quotesOf(v, sourceId), 0);
  if (!value || typeof value !== 'object') return 0;
  const o = value as Record<string, unknown>;
  if (typeof o.source === 'string' && typeof o.quote === 'string') return o.source === sourceId ? 1 : 0;
  return Object.values(o).reduce((n: number, v) => n + quotesOf(v, sourceId), 0);
}
/** Quotes of the source the first ref names (`sources/X#/id`) in each record the other refs name. */
function quotesPerRecord(refs: string[]): number[] {
  const [source, ...records] = refs;
  if (!source?.startsWith('sources/')) throw new Error(`the first ref must name a source (sources/X#/id), found ${source}`);
  const sourceId = dataValue(`${recordOf(source)}#/id`) as string;
  return [...new Set(records.map(recordOf))].map((file) => quotesOf(dataValue(`${file}#/`, true), sourceId));
}

/** `data-derived` kinds whose refs name whole records (any address inside each record, by convention `#/id`). */
export const recordDerivations: Record<string, (refs: string[]) => number> = {
  /** The sum of the records' participants (the home page's patient total). */
  participants: (refs) => participants(refs).reduce((a, b) => a + b, 0),
  /** How many of the records have participants to count. */
  'participants-counted': (refs) => participants(refs).length,
  /** Quotes of a source (first ref) in the records (other refs): "12 quoted values" on a source page. */
  quotes: (refs) => quotesPerRecord(refs).reduce((a, b) => a + b, 0),
  /** How many of the records quote the source at least once: "quoted in 240 studies". */
  'records-quoting': (refs) => quotesPerRecord(refs).filter((n) => n > 0).length,
};
