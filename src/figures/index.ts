/**
 * The figures layer: from the validated evidence to what each figure shows (rows, captions, credits, the data
 * table and JSON of its downloads, and the input of its chart). Below the components, which only render it.
 * derive/: the rows each figure draws; one module per figure declares it (declareFigure).
 */
export { allFigures, figureBySlug } from './registry';
export { figurePages, figuresOn, pagesOfFigure, type FigureSlug } from './figurePages';
export type { FigureBuild, FigureDrawing } from './types';
