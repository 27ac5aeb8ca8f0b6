/** Pure chart functions: (rows, options) -> Chart (SVG markup and its size), no DOM. */
export { chartOf, nestedSvg, framedSvg, sizedSvg, type Chart } from './chartSvg';
export { certaintyOverview, type CertaintyRow, type CertaintyOptions } from './certaintyOverview';
export { escapeXml } from './escapeXml';
export { forestHeights, forestPlot, measureForest, type ForestMeasure, type ForestItem, type ForestOptions, type ForestPanel, type ForestPooled, type ForestRow, type ForestHeader, type ForestMarks, type ForestCell } from './forestPlot';
export { forestPlotCapped } from './forestPlotCapped';
export { firstRows } from './forestGroups';
export { forestSlides, slidePad, type SlideBox, type SlideLimit } from './forestSlides';
export { frameChartArea, frameFigure, type FrameOptions } from './frameFigure';
export { layoutMetrics, narrowBelow, type ChartLayout, type LayoutMetrics } from './layout';
export { arrowHead, marker, type MarkerShape, type MarkerStyle } from './markers';
export { paint } from './paint';
export { palette, paletteDark, type PaletteKey } from './palette';
export { pageInk, selfColoured } from './selfColoured';
export { prismaFlow, type FlowBox, type FlowStage, type PrismaOptions } from './prismaFlow';
export { textWidth, wrapText } from './textWidth';
export { markAttrs, valueSetRef, valueSetsSvg, withoutValueSets, type ValueMark, type ValueSets } from './valueMark';
