/**
 * The map as a picture for slides: the map's own pixels, with a title, the date, a legend and a
 * source line drawn around them, so the image explains itself out of the app. The PNG download
 * lays the picture out around the map's canvas; a video's frame lays the map out inside a size
 * chosen first (`frameLayout`). Both draw with `drawMapImage`.
 */
import type { Category } from '@thaw/data/schema';
import { CATEGORY_LABELS } from '@thaw/data/schema';
import { PALETTE } from '../style/palette';
import { drawEventSymbol } from './eventSymbols';
import { LOOK_LABELS, type SymbolLook } from './uncertainty';

export interface MapImageText {
  title: string;
  subtitle: string;
  /** A story step's caption, under the subtitle (a video's frame has room for `CAPTION_LINES`). */
  caption?: string;
  categories: readonly Category[];
  sourceLine: string;
}

/** Where everything goes, in the picture's pixels. */
export interface MapImageLayout {
  width: number;
  height: number;
  /** Of the type and the spacing: 1 draws them at the sizes of a page. */
  scale: number;
  margin: number;
  /** The map's box. */
  map: { x: number; y: number; width: number; height: number };
  /** Lines of caption the header has room for. */
  captionLines: number;
}

const FONT = '"Noto Sans", sans-serif';
const MARGIN = 24;
const HEADER = 78;
const FOOTER = 94;
const CAPTION_LINE = 21;
/** A video frame's room for a story step's caption. */
export const CAPTION_LINES = 4;
/** The size whose type is at scale 1, the reference for a video's frame. */
const REFERENCE_AREA = 1280 * 720;

/** The canvas draws text only with fonts already loaded; these are the page's own. */
export async function loadMapImageFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load(`600 24px ${FONT}`),
    document.fonts.load(`400 14px ${FONT}`),
  ]);
}

/** The PNG download's picture: the map's canvas as it is, with room around it. */
export function aroundMapLayout(
  mapWidth: number,
  mapHeight: number,
  scale: number,
): MapImageLayout {
  const margin = MARGIN * scale;
  const header = HEADER * scale;
  return {
    width: mapWidth + 2 * margin,
    height: mapHeight + header + FOOTER * scale,
    scale,
    margin,
    map: { x: margin, y: header, width: mapWidth, height: mapHeight },
    captionLines: 0,
  };
}

/**
 * A video's frame of `width` × `height`: type scaled with the frame's area (a 1280×720 frame
 * reads as the page does), the map in what the header and footer leave.
 */
export function frameLayout(width: number, height: number, withCaption: boolean): MapImageLayout {
  const scale = Math.sqrt((width * height) / REFERENCE_AREA);
  const margin = Math.round(MARGIN * scale);
  const captionLines = withCaption ? CAPTION_LINES : 0;
  const header = Math.round((HEADER + captionLines * CAPTION_LINE) * scale);
  const footer = Math.round(FOOTER * scale);
  return {
    width,
    height,
    scale,
    margin,
    map: { x: margin, y: header, width: width - 2 * margin, height: height - header - footer },
    captionLines,
  };
}

/** Draws the picture into `context` (of the layout's size): text around, the map in its box. */
export function drawMapImage(
  context: CanvasRenderingContext2D,
  layout: MapImageLayout,
  map: CanvasImageSource,
  text: MapImageText,
): void {
  const { scale, margin, map: box } = layout;
  context.fillStyle = PALETTE.paper;
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = PALETTE.ink;
  context.font = `600 ${24 * scale}px ${FONT}`;
  context.fillText(text.title, margin, margin + 20 * scale);
  context.fillStyle = PALETTE.muted;
  context.font = `400 ${14 * scale}px ${FONT}`;
  context.fillText(text.subtitle, margin, margin + 44 * scale);
  if (text.caption && layout.captionLines > 0) {
    context.fillStyle = PALETTE.ink;
    context.font = `400 ${15 * scale}px ${FONT}`;
    const lines = wrapText(context, text.caption, layout.width - 2 * margin, layout.captionLines);
    lines.forEach((line, index) => {
      context.fillText(line, margin, margin + (68 + index * CAPTION_LINE) * scale);
    });
  }

  context.drawImage(map, box.x, box.y, box.width, box.height);
  context.strokeStyle = PALETTE.line;
  context.lineWidth = scale;
  context.strokeRect(box.x, box.y, box.width, box.height);

  let x = margin;
  const legendY = box.y + box.height + 24 * scale;
  context.font = `400 ${13 * scale}px ${FONT}`;
  for (const category of text.categories) {
    drawEventSymbol(context, category, x + 8 * scale, legendY - 4 * scale, 16 * scale);
    context.fillStyle = PALETTE.ink;
    const label = CATEGORY_LABELS[category];
    context.fillText(label, x + 22 * scale, legendY);
    x += 22 * scale + context.measureText(label).width + 20 * scale;
  }
  context.fillStyle = PALETTE.muted;
  context.fillText('Larger symbols: more deaths · faded: earlier months', x, legendY);

  // What the looks of uncertainty mean, as the map's legend says.
  const looksY = legendY + 24 * scale;
  x = margin;
  const looks: [SymbolLook, string][] = [
    [{ dashed: true, hollow: false }, LOOK_LABELS.dashed],
    [{ dashed: false, hollow: true }, LOOK_LABELS.hollow],
  ];
  for (const [look, label] of looks) {
    drawEventSymbol(context, 'protest', x + 8 * scale, looksY - 4 * scale, 13 * scale, look);
    context.fillText(label, x + 22 * scale, looksY);
    x += 22 * scale + context.measureText(label).width + 20 * scale;
  }

  // The source line is never cut: where it is longer than the picture is wide, its type shrinks.
  context.font = `400 ${12 * scale}px ${FONT}`;
  const room = layout.width - 2 * margin;
  const wide = context.measureText(text.sourceLine).width;
  if (wide > room) context.font = `400 ${(12 * scale * room) / wide}px ${FONT}`;
  context.fillText(text.sourceLine, margin, looksY + 28 * scale);
}

/** The map's canvas as a PNG, with the text around it at the canvas's own pixel ratio. */
export async function composeMapImage(map: HTMLCanvasElement, text: MapImageText): Promise<Blob> {
  await loadMapImageFonts();
  const scale = map.width / Math.max(1, map.clientWidth || map.width);
  const layout = aroundMapLayout(map.width, map.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  drawMapImage(context, layout, map, text);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

/** `text` in lines no wider than `width`, at most `most` of them, the last cut with an ellipsis. */
function wrapText(
  context: CanvasRenderingContext2D,
  text: string,
  width: number,
  most: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const longer = line ? `${line} ${word}` : word;
    if (context.measureText(longer).width <= width || !line) {
      line = longer;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === most) break;
  }
  if (lines.length < most) {
    if (line) lines.push(line);
    return lines;
  }
  // More words than room: the last line ends with an ellipsis that fits.
  let last = lines[most - 1] ?? '';
  while (last && context.measureText(`${last} …`).width > width) {
    last = last.slice(0, last.lastIndexOf(' '));
  }
  lines[most - 1] = `${last} …`;
  return lines;
}
