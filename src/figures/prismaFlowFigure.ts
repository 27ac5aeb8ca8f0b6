import type { ChartLayout, FlowBox, FlowStage, PrismaOptions } from '../charts';
import { prismaFlowData, type DataTable, type FigureEvidence, type FlowCountRow } from './derive';
import { formatNumber, numberWord } from '../lib/format';
import { declareFigure } from './declareFigure';
import { provenanceCells, provenanceColumns } from './shared';
import type { FigureBuild } from './types';
import { mark, marksOf } from './marks';
import { dataText, marked, plainText, type FigureText } from './text';

const slug = 'prisma-flow';

/**
 * "Two counts do not reconcile with the counts above them": the count spelled out, so that after "Figure 1." it
 * cannot be read as "Figure 1.2"; beyond twelve the number follows a colon.
 */
export function notReconciled(k: number): string {
  if (k > 12) return `Counts that do not reconcile with the counts above them: ${formatNumber(k, 0)}`;
  const word = numberWord(k);
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${k === 1 ? 'count does' : 'counts do'} not reconcile with the ${k === 1 ? 'count above it' : 'counts above them'}`;
}

/** Figure 6: the review's PRISMA flow diagram, with the counts that do not reconcile marked. */
export function prismaFlowFigure(ev: FigureEvidence): FigureBuild {
  const rows = prismaFlowData(ev);
  const n = (v: number) => formatNumber(v, 0);
  const box = (id: string, heading: string): FlowBox => {
    const total = rows.find((r) => r.box === id && r.item === 'total')!;
    const reasons = rows.filter((r) => r.box === id && r.item === 'reason');
    return {
      id,
      heading: `${heading} (n = ${n(total.reported)})`,
      lines: reasons.map((r) => `${r.label} (n = ${n(r.reported)})`),
      warning: total.reconciles ? undefined : `Does not reconcile: reported ${n(total.reported)}; ${total.computed}`,
    };
  };
  const stages: FlowStage[] = [
    { stage: 'Identification', main: box('identified', 'Search results combined'), excluded: box('excluded-screening', 'Excluded on title and abstract') },
    { stage: 'Screening', main: box('retained-screening', 'Retained after title and abstract screening'), excluded: box('excluded-eligibility', 'Excluded at manuscript review') },
    { stage: 'Included', main: box('included', 'Studies included in the review') },
  ];
  const bad = rows.filter((r) => !r.reconciles);
  const notes: FigureText[] = bad.length
    ? [["Counts as printed in the review's Figure 1. ", notReconciled(bad.length), ' (dashed boxes with a warning sign); we show both and correct neither.']]
    : [["Counts as printed in the review's Figure 1; all reconcile."]];
  const title = 'PRISMA flow diagram of the systematic review, with the counts that do not add up';
  const table: DataTable = {
    columns: [
      { key: 'data_pointer', label: 'Where in data/review.json' },
      { key: 'box', label: 'Box' },
      { key: 'item', label: 'Item' },
      { key: 'label', label: 'Label' },
      { key: 'reported', label: 'Reported n' },
      { key: 'computed', label: 'Computed from the other counts' },
      { key: 'reconciles', label: 'Reconciles' },
      ...provenanceColumns,
      { key: 'quote', label: 'Quote' },
    ],
    rows: rows.map((r: FlowCountRow) => ({ data_pointer: r.pointer, box: r.box, item: r.item, label: r.label, reported: r.reported, computed: r.computed, reconciles: r.reconciles, ...provenanceCells(r.provenance), quote: r.provenance.quote })),
    marks: marksOf(rows, (r) => {
      const at = (field: string) => `review#${r.pointer.replace(/\/value$/, `/${field}`)}`;
      return { reported: mark(`review#${r.pointer}`), source: mark(at('provenance/source')), locator: mark(at('provenance/locator')), quote: mark(at('provenance/quote')) };
    }),
  };
  const options = (layout: ChartLayout, fontFamily?: string): PrismaOptions => ({
    id: slug,
    title,
    description: `${rows.filter((r) => r.item === 'total').map((r) => `${r.label}: ${n(r.reported)}${r.reconciles ? '' : ` (does not reconcile: ${r.computed})`}`).join('; ')}.`,
    layout,
    fontFamily,
    notes: notes.map(plainText),
  });
  return declareFigure(ev, {
    slug,
    title,
    caption: [
      ["Study selection of the systematic review as its PRISMA flow chart (Figure 1) prints it: records identified, excluded with reasons, retained and included."],
      ...notes,
      ...bad.map((r): FigureText => [r.label, ': reported ', marked(n(r.reported), mark(`review#${r.pointer}`)), ', but ', dataText(r.computed ?? ''), '.']),
    ],
    drawing: { kind: 'prisma', stages, options },
    summary: `Flow diagram: ${options('wide').description}`,
    table,
    traced: rows.map((r) => ({ studyLabel: 'PRISMA flow', provenance: r.provenance })),
    creditStudies: false,
  });
}
