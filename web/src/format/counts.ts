/** Counts of people as the reader's language writes them (`Intl.NumberFormat`, plural rules). */
import { i18n } from '@lingui/core';
import type { CountRange } from '@thaw/data/schema';

/** `57–100`, `3`, or `12,000` (`12 000` in Polish) */
function formatRange(range: CountRange): string {
  return range.low === range.high
    ? i18n.number(range.low)
    : `${i18n.number(range.low)}–${i18n.number(range.high)}`;
}

/** `57–100 killed`, `none killed`, or `unknown` when no source gives a figure. */
export function formatFatalities(range: CountRange | null): string {
  if (range === null) return i18n._('count.unknown');
  if (range.high === 0) return i18n._('count.noneKilled');
  return i18n._('count.killed', { range: formatRange(range), count: range.high });
}

/** `10,000–50,000 took part` */
export function formatParticipants(range: CountRange): string {
  return i18n._('count.tookPart', { range: formatRange(range), count: range.high });
}
