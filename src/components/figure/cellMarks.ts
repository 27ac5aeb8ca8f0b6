import type { ValueMark } from '../../charts';
import type { DataTable, RowMarks } from '../../figures/derive';

/** How a page writes a marker's refs (pageSets: a long list as the name of its set); unchanged by default. */
export type RefsAlias = (refs: string) => string;
const asIs: RefsAlias = (refs) => refs;

/** A value marker as element attributes (data-v, data-derived, data-scale), for Astro's spread. */
export function markAttributes(m: ValueMark, alias: RefsAlias = asIs): Record<string, string> {
  return { 'data-v': alias(m.v), ...(m.derived ? { 'data-derived': m.derived } : {}), ...(m.scale !== undefined && m.scale !== 1 ? { 'data-scale': String(m.scale) } : {}) };
}

/**
 * The value-marker attributes of one data-table cell (its row's `marks` and `values`, made once per row), so the figure page's table is checked against data/ like
 * every other number on the site (test/values/markedValues.test.ts). An empty cell gets none: it shows no value.
 */
export function cellAttrs(marks: RowMarks | undefined, values: DataTable['rows'][number] | undefined, key: string, alias?: RefsAlias): Record<string, string> {
  const m = marks?.[key];
  const v = values?.[key];
  if (!m || v === null || v === undefined || v === '') return {};
  return markAttributes(m, alias);
}

/**
 * The file most of a table row's markers name ("studies/x"), written once on the row as `data-v-base`, and an
 * alias that writes that file's refs without it (`#/outcomes/os/value`): a row of a risk-difference table names its
 * study in some fifteen refs. test/values makes them absolute again before any check (docs/value-markers.md).
 */
export function rowBase(marks: RowMarks | undefined, values: DataTable['rows'][number] | undefined, keys: string[]): { base?: string; alias: (v: string) => string } {
  const files = keys.flatMap((k) => (cellAttrs(marks, values, k)['data-v'] ?? '').split(' ').filter((r) => r.includes('#/')).map((r) => r.slice(0, r.indexOf('#'))));
  const count = new Map<string, number>();
  for (const f of files) count.set(f, (count.get(f) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < 2) return { alias: asIs };
  const base = best[0];
  return { base, alias: (v) => v.split(' ').map((r) => (r.startsWith(`${base}#/`) ? r.slice(base.length) : r)).join(' ') };
}
