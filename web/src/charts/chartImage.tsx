/**
 * A chart as a file. It is drawn off screen from its props by the same component the page and the
 * server draw, kept as a standalone SVG, and rasterized to PNG in the browser with the shipped
 * Noto Sans embedded: an SVG drawn as an image sees none of the page's fonts.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import { Chart, type ChartId, type ChartProps, FONT_FAMILY } from '@thaw/server/charts';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Turns of the event loop the drawing must stay the same for: recharts draws after its effects. */
const SETTLED_TURNS = 3;
const MAX_TURNS = 100;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function drawChartSvg<Id extends ChartId>(
  chart: Id,
  props: ChartProps<Id>,
): Promise<string> {
  const host = document.createElement('div');
  host.className = 'offscreen';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<Chart id={chart} props={props} />));
    let drawn = '';
    let unchanged = 0;
    for (let turn = 0; turn < MAX_TURNS && unchanged < SETTLED_TURNS; turn++) {
      await nextTurn();
      const markup = host.querySelector('svg.recharts-surface')?.innerHTML ?? '';
      unchanged = markup !== '' && markup === drawn ? unchanged + 1 : 0;
      drawn = markup;
    }
    const svg = host.querySelector('svg.recharts-surface');
    if (!svg || unchanged < SETTLED_TURNS) throw new Error(`the ${chart} chart did not finish`);
    return standalone(svg, props.width, props.height);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The surface as an SVG file: sized, its font named, and the page's focus and sizing gone. */
function standalone(svg: Element, width: number, height: number): string {
  const copy = svg.cloneNode(true) as Element;
  for (const attribute of ['role', 'tabindex', 'style', 'class']) copy.removeAttribute(attribute);
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('font-family', `'${FONT_FAMILY}', sans-serif`);
  return new XMLSerializer().serializeToString(copy);
}

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
