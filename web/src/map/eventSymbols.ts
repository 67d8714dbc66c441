/**
 * The event symbols drawn with the canvas 2D API: the map's icons, the legends' samples and the
 * downloaded image's legend come from the same drawing, so they cannot drift apart.
 */
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_SHAPES, markerPath } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';
import { LOOKS, lookIndex, type SymbolLook } from './uncertainty';

const OUTLINE = 'rgba(29, 36, 51, 0.6)';
const DASH_INK = 'rgba(29, 36, 51, 0.9)';
const PLAIN: SymbolLook = { dashed: false, hollow: false };

/**
 * Draws a category's symbol centred on (x, y), `size` px across, in a look (uncertainty.ts):
 * a dashed ring around it for a date known only to the month or year, a white centre for a
 * disputed death toll.
 */
export function drawEventSymbol(
  context: CanvasRenderingContext2D,
  category: Category,
  x: number,
  y: number,
  size: number,
  look: SymbolLook = PLAIN,
): void {
  const shape = CATEGORY_SHAPES[category];
  const path = new Path2D(markerPath(shape, size));
  const line = size / 24;
  context.save();
  context.translate(x, y);
  context.lineJoin = 'round';
  if (look.dashed) {
    // Dashes just outside the white ring, on a white ground so they read on any colour.
    const ring = new Path2D(markerPath(shape, size + 4 * line));
    context.strokeStyle = '#fff';
    context.lineWidth = 3 * line;
    context.stroke(ring);
    context.setLineDash([3 * line, 2 * line]);
    context.strokeStyle = DASH_INK;
    context.lineWidth = 1.6 * line;
    context.stroke(ring);
    context.setLineDash([]);
  } else {
    // A dark hairline, then a white ring, then the fill: legible on land, water and other symbols.
    context.strokeStyle = OUTLINE;
    context.lineWidth = 4 * line;
    context.stroke(path);
  }
  context.strokeStyle = '#fff';
  context.lineWidth = 2.5 * line;
  context.stroke(path);
  context.fillStyle = CATEGORY_COLORS[category];
  context.fill(path);
  if (look.hollow) {
    context.fillStyle = '#fff';
    context.fill(new Path2D(markerPath(shape, size * 0.45)));
  }
  context.restore();
}

/** Icons are drawn at this many device pixels per CSS pixel, so they stay sharp when scaled up. */
const ICON_PIXEL_RATIO = 3;
/** The icons' size in CSS pixels at `icon-size` 1. */
const ICON_SIZE = 18;
// Room for a triangle's tip and a dashed ring.
const ICON_MARGIN = 6;
/** A cell of the atlas, in device pixels: the symbol with room around it. */
const CELL_SIZE = (ICON_SIZE + 2 * ICON_MARGIN) * ICON_PIXEL_RATIO;
/** Half a plain symbol, in CSS pixels: where a pointer stops being on it. */
export const SYMBOL_RADIUS = ICON_SIZE / 2;
/**
 * The rings around a plain symbol at rest (this month's, the highlight), in CSS pixels: clear of
 * its outline and of a dashed ring. They grow with the symbol.
 */
export const RING_RADIUS = ICON_SIZE / 2 + 3;
/**
 * Half the room a plain symbol takes with its outline, up to its ring, in CSS pixels: how far
 * apart the map's layout (symbolLayout.ts) keeps symbols. The rings' strokes may just touch.
 */
export const SYMBOL_EXTENT = RING_RADIUS;

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

/**
 * The WebGL layer's icons: a row of cells per look (`LOOKS`), each a cell per category in
 * CATEGORIES order, then the arrowhead.
 */
export interface IconAtlas {
  /** Square, `cellSize` device pixels across. */
  cells: ImageData[];
  cellSize: number;
  /** Device pixels per CSS pixel the cells were drawn at. */
  pixelRatio: number;
}

/** The cell of an event's icon in the atlas. */
export const iconCell = (category: Category, look: SymbolLook) =>
  lookIndex(look) * CATEGORIES.length + CATEGORIES.indexOf(category);

export const ARROWHEAD_CELL = LOOKS.length * CATEGORIES.length;
export const ATLAS_CELLS = ARROWHEAD_CELL + 1;

export function iconAtlas(): IconAtlas {
  return {
    cells: [
      ...LOOKS.flatMap((look) => CATEGORIES.map((category) => eventIcon(category, look))),
      arrowheadIcon(),
    ],
    cellSize: CELL_SIZE,
    pixelRatio: ICON_PIXEL_RATIO,
  };
}

function eventIcon(category: Category, look: SymbolLook): ImageData {
  const { canvas, context } = iconCanvas();
  const middle = ICON_SIZE / 2 + ICON_MARGIN;
  drawEventSymbol(context, category, middle, middle, ICON_SIZE, look);
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
