import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Evidence } from '../data/evidence';
import { summaryOfFindings } from '../data/derive';
import { formatCertainty } from '../lib/format/formatCertainty';
import type { Question } from '../schemas';
import { citationLine, type PackContext } from './packContext';
import { sofCells } from './sofCells';
import { stableOfficeFile } from './stableZip';

const font = 'Arial';
/** Half-points: body 10 pt, table 9 pt, footnotes 8.5 pt (GRADEpro's Word export uses small type in the table). */
const size = { body: 20, table: 18, note: 17, title: 28 } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' } as const;
const borders = { top: border, bottom: border, left: border, right: border } as const;
/** Column widths in percent of the text width: outcome, results, participants, comments. */
const widths = [16, 34, 14, 36] as const;

const run = (text: string, opts: { bold?: boolean; italics?: boolean; superScript?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, font, size: opts.size ?? size.body, ...opts });
const para = (children: TextRun[], spacingAfter = 80) => new Paragraph({ children, spacing: { after: spacingAfter } });

function tableCell(paragraphs: TextRun[][], width: number, head = false): TableCell {
  return new TableCell({
    children: paragraphs.map((p) => new Paragraph({ children: p, spacing: { after: 40 } })),
    width: { size: width, type: WidthType.PERCENTAGE },
    borders,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } } : {}),
  });
}

const grades = [
  ['High certainty', 'we are very confident that the true effect lies close to that of the estimate of the effect.'],
  ['Moderate certainty', 'we are moderately confident in the effect estimate: the true effect is likely to be close to the estimate of the effect, but there is a possibility that it is substantially different.'],
  ['Low certainty', 'our confidence in the effect estimate is limited: the true effect may be substantially different from the estimate of the effect.'],
  ['Very low certainty', 'we have very little confidence in the effect estimate: the true effect is likely to be substantially different from the estimate of effect.'],
] as const;

/**
 * A question's Summary-of-Findings table as a Word document, laid out like GRADEpro's export for guideline
 * documents: the question and PICO, the table, lettered footnotes with their sources, the GRADE grades, and
 * the site's citation (version, evidence date, permalink) in the header and footer of every page.
 */
export async function sofDocument(ev: Evidence, q: Question, c: PackContext): Promise<Uint8Array<ArrayBuffer>> {
  const rows = sofCells(summaryOfFindings(q, ev.studies, ev.review));
  const t = (s: string) => [run(s, { size: size.table })];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ['Outcome', 'Results in numbers', '№ of participants (studies)', 'Comments'].map((h, i) => tableCell([[run(h, { bold: true, size: size.table })]], widths[i]!, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [
              tableCell([[run(r.outcome, { bold: true, size: size.table }), ...(r.marks.length ? [run(` ${r.marks.join(',')}`, { superScript: true, size: size.table })] : [])]], widths[0]),
              tableCell((r.results.length ? r.results : ['—']).map(t), widths[1]),
              tableCell([t(r.participants)], widths[2]),
              tableCell([t(r.comments)], widths[3]),
            ],
          }),
      ),
    ],
  });
  const notes = rows.flatMap((r) => r.footnotes);
  const sourceName = (id: string) => ev.sources.find((s) => s.id === id)?.shortName ?? id;
  const children = [
    new Paragraph({ children: [run(`Summary of findings: ${q.title}`, { bold: true, size: size.title })], spacing: { after: 120 } }),
    para([run('Question: ', { bold: true }), run(q.question)]),
    para([run('Patient or population: ', { bold: true }), run(q.pico.population)]),
    para([run('Intervention: ', { bold: true }), run(q.pico.intervention)]),
    para([run('Comparison: ', { bold: true }), run(q.pico.comparator)]),
    para([run('Certainty of the evidence (GRADE) for the whole question: ', { bold: true }), run(formatCertainty(q.certainty.level)), run(` — the review prints “${q.certainty.printed}” (${sourceName(q.certainty.provenance.source)}, ${q.certainty.provenance.locator}). The review graded the question once, so no row carries a grade of its own.`)], 160),
    table,
    new Paragraph({ children: [run('Explanations', { bold: true })], spacing: { before: 200, after: 60 } }),
    ...notes.map((f) =>
      para(
        [
          run(`${f.mark}. `, { bold: true, size: size.note }),
          run(f.text, { size: size.note }),
          // The quote is printed unless the footnote already quotes it whole.
          ...(f.provenance
            ? [run(` Source: ${sourceName(f.provenance.source)}, ${f.provenance.locator}${f.text.includes(f.provenance.quote) ? '' : `: “${f.provenance.quote}”`}.`.replace(/([?!.])\.$/, '$1'), { size: size.note, color: '4A4A4A' })]
            : []),
        ],
        40,
      ),
    ),
    new Paragraph({ children: [run('GRADE Working Group grades of evidence', { bold: true })], spacing: { before: 200, after: 60 } }),
    ...grades.map(([g, d]) => para([run(`${g}: `, { bold: true, size: size.note }), run(d, { size: size.note })], 40)),
    new Paragraph({
      children: [run(`Results in numbers are as the studies report them; participants are counted per outcome and time point from the arm sizes the sources print. Every number is quoted from the source documents with a locator and verbatim quote on the question page: ${c.permalink}`, { size: size.note })],
      spacing: { before: 200 },
    }),
  ];
  const doc = new Document({
    creator: `${c.siteTitle} contributors`,
    lastModifiedBy: c.siteTitle,
    title: `Summary of findings: ${q.title}`,
    description: citationLine(c),
    styles: { default: { document: { run: { font, size: size.body } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [run(`${c.siteTitle} · Question ${q.number}: ${q.title}`, { size: size.note, color: '4A4A4A' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [run(`${citationLine(c)} · ${c.permalink}`, { size: size.note, color: '4A4A4A' })] })] }) },
        children,
      },
    ],
  });
  return stableOfficeFile(new Uint8Array(await Packer.toBuffer(doc)), c.compiledOn);
}
