import type { ValueSets, CertaintyOptions, CertaintyRow, ChartLayout, FlowStage, ForestOptions, ForestPanel, PrismaOptions } from '../charts';
import type { Credit, DataTable } from './derive';
import type { FigureText, TextPart } from './text';

/** Options of a chart in one layout; `fontFamily` is set for rasterised variants (DejaVu Sans). */
type OptionsOf<T> = (layout: ChartLayout, fontFamily?: string) => T;

/**
 * What a figure draws, as the input of one chart function (src/charts): derived here, drawn by
 * src/components/figure/drawFigure.ts. The data layer never draws, the components never derive.
 */
export type FigureDrawing =
  | { kind: 'forest'; panels: ForestPanel[]; options: OptionsOf<ForestOptions> }
  | { kind: 'prisma'; stages: FlowStage[]; options: OptionsOf<PrismaOptions> }
  | { kind: 'certainty'; rows: CertaintyRow[]; options: OptionsOf<CertaintyOptions> };

/** Everything a figure page, its embed and its downloads need; built once per build from the evidence. */
export interface FigureBuild {
  slug: string;
  title: string;
  /** Caption paragraphs (numbers computed from data/, each marked). */
  caption: FigureText[];
  /** Exploratory warning shown above the figure and on the chart, when the analysis is ours, not the source's. */
  exploratory?: string;
  drawing: FigureDrawing;
  /** viewBox width of the wide chart when it is not 800 (forest plots with text columns): the page switches to narrow earlier. */
  wideWidth?: number;
  /** Short text alternative of the chart for an <img> embed (with the title: the alt text); the data table carries every value. */
  summary: string;
  /** Pooled figures: how the pooled estimate changes under other defensible choices, shown under the figure. */
  /** `table.analyses`: each row's analysis as figure text (labels from data/). */
  robustness?: { caption: string; table: DataTable & { analyses: FigureText[] }; note?: FigureText };
  /** Named input sets its markers refer to as `@NAME` (a pool's inputs), written once per chart and figure. */
  valueSets?: ValueSets;
  /** Exactly the data drawn: HTML table, CSV. */
  table: DataTable;
  /** How many rows the data table (CSV, JSON) has, marked as the count of the data/ values its rows show first. */
  rowCount: TextPart;
  /** Per data-table row, the first data/ value it shows (undefined where a row shows none): what counts of rows count. */
  rowRefs: (string | undefined)[];
  /** JSON download (always with a `rows` count equal to the CSV rows). */
  json: Record<string, unknown>;
  credits: Credit[];
  /** Site pages the figure supports (for embedding). */
  usedOn: string[];
}
