/**
 * The HTML that puts a chart into another page: an iframe of `/embed/{chart}` and the resizer
 * of `/embed.js`, inline. The embed tells its parent its height (`thaw-atlas:height` messages)
 * and the resizer sizes the iframe to it. Inline because the app's responses may not be loaded
 * as scripts by other origins (Cross-Origin-Resource-Policy: same-origin).
 */
import resizer from '../../public/embed.js?raw';

/** What a chart's iframe is tall before its first message, at a typical column width. */
export function initialEmbedHeight(width: number, height: number): number {
  const typicalWidth = 720;
  const caption = 40;
  return Math.round((typicalWidth * height) / width) + caption;
}

export function embedCode(src: string, title: string, height: number): string {
  const attribute = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" style="width: 100%; height: ${height}px; border: 0" loading="lazy"></iframe>`,
    `<script>${resizer.trim()}</script>`,
  ].join('\n');
}
