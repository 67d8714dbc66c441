import type { CountRange } from '@thaw/data/schema';

const number = new Intl.NumberFormat('en-GB');

/** `57–100`, `3`, or `12,000` */
function formatRange(range: CountRange): string {
  return range.low === range.high
    ? number.format(range.low)
    : `${number.format(range.low)}–${number.format(range.high)}`;
}

/** `57–100 killed`, `none killed`, or `unknown` when no source gives a figure. */
export function formatFatalities(range: CountRange | null): string {
  if (range === null) return 'unknown';
  if (range.high === 0) return 'none killed';
  return `${formatRange(range)} killed`;
}

/** `10,000–50,000 took part` */
export function formatParticipants(range: CountRange): string {
  return `${formatRange(range)} took part`;
}
