/** SVG to PNG with resvg, drawing text only with the fonts shipped in the repository. */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from '@thaw/charts';
import { repoPath } from '@thaw/data';

const fontFile = (name: string) => repoPath('server', 'assets', 'fonts', name);

/** Noto Sans (SIL OFL 1.1, see assets/fonts/OFL.txt). */
const FONT_FILES = [fontFile('NotoSans_400Regular.ttf'), fontFile('NotoSans_700Bold.ttf')];

export interface PngOptions {
  /** Pixels per SVG unit: 2 for a sharp image on a high-density screen. */
  scale: number;
}

const resvgOptions = ({ scale }: PngOptions): ResvgRenderOptions => ({
  fitTo: { mode: 'zoom', value: scale },
  // System fonts differ between machines; the shipped ones make every image the same.
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
});

/** A PNG of `svg` at `scale`: exactly width × scale by height × scale pixels. */
export function renderPng(svg: string, options: PngOptions): Buffer {
  return new Resvg(svg, resvgOptions(options)).render().asPng();
}
