/**
 * The event symbols drawn with the canvas 2D API: the map's icons and the downloaded image's
 * legend come from the same drawing, so they cannot drift apart.
 */
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_SHAPES, markerPath } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';

const OUTLINE = 'rgba(29, 36, 51, 0.6)';

/** Draws a category's symbol centred on (x, y), `size` px across. */
export function drawEventSymbol(
  context: CanvasRenderingContext2D,
  category: Category,
  x: number,
  y: number,
  size: number,
): void {
  const path = new Path2D(markerPath(CATEGORY_SHAPES[category], size));
  const line = size / 24;
  context.save();
  context.translate(x, y);
  context.lineJoin = 'round';
  // A dark hairline, then a white ring, then the fill: legible on land, water and other symbols.
  context.strokeStyle = OUTLINE;
  context.lineWidth = 4 * line;
  context.stroke(path);
  context.strokeStyle = '#fff';
  context.lineWidth = 2.5 * line;
  context.stroke(path);
  context.fillStyle = CATEGORY_COLORS[category];
  context.fill(path);
  context.restore();
}

/** Icons are drawn at this many device pixels per CSS pixel, so they stay sharp when scaled up. */
const ICON_PIXEL_RATIO = 3;
/** The icons' size in CSS pixels at `icon-size` 1. */
const ICON_SIZE = 18;
const ICON_MARGIN = 5;
/** A cell of the atlas, in device pixels: the symbol with room around it. */
const CELL_SIZE = (ICON_SIZE + 2 * ICON_MARGIN) * ICON_PIXEL_RATIO;
/** Half a plain symbol, in CSS pixels: where a pointer stops being on it. */
export const SYMBOL_RADIUS = ICON_SIZE / 2;
/** The rings around a plain symbol (ripple, highlight), in CSS pixels: at its cell's edge. */
export const RING_RADIUS = ICON_SIZE / 2 + ICON_MARGIN;

function iconCanvas(): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  // Room around the symbol: triangles and diamonds reach beyond a circle of the same size.
  canvas.width = CELL_SIZE;
  canvas.height = canvas.width;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
  return { canvas, context };
}

/** The WebGL layer's icons: one cell per category, in CATEGORIES order, then the arrowhead. */
export interface IconAtlas {
  /** Square, `cellSize` device pixels across. */
  cells: ImageData[];
  cellSize: number;
  /** Device pixels per CSS pixel the cells were drawn at. */
  pixelRatio: number;
}

export const ARROWHEAD_CELL = CATEGORIES.length;

export function iconAtlas(): IconAtlas {
  return {
    cells: [...CATEGORIES.map(eventIcon), arrowheadIcon()],
    cellSize: CELL_SIZE,
    pixelRatio: ICON_PIXEL_RATIO,
  };
}

function eventIcon(category: Category): ImageData {
  const { canvas, context } = iconCanvas();
  const middle = ICON_SIZE / 2 + ICON_MARGIN;
  drawEventSymbol(context, category, middle, middle, ICON_SIZE);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** An arrowhead pointing along +x, which is the direction of travel on a line. */
function arrowheadIcon(): ImageData {
  const { canvas, context } = iconCanvas();
  const middle = ICON_SIZE / 2 + ICON_MARGIN;
  context.beginPath();
  context.moveTo(middle + 7, middle);
  context.lineTo(middle - 5, middle - 6);
  context.lineTo(middle - 2, middle);
  context.lineTo(middle - 5, middle + 6);
  context.closePath();
  context.lineJoin = 'round';
  context.strokeStyle = '#fff';
  context.lineWidth = 2;
  context.stroke();
  context.fillStyle = CATEGORY_COLORS.intervention;
  context.fill();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
