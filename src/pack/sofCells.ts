import type { SofRowView } from '../data/derive';
import { formatNumber, formatP, formatQuantity, type QuantityUnit } from '../lib/format';
import type { Provenance } from '../schemas';
import { valueRef } from '../data/derive';

/** One lettered footnote of a Summary-of-Findings table, numbered across the whole table as on the page. */
export interface SofFootnote {
  mark: string;
  text: string;
  provenance?: Provenance;
}

/**
 * One row of the Summary-of-Findings table as text for a slide or a Word table: the same words and numbers the
 * question page shows (SummaryOfFindings.astro, SofResults.astro, SofCount.astro), from the same derived row.
 */
export interface SofCellsRow {
  outcome: string;
  marks: string[];
  /** "Results in numbers": the ranges line, one line per study with values, the result in words. */
  results: string[];
  /** "№ of participants (studies)". */
  participants: string;
  comments: string;
  footnotes: SofFootnote[];
  /** Every number of the row with what it is and its ref, for speaker notes and footnotes. */
  numbers: { label: string; ref: string }[];
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const q = (v: number | 'not reached', unit: string) => formatQuantity(v, unit as QuantityUnit);
const kindLabel = (kind: 'resection' | 'comparator', n: number) => `${kind === 'resection' ? 'Resection' : 'Comparator'} ${n === 1 ? 'arm' : 'arms'}`;
const studiesWord = (n: number) => (n === 1 ? 'study' : 'studies');

function resultsOf(row: SofRowView): { lines: string[]; numbers: SofCellsRow['numbers'] } {
  const lines: string[] = [];
  const numbers: SofCellsRow['numbers'] = [];
  if (row.ranges.length > 0) {
    lines.push(
      row.ranges
        .map((r) => {
          const shown = r.refs.length === 1 ? q(r.low, r.unit) : `${q(r.low, r.unit)} to ${q(r.high, r.unit)}`;
          return `${kindLabel(r.kind, r.refs.length)}: ${shown}${r.notReached > 0 ? ' (one median not reached)' : ''}`;
        })
        .join('; '),
    );
  }
  for (const s of row.studies) {
    const groups = s.counted.filter((g) => g.values.length > 0);
    if (groups.length === 0) continue;
    const parts = groups.map((g) => `${g.label} ${g.values.map((v) => q(v.value, v.unit)).join(' ')}`);
    // "not reached" carries no value marker but is shown, so its source quote goes into the notes too.
    for (const g of groups) for (const v of g.values) numbers.push({ label: `${s.label}, ${g.label}: ${q(v.value, v.unit)}`, ref: v.ref ?? valueRef.outcomeValue(s.studyId, v.outcomeId) });
    const ps = s.pValues.map((p) => ` (${formatP({ operator: p.operator as '=', value: p.value })})`).join('');
    for (const p of s.pValues) numbers.push({ label: `${s.label}: ${formatP({ operator: p.operator as '=', value: p.value })}`, ref: p.ref });
    lines.push(`${s.label}: ${parts.join(' · ')}${ps}`);
  }
  if (row.result) lines.push(row.result);
  return { lines, numbers };
}

function participantsOf(row: SofRowView): { text: string; numbers: SofCellsRow['numbers'] } {
  const k = row.studies.length;
  if (k === 0) return { text: 'none (no study)', numbers: [] };
  const numbers: SofCellsRow['numbers'] = [];
  for (const s of row.studies) for (const g of s.counted) if (g.nRef) numbers.push({ label: `${s.label}, ${g.label}: n = ${formatNumber(g.n!)}`, ref: g.nRef });
  const count = row.participants !== undefined ? `${row.incomplete ? 'at least ' : ''}${formatNumber(row.participants)}` : 'not reported';
  if (row.reportedStudyCount) {
    numbers.push({ label: `studies the review names: ${formatNumber(row.reportedStudyCount.value)}`, ref: row.reportedStudyCount.ref });
    return { text: `${count} (${formatNumber(row.reportedStudyCount.value)} studies, ${formatNumber(k)} of them in this site's data)`, numbers };
  }
  return { text: `${count} (${formatNumber(k)} ${studiesWord(k)})`, numbers };
}

/** The table's rows as text, footnotes lettered a, b, c ... across the table in order (as on the question page). */
export function sofCells(rows: SofRowView[]): SofCellsRow[] {
  let next = 0;
  return rows.map((row) => {
    const footnotes = row.footnotes.map((f) => ({ mark: letters[next++ % 26]!, text: f.text, ...(f.provenance ? { provenance: f.provenance } : {}) }));
    const results = resultsOf(row);
    const participants = participantsOf(row);
    return {
      outcome: row.outcome,
      marks: footnotes.map((f) => f.mark),
      results: results.lines,
      participants: participants.text,
      comments: row.comment,
      footnotes,
      numbers: [...results.numbers, ...participants.numbers],
    };
  });
}

/**
 * How each participant count was made, for speaker notes: per study, the groups summed and their sizes, and the
 * arms not counted. Mirrors the breakdown the question page opens under the count.
 */
export function participantBreakdown(row: SofRowView): string[] {
  return row.studies.map((s) => {
    if (s.uncounted) return `${s.label}: ${s.uncounted}`;
    const summed = s.counted.map((g) => `${g.label} ${g.n !== undefined ? formatNumber(g.n) : '(n not reported)'}`).join(' + ');
    const total = s.counted.length > 1 && s.subtotal ? ` = ${formatNumber(s.subtotal.n)}` : '';
    const skipped = s.skipped.length > 0 ? ` Not counted: ${s.skipped.map((g) => `${g.label}${g.n !== undefined ? ` (${formatNumber(g.n)})` : ''}`).join('; ')}.` : '';
    return `${s.label}: ${summed}${total}.${s.note ? ` ${s.note}` : ''}${skipped}`;
  });
}
