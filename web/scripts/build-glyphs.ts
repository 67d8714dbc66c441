/**
 * Builds the map's glyphs: the bundled Noto Sans files drawn once, here, as the SDF glyph ranges
 * MapLibre reads from a style's `glyphs` URL (web/public/glyphs/{fontstack}/{start}-{end}.pbf),
 * so that the page does not draw every glyph itself before its first frame. Each glyph is drawn
 * as MapLibre draws a `font-faces` glyph in the page (TinySDF, with the same cutoff), at the
 * glyph ranges' own size: 24 px, a 3 px border, radius 8. Run after changing the fonts:
 *
 *   pnpm --filter @thaw/web glyphs
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import TinySDF from '@mapbox/tiny-sdf';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import * as fontkit from 'fontkit';
import { PbfWriter } from 'pbf';
import { FONT_REGULAR, FONT_SEMIBOLD } from '../src/map/fonts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../public/glyphs');
const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`@fontsource/noto-sans/files/${name}.woff2`);

/** The glyph ranges' fixed geometry, which MapLibre assumes of every range it loads. */
const FONT_SIZE = 24;
const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/**
 * Where MapLibre puts a glyph's top and left relative to the pen, as it converts the glyphs it
 * draws in the page (`topAdjustment`, `leftAdjustment` of its glyph manager).
 */
const TOP_ADJUSTMENT = 27.5;
const LEFT_ADJUSTMENT = 0.5;

/** @fontsource's subsets of each weight; a codepoint is drawn from the first file that has it. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];
const FONTSTACKS = [
  { name: FONT_REGULAR[0], weight: 400 },
  { name: FONT_SEMIBOLD[0], weight: 600 },
];

class NodeTinySDF extends TinySDF {
  _createCanvas(size: number) {
    return createCanvas(size, size);
  }
}

interface Glyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

interface Range {
  fontstack: string;
  span: string;
  glyphs: readonly Glyph[];
}

/** The glyphs protocol buffer (MapLibre's glyphs.proto): one fontstack of one range. */
function encodeRange(range: Range): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, writeFontstack, range);
  return pbf.finish();
}

function writeFontstack({ fontstack, span, glyphs }: Range, pbf: PbfWriter) {
  pbf.writeStringField(1, fontstack);
  pbf.writeStringField(2, span);
  for (const glyph of glyphs) pbf.writeMessage(3, writeGlyph, glyph);
}

function writeGlyph(glyph: Glyph, pbf: PbfWriter) {
  pbf.writeVarintField(1, glyph.id);
  if (glyph.width > 0 && glyph.height > 0) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

function drawGlyph(sdf: NodeTinySDF, codePoint: number): Glyph {
  const drawn = sdf.draw(String.fromCodePoint(codePoint));
  return {
    id: codePoint,
    bitmap: Uint8Array.from(drawn.data),
    width: drawn.glyphWidth,
    height: drawn.glyphHeight,
    left: Math.round(drawn.glyphLeft + LEFT_ADJUSTMENT),
    top: Math.round(drawn.glyphTop - TOP_ADJUSTMENT),
    advance: Math.round(drawn.glyphAdvance),
  };
}

rmSync(OUT, { recursive: true, force: true });
let files = 0;
for (const { name, weight } of FONTSTACKS) {
  if (!name) throw new Error('a fontstack has no name');
  const byRange = new Map<number, Glyph[]>();
  const drawn = new Set<number>();
  for (const subset of SUBSETS) {
    const path = fontFile(`noto-sans-${subset}-${weight}-normal`);
    const family = `${name} ${subset}`;
    GlobalFonts.registerFromPath(path, family);
    const font = fontkit.openSync(path);
    if (!('characterSet' in font)) throw new Error(`${path} is a collection, not one font`);
    const sdf = new NodeTinySDF({
      fontSize: FONT_SIZE,
      buffer: BORDER,
      radius: RADIUS,
      cutoff: CUTOFF,
      fontFamily: `"${family}"`,
    });
    for (const codePoint of font.characterSet) {
      // Controls draw nothing, and a codepoint the earlier subset has stays that subset's.
      if (codePoint < 0x20 || drawn.has(codePoint)) continue;
      drawn.add(codePoint);
      const range = Math.floor(codePoint / 256);
      byRange.set(range, [...(byRange.get(range) ?? []), drawGlyph(sdf, codePoint)]);
    }
  }
  mkdirSync(join(OUT, name), { recursive: true });
  for (const [range, glyphs] of [...byRange].sort(([a], [b]) => a - b)) {
    const span = `${range * 256}-${range * 256 + 255}`;
    glyphs.sort((a, b) => a.id - b.id);
    writeFileSync(join(OUT, name, `${span}.pbf`), encodeRange({ fontstack: name, span, glyphs }));
    files++;
  }
}
console.log(`wrote ${files} glyph ranges to ${OUT}`);
