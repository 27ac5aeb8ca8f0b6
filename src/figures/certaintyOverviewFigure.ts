import type { CertaintyOptions, CertaintyRow, ChartLayout } from '../charts';
import { certaintyData, type DataTable, type FigureEvidence } from './derive';
import { certaintyLevelsReached, certaintySymbols, certaintyWord } from '../lib/format';
import { declareFigure } from './declareFigure';
import { provenanceCells, provenanceColumns } from './shared';
import type { FigureBuild } from './types';
import { countOf, mark, marksOf } from './marks';

const slug = 'certainty-overview';

/** Figure 7: GRADE certainty of the evidence for each clinical question, symbols and word. */
export function certaintyOverviewFigure(ev: FigureEvidence): FigureBuild {
  const rows = certaintyData(ev);
  const title = 'Certainty of the evidence for the clinical questions (GRADE, as the review judged it)';
  const chartRows: CertaintyRow[] = rows.map((r) => ({ label: `Q${r.number}. ${r.title}`, filled: certaintyLevelsReached(r.level), word: certaintyWord(r.level).toUpperCase() }));
  const notes = ['⊕ = one level of certainty reached, ◯ = not reached; observational evidence starts at LOW. Levels as the review graded them; we add no domain judgements.'];
  const table: DataTable = {
    columns: [
      { key: 'question_id', label: 'Question id' },
      { key: 'question', label: 'Question' },
      { key: 'title', label: 'Title' },
      { key: 'certainty', label: 'Certainty' },
      { key: 'symbols', label: 'Symbols' },
      { key: 'printed', label: 'As printed' },
      ...provenanceColumns,
    ],
    rows: rows.map((r) => ({ question_id: r.questionId, question: r.number, title: r.title, certainty: r.level, symbols: certaintySymbols(r.level), printed: r.printed, ...provenanceCells(r.provenance) })),
    marks: marksOf(rows, (r) => {
      const at = (...p: string[]) => mark(`questions/${r.questionId}#/${p.join('/')}`);
      return { question: at('number'), title: at('title'), certainty: at('certainty', 'level'), printed: at('certainty', 'printed'), source: at('certainty', 'provenance', 'source'), locator: at('certainty', 'provenance', 'locator') };
    }),
  };
  const options = (layout: ChartLayout, fontFamily?: string): CertaintyOptions => ({
    id: slug,
    title,
    description: rows.map((r) => `Question ${r.number}, ${r.title}: ${certaintyWord(r.level)} (${r.printed})`).join('; '),
    layout,
    fontFamily,
    notes: ['Filled circle with a plus: one level of certainty reached; empty circle: not reached. Levels as the review graded them.'],
  });
  return declareFigure(ev, {
    slug,
    title,
    caption: [['GRADE certainty the systematic review assigns to each of its ', countOf(rows.map((r) => `questions/${r.questionId}#/number`)), ' clinical questions, shown with the GRADE symbols and the word.'], ...notes.map((n) => [n])],
    drawing: { kind: 'certainty', rows: chartRows, options },
    summary: `${options('wide').description}.`,
    table,
    traced: rows.map((r) => ({ studyLabel: `Q${r.number}`, studyRef: `questions/${r.questionId}#/number`, provenance: r.provenance })),
  });
}
