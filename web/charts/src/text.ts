/**
 * Text measurement without a DOM: the charts lay out labels the same way in the browser and on
 * the server (where jsdom measures nothing). Widths are Noto Sans advance widths, in thousandths
 * of the font size, read from the shipped TTF files.
 */

/** Advance widths of the printable ASCII characters, U+0020 to U+007E. */
const REGULAR = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556,
  519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586,
  566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534,
  258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
];
const BOLD = [
  260, 282, 479, 646, 572, 902, 750, 266, 339, 339, 542, 572, 285, 320, 281, 415, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 281, 285, 572, 572, 572, 477, 898, 692, 665, 642, 732, 560,
  549, 724, 765, 389, 331, 664, 559, 943, 813, 791, 621, 791, 656, 551, 577, 756, 650, 967, 670,
  626, 579, 331, 415, 331, 572, 411, 365, 599, 632, 516, 632, 597, 387, 632, 650, 299, 298, 620,
  298, 975, 650, 625, 632, 632, 447, 502, 434, 650, 571, 856, 578, 571, 493, 394, 551, 394, 572,
];
const PUNCTUATION: Record<string, number> = {
  '–': 500,
  '—': 1000,
  '·': 268,
  '†': 512,
  '…': 791,
};
/** Letters whose base letter decomposition does not reach (Polish ł). */
const BASE_LETTER: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', ø: 'o' };
/** Cyrillic and anything else unlisted: a typical lower-case width. */
const OTHER = 600;

export type FontWeight = 'normal' | 'bold';

export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  let units = 0;
  // Decomposition turns ő into o + a combining mark, which takes no room of its own.
  for (const char of text.normalize('NFD')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue;
    const base = BASE_LETTER[char]?.codePointAt(0) ?? code;
    units += table[base - 32] ?? PUNCTUATION[char] ?? OTHER;
  }
  return (units / 1000) * fontSize;
}

/** Breaks text into at most `maxLines` lines of `maxWidth`; the last line ends in … if cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
  maxLines = 2,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsize(`${line} ${words.slice(index).join(' ')}`, maxWidth, fontSize, weight));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(ellipsize(line, maxWidth, fontSize, weight));
  return lines;
}

/** Shortens text to fit `maxWidth`, ending in …; an empty string when not even that fits. */
export function ellipsize(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0) {
    chars.pop();
    const candidate = `${chars.join('').trimEnd()}…`;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) return candidate;
  }
  return '';
}
