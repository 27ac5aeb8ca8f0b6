import type { ChartLayout, SlideBox } from '../../charts';
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
  /** The chart drawn for slides at the pixel size of `box` (type at box.fontSize): one SVG per slide. */
  slides: (box: SlideBox, fontFamily: string) => string[];
  /** Exactly the data drawn: HTML table, CSV. */
  table: DataTable;
  /** JSON download (always with a `rows` count equal to the CSV rows). */
  json: Record<string, unknown>;
  credits: Credit[];
  /** Site pages the figure supports (for embedding). */
  usedOn: string[];
}
