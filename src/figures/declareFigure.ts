import { collectCredits, type Traced } from './derive';
import { pagesOfFigure } from './figurePages';
import { countOf } from './marks';
import type { FigureBuild } from './types';
import type { TextPart } from './text';
import type { FigureEvidence } from './derive';

/** What a figure module states; the rest (credits, pages it supports, the JSON payload) follows from it. */
export type FigureDeclaration = Omit<FigureBuild, 'credits' | 'usedOn' | 'json' | 'rowCount' | 'rowRefs'> & {
  /** The drawn values with their provenance: the credit lines group them by source and locator. */
  traced: Traced[];
  /** Credits name no studies (a figure of the review itself, e.g. its flow diagram). */
  creditStudies?: false;
  /** The JSON download when it is more than the data table (pooled figures add the model); default: the table. */
  json?: Record<string, unknown>;
};

/**
 * One figure, declared once: credits collected from its traced values, the pages it supports from figurePages,
 * and the JSON download (`figure`, `title`, `rows` = the CSV rows, `columns`, `data`) from its table.
 */
export function declareFigure(ev: FigureEvidence, d: FigureDeclaration): FigureBuild {
  const { traced, creditStudies, json, ...fig } = d;
  const credits = collectCredits(traced, ev.sources);
  // Each row of the data table named by the first data/ value it shows: the row count is their count.
  const rowRefs = d.table.rows.map((_, i) => Object.values(d.table.marks?.(i) ?? {}).find((m) => m !== undefined)?.v.split(' ')[0]);
  return {
    ...fig,
    rowCount: rowCountOf(rowRefs),
    rowRefs,
    json: json ?? { figure: d.slug, title: d.title, rows: d.table.rows.length, columns: d.table.columns.map((c) => c.key), data: d.table.rows },
    credits: creditStudies === false ? credits.map((c) => ({ ...c, studies: [], studyRefs: [] })) : credits,
    usedOn: pagesOfFigure(d.slug),
  };
}

/** A count of table rows, marked as the count of the values they show first when every row shows one. */
export const rowCountOf = (refs: (string | undefined)[]): TextPart => (refs.every((r) => r !== undefined) ? countOf(refs as string[]) : String(refs.length));
