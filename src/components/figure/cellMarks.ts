import type { DataTable } from '../../figures/derive';

/**
 * The value-marker attributes of one data-table cell (data-v, data-derived, data-scale), so the figure page's
 * table is checked against data/ like every other number on the site (test/values/markedValues.test.ts).
 * An empty cell gets none: it shows no value.
 */
export function cellAttrs(table: DataTable, row: number, key: string): Record<string, string> {
  const m = table.marks?.[row]?.[key];
  const v = table.rows[row]?.[key];
  if (!m || v === null || v === undefined || v === '') return {};
  return { 'data-v': m.v, ...(m.derived ? { 'data-derived': m.derived } : {}), ...(m.scale !== undefined && m.scale !== 1 ? { 'data-scale': String(m.scale) } : {}) };
}
