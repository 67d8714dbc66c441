/**
 * The map as a picture for slides: the map's own pixels, with a title, the date, a legend and a
 * source line drawn around them, so the image explains itself out of the app.
 */
import type { Category } from '@thaw/data/schema';
import { CATEGORY_LABELS } from '@thaw/data/schema';
import { PALETTE } from '../style/palette';
import { drawEventSymbol } from './eventSymbols';
import { LOOK_LABELS, type SymbolLook } from './uncertainty';

export interface MapImageText {
  title: string;
  subtitle: string;
  categories: readonly Category[];
  sourceLine: string;
}

const FONT = '"Noto Sans", sans-serif';

export async function composeMapImage(map: HTMLCanvasElement, text: MapImageText): Promise<Blob> {
  // The canvas draws text only with fonts already loaded; these are the page's own.
  await Promise.all([
    document.fonts.load(`600 24px ${FONT}`),
    document.fonts.load(`400 14px ${FONT}`),
  ]);
  const scale = map.width / Math.max(1, map.clientWidth || map.width);
  const margin = 24 * scale;
  const header = 78 * scale;
  const footer = 94 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = map.width + 2 * margin;
  canvas.height = map.height + header + footer;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');

  context.fillStyle = PALETTE.paper;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = PALETTE.ink;
  context.font = `600 ${24 * scale}px ${FONT}`;
  context.fillText(text.title, margin, margin + 20 * scale);
  context.fillStyle = PALETTE.muted;
  context.font = `400 ${14 * scale}px ${FONT}`;
  context.fillText(text.subtitle, margin, margin + 44 * scale);

  context.drawImage(map, margin, header);
  context.strokeStyle = PALETTE.line;
  context.lineWidth = scale;
  context.strokeRect(margin, header, map.width, map.height);

  let x = margin;
  const legendY = header + map.height + 24 * scale;
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

  context.font = `400 ${12 * scale}px ${FONT}`;
  context.fillText(text.sourceLine, margin, looksY + 28 * scale);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}
