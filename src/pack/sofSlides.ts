import type PptxGenJS from 'pptxgenjs';
import type { Evidence } from '../data/evidence';
import type { SofRowView } from '../data/derive';
import { formatCertainty, type CertaintyLevel } from '../lib/format/formatCertainty';
import { addSlide, footerTop, slide } from './deckLayout';
import type { PackContext } from './packContext';
import { provenanceLine, provenanceOfRef } from './provenanceOfRef';
import { participantBreakdown, sofCells, type SofCellsRow } from './sofCells';

/** Table type and column widths (inches, summing to the text width): large enough to read from the back of a room. */
const body = 14;
const noteSize = 12;
const columns = [
  { head: 'Outcome', w: 2.3 },
  { head: 'Results in numbers', w: 4.4 },
  { head: '№ of participants (studies)', w: 1.75 },
  { head: 'Comments', w: 3.883 },
] as const;
const tableTop = 1.55;
const bottom = footerTop - 0.15;

/** Rough height of text in a box: Arial averages a little under half an em per character. */
function textHeight(paragraphs: string[], widthIn: number, pt: number): number {
  const perLine = Math.max(1, Math.floor(((widthIn - 0.2) * 72) / (pt * 0.43)));
  const lines = paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  return (lines * pt * 1.18) / 72;
}

const rowHeight = (r: SofCellsRow) =>
  0.15 + Math.max(textHeight([`${r.outcome} ${r.marks.join(',')}`], columns[0].w, body), textHeight(r.results, columns[1].w, body), textHeight([r.participants], columns[2].w, body), textHeight([r.comments], columns[3].w, body));
const notesHeight = (r: SofCellsRow) => textHeight(r.footnotes.map((f) => `${f.mark}. ${f.text}`), slide.width - 2 * slide.margin, noteSize);
const headHeight = 0.15 + textHeight([columns[2].head], columns[2].w, body);

/** Rows per slide, greedily: as many as fit above the footer with their footnotes; a taller row gets a slide alone. */
export function paginateRows(rows: SofCellsRow[]): SofCellsRow[][] {
  const pages: SofCellsRow[][] = [];
  let page: SofCellsRow[] = [];
  let used = 0;
  for (const r of rows) {
    const h = rowHeight(r) + notesHeight(r);
    if (page.length > 0 && tableTop + headHeight + used + h > bottom) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(r);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

const cell = (text: PptxGenJS.TextProps[] | string, opts: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({ text, options: { fontFace: slide.font, fontSize: body, color: slide.ink, valign: 'top', ...opts } });
const lines = (ps: string[]): PptxGenJS.TextProps[] => ps.map((p, i) => ({ text: p, options: { breakLine: i < ps.length - 1 } }));

/** Speaker notes of a SoF slide: per row, each number with its verbatim source quote, how participants were counted, and the footnotes' sources. */
function rowNotes(ev: Evidence, r: SofCellsRow, view: SofRowView): string[] {
  const out = [`${r.outcome}`];
  for (const n of r.numbers) {
    const p = provenanceOfRef(ev, n.ref);
    out.push(`- ${n.label}: ${p ? provenanceLine(p) : n.ref}`);
  }
  out.push(`- Participants counted: ${participantBreakdown(view).join(' ')}`);
  for (const f of r.footnotes) if (f.provenance) out.push(`- Footnote ${f.mark}: “${f.provenance.quote}” (${ev.sources.find((s) => s.id === f.provenance!.source)?.shortName ?? f.provenance.source}, ${f.provenance.locator}; ${f.provenance.source})`);
  return out;
}

/**
 * The Summary-of-Findings table as native PowerPoint tables (editable), over as many slides as it needs, each
 * with the question's certainty (graded once for the whole question) and the footnotes of its rows.
 */
export function addSofSlides(deck: PptxGenJS, c: PackContext, ev: Evidence, questionTitle: string, level: CertaintyLevel, printed: string, views: SofRowView[]): void {
  const rows = sofCells(views);
  const pages = paginateRows(rows);
  pages.forEach((page, i) => {
    const title = `Summary of findings${pages.length > 1 ? ` (${i + 1} of ${pages.length})` : ''}`;
    const notes = [`Summary of findings: ${questionTitle}. Numbers as the studies report them; participants counted per outcome and time point.`, ''];
    for (const r of page) notes.push(...rowNotes(ev, r, views[rows.indexOf(r)]!), '');
    const s = addSlide(deck, c, title, notes);
    s.addText(
      [
        { text: 'Certainty for the whole question: ', options: { bold: true } },
        { text: formatCertainty(level) },
        { text: ` (“${printed}”; rows carry no grade of their own)`, options: { color: slide.muted } },
      ],
      { x: slide.margin, y: 1.05, w: slide.width - 2 * slide.margin, h: 0.4, fontFace: slide.font, fontSize: noteSize + 2, color: slide.ink, valign: 'middle' },
    );
    const head = columns.map((col) => cell(col.head, { bold: true, fill: { color: 'E8EEF5' } }));
    const tableRows: PptxGenJS.TableRow[] = [
      head,
      ...page.map((r) => [
        cell([{ text: r.outcome, options: { bold: true } }, ...(r.marks.length ? [{ text: ` ${r.marks.join(',')}`, options: { superscript: true } }] : [])]),
        cell(lines(r.results.length ? r.results : ['—'])),
        cell(r.participants),
        cell(r.comments),
      ]),
    ];
    s.addTable(tableRows, { x: slide.margin, y: tableTop, w: slide.width - 2 * slide.margin, colW: columns.map((col) => col.w), border: { type: 'solid', pt: 0.75, color: slide.rule }, margin: 0.06, autoPage: false });
    const foot = page.flatMap((r) => r.footnotes);
    if (foot.length > 0) {
      const h = foot.reduce((a, f) => a + textHeight([`${f.mark}. ${f.text}`], slide.width - 2 * slide.margin, noteSize), 0) + 0.1;
      s.addText(
        foot.map((f, j) => ({ text: `${f.mark}. ${f.text}`, options: { breakLine: j < foot.length - 1 } })),
        // Just under the table (its estimated height errs on the tall side), never into the footer.
        { x: slide.margin, y: Math.min(tableTop + headHeight + page.reduce((a, r) => a + rowHeight(r), 0) + 0.15, bottom - h), w: slide.width - 2 * slide.margin, h, fontFace: slide.font, fontSize: noteSize, color: slide.muted, valign: 'top' },
      );
    }
  });
}
