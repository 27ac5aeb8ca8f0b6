// @ts-nocheck
import type { DataTable } from './types';

/** RFC 4180 CSV: a header of the column keys, then one line per row; no comments, CRLF-free ("\n"). */
export function toCsv(table: DataTable): string {
  const cell = (v: string | number | boolean | null | undefined) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [table.columns.map((c) => cell(c.key)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(','));
  return `${lines.join('\n')}\n`;
}
