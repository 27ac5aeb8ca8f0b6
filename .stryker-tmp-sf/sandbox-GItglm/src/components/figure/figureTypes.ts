// @ts-nocheck
import type { ChartLayout, SlideBox, SlideLimit } from '../../charts';
import type { Credit, DataTable } from '../../lib/figures';

/** Everything a figure page, its embed and its downloads need; built once per build from the evidence. */
export interface FigureBuild {
  slug: string;
  title: string;
  /** Caption paragraphs (numbers computed from data/). */
  caption: string[];
  /** Exploratory warning shown above the figure and on the chart, when the analysis is ours, not the source's. */
  exploratory?: string;
  /** Draws the chart; `fontFamily` is set for rasterised variants (DejaVu Sans). */
  chart: (layout: ChartLayout, fontFamily?: string) => string;
  /** The chart drawn for slides at the pixel size of `box` (type at box.fontSize): one SVG per slide, at most `limit.maxSlides`. */
  slides: (box: SlideBox, fontFamily: string, limit?: SlideLimit) => string[];
  /**
   * The wide chart at most `maxHeight` viewBox units high (figures whose height grows with the rows): the first
   * rows, any pooled estimate and a closing `note(shown, total)`; the whole chart when it fits. Absent: fixed size.
   */
  chartCapped?: (maxHeight: number, fontFamily: string, note: (shownRows: number, totalRows: number) => string) => string;
  /** Short text alternative of the chart for an <img> embed (with the title: the alt text); the data table carries every value. */
  summary: string;
  /** Exactly the data drawn: HTML table, CSV. */
  table: DataTable;
  /** JSON download (always with a `rows` count equal to the CSV rows). */
  json: Record<string, unknown>;
  credits: Credit[];
  /** Site pages the figure supports (for embedding). */
  usedOn: string[];
}
