/** Server-side chart images: SVG drawn in a worker thread, PNG by resvg, both cached. */
export { chartKey } from './cache';
export { FONT_FILES, type PngOptions, renderPng, renderPngAsync } from './png';
export {
  clearRenderCache,
  renderChartPng,
  renderChartSvg,
  renderCounts,
  stopRenderer,
} from './renderer';
