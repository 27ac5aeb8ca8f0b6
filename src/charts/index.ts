/** Pure chart functions: (rows, options) -> SVG markup, no DOM. */
export { certaintyOverview, type CertaintyRow, type CertaintyOptions } from './certaintyOverview';
export { escapeXml } from './escapeXml';
export { forestPlot, type ForestItem, type ForestOptions, type ForestPanel, type ForestPooled, type ForestRow, type ForestHeader } from './forestPlot';
export { forestSlides, slidePad, type SlideBox } from './forestSlides';
export { frameChartArea, frameFigure, type FrameOptions } from './frameFigure';
export { layoutMetrics, narrowBelow, type ChartLayout, type LayoutMetrics } from './layout';
export { arrowHead, marker, type MarkerShape, type MarkerStyle } from './markers';
export { paint } from './paint';
export { palette, paletteDark, type PaletteKey } from './palette';
export { prismaFlow, type FlowBox, type FlowStage, type PrismaOptions } from './prismaFlow';
export { textWidth, wrapText } from './textWidth';
