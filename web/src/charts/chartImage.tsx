/**
 * A chart as a PNG file in the browser. The SVG comes from `chartToSvg`, the renderer the server
 * uses too; it is rasterized here with the shipped Noto Sans embedded: an SVG drawn as an image
 * sees none of the page's fonts.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import { FONT_FAMILY } from '@thaw/charts';

let fontFaces: Promise<string> | null = null;

/** The @font-face rules of the chart font, with the files inlined (fetched once). */
function embeddedFonts(): Promise<string> {
  fontFaces ??= Promise.all(
    // Latin last: of faces alike, the browser tries the last declared first.
    [
      [latinExt400, 400],
      [latinExt700, 700],
      [latin400, 400],
      [latin700, 700],
    ].map(async ([url, weight]) => {
      const bytes = new Uint8Array(await (await fetch(String(url))).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`;
    }),
  ).then((rules) => rules.join(''));
  return fontFaces;
}

export interface RasterSize {
  width: number;
  height: number;
  /** Pixels per CSS pixel. */
  scale: number;
}

/** A PNG of exactly width × scale by height × scale pixels. */
export async function svgToPng(svg: string, { width, height, scale }: RasterSize): Promise<Blob> {
  const fonts = await embeddedFonts();
  const withFonts = svg.replace(/<svg[^>]*>/, (open) => `${open}<style>${fonts}</style>`);
  const url = URL.createObjectURL(new Blob([withFonts], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
