/** A cell value; undefined and null become empty cells. */
export type Cell = string | number | boolean | undefined | null;

function quote(cell: Cell): string {
  if (cell === undefined || cell === null) return '';
  const s = String(cell);
  // RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** A table of named columns as CSV: the column keys as the header, then each row's cells in column order. */
export function tableCsv(table: { columns: readonly { key: string }[]; rows: readonly Record<string, Cell>[] }): string {
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows.map((row) => table.columns.map((c) => row[c.key])),
  );
}
