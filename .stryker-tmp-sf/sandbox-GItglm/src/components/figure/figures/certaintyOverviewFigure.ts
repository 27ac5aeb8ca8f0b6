// @ts-nocheck
import { certaintyOverview, slidePad, type CertaintyOptions, type CertaintyRow, type ChartLayout } from '../../../charts';
import { certaintyData, collectCredits, type DataTable, type FigureEvidence } from '../../../lib/figures';
import { certaintySymbols, certaintyWord } from '../../../lib/format';
import type { FigureBuild } from '../figureTypes';
import { pagesOfFigure } from '../figurePages';

const slug = 'certainty-overview';
const filled = { high: 4, moderate: 3, low: 2, 'very-low': 1, 'no-evidence': 0 } as const;

/** Figure 7: GRADE certainty of the evidence for each clinical question, symbols and word. */
export function certaintyOverviewFigure(ev: FigureEvidence): FigureBuild {
  const rows = certaintyData(ev);
  const title = 'Certainty of the evidence for the clinical questions (GRADE, as the review judged it)';
  const chartRows: CertaintyRow[] = rows.map((r) => ({ label: `Q${r.number}. ${r.title}`, filled: filled[r.level], word: certaintyWord(r.level).toUpperCase() }));
  const notes = ['⊕ = one level of certainty reached, ◯ = not reached; observational evidence starts at LOW. Levels as the review graded them; we add no domain judgements.'];
  const table: DataTable = {
    columns: [
      { key: 'question', label: 'Question' },
      { key: 'title', label: 'Title' },
      { key: 'certainty', label: 'Certainty' },
      { key: 'symbols', label: 'Symbols' },
      { key: 'printed', label: 'As printed' },
      { key: 'source', label: 'Source' },
      { key: 'locator', label: 'Locator' },
    ],
    rows: rows.map((r) => ({ question: r.number, title: r.title, certainty: r.level, symbols: certaintySymbols(r.level), printed: r.printed, source: r.provenance.source, locator: r.provenance.locator })),
  };
  const options = (layout: ChartLayout, fontFamily?: string): CertaintyOptions => ({
    id: slug,
    title,
    description: rows.map((r) => `Question ${r.number}, ${r.title}: ${certaintyWord(r.level)} (${r.printed})`).join('; '),
    layout,
    fontFamily,
    notes: ['Filled circle with a plus: one level of certainty reached; empty circle: not reached. Levels as the review graded them.'],
  });
  return {
    slug,
    title,
    caption: [`GRADE certainty the systematic review assigns to each of its ${rows.length} clinical questions, shown with the GRADE symbols and the word.`, ...notes],
    chart: (layout, fontFamily) => certaintyOverview(chartRows, options(layout, fontFamily)),
    summary: `${options('wide').description}.`,
    slides: (box, fontFamily) => [certaintyOverview(chartRows, { ...options('wide', fontFamily), metrics: { width: box.width, fontSize: box.fontSize, pad: slidePad } })],
    table,
    json: { figure: slug, title, rows: table.rows.length, columns: table.columns.map((c) => c.key), data: table.rows },
    credits: collectCredits(rows.map((r) => ({ studyLabel: `Q${r.number}`, provenance: r.provenance })), ev.sources),
    usedOn: pagesOfFigure(slug),
  };
}
