/**
 * The map draws its labels with the bundled Noto Sans, never with whatever fonts the machine has:
 * Poznań, Mosonmagyaróvár and Москва look the same everywhere, offline. Its glyphs are drawn ahead
 * by scripts/build-glyphs.ts from the @fontsource files into the app's own files
 * (public/glyphs), so that the page need not draw each of them before its first frame.
 */

export const FONT_REGULAR = ['NotoSans-Regular'];
export const FONT_SEMIBOLD = ['NotoSans-SemiBold'];

/**
 * Absolute, as MapLibre asks: under the app's own base, so that it holds behind a proxy and
 * in the service worker's precache. The placeholders are MapLibre's, added after the URL is
 * resolved (which would escape their braces).
 */
export function glyphsUrl(): string {
  return `${new URL(`${import.meta.env.BASE_URL}glyphs/`, window.location.href).href}{fontstack}/{range}.pbf`;
}
