import type { ValueMark } from '../../charts';
import type { DataTable } from '../../figures/derive';

/** How a page writes a marker's refs (pageSets: a long list as the name of its set); unchanged by default. */
export type RefsAlias = (refs: string) => string;
const asIs: RefsAlias = (refs) => refs;

/** A value marker as element attributes (data-v, data-derived, data-scale), for Astro's spread. */
export function markAttributes(m: ValueMark, alias: RefsAlias = asIs): Record<string, string> {
  return { 'data-v': alias(m.v), ...(m.derived ? { 'data-derived': m.derived } : {}), ...(m.scale !== undefined && m.scale !== 1 ? { 'data-scale': String(m.scale) } : {}) };
}

/**
 * The value-marker attributes of one data-table cell, so the figure page's table is checked against data/ like
 * every other number on the site (test/values/markedValues.test.ts). An empty cell gets none: it shows no value.
 */
export function cellAttrs(table: DataTable, row: number, key: string, alias?: RefsAlias): Record<string, string> {
  const m = table.marks?.[row]?.[key];
  const v = table.rows[row]?.[key];
  if (!m || v === null || v === undefined || v === '') return {};
  return markAttributes(m, alias);
}
