/**
 * Time on the atlas is counted in months since January of the first year of the period: a number
 * that the map compares, the timeline steps through and the URL writes as `YYYY-MM`.
 */
import { PERIOD } from '@thaw/data/schema';
import { formatMonth } from '../format/dates';

export const FIRST_YEAR = Number(PERIOD.start.slice(0, 4));
export const LAST_YEAR = Number(PERIOD.end.slice(0, 4));
export const FIRST_MONTH = 0;
export const LAST_MONTH = (LAST_YEAR - FIRST_YEAR) * 12 + 11;

/** The month of a `YYYY-MM-DD` or `YYYY-MM` date: one rule with the server's map images. */
export { monthOf } from '@thaw/data/stories';

/** The calendar year of a month index. */
function yearOfMonth(month: number): number {
  return FIRST_YEAR + Math.floor(month / 12);
}

/** `1956-10` */
export function monthKey(month: number): string {
  return `${yearOfMonth(month)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** `October 1956`, in the page's language (`październik 1956`, `1956. október`). */
export function monthLabel(month: number): string {
  return formatMonth(monthKey(month));
}
