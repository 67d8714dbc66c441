/**
 * The map draws its labels with the bundled Noto Sans files (the style's `font-faces`), never with
 * a glyphs server or whatever fonts the machine has: Poznań, Mosonmagyaróvár and Москва look the
 * same everywhere, offline. Ranges are those of @fontsource's own CSS for each file.
 */

import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_SEMIBOLD = ['Noto Sans SemiBold'];

const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+1D00-1DBF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/** Absolute, because MapLibre fetches the files from its own request code, not the page's CSS. */
const absolute = (url: string) => new URL(url, window.location.href).href;

export function fontFaces(): FontFacesSpecification {
  return {
    [FONT_REGULAR[0] as string]: [
      { url: absolute(latin400), 'unicode-range': LATIN },
      { url: absolute(latinExt400), 'unicode-range': LATIN_EXT },
      { url: absolute(cyrillic400), 'unicode-range': CYRILLIC },
    ],
    [FONT_SEMIBOLD[0] as string]: [
      { url: absolute(latin600), 'unicode-range': LATIN },
      { url: absolute(latinExt600), 'unicode-range': LATIN_EXT },
      { url: absolute(cyrillic600), 'unicode-range': CYRILLIC },
    ],
  };
}
