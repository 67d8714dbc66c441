/** Where the reader's own stories live in the app. */
export const DRAFT_PATH = '/story/draft';
export const DRAFT_PRESENT_PATH = '/story/draft/present';
export const SHARED_PATH = '/story/shared';
export const OPEN_PATH = '/story/open';

/** `?step=3` (counted from 1, as the reader counts) → 2; absent or unreadable, the first. */
export function stepOfSearch(search: string, count: number): number {
  const raw = new URLSearchParams(search).get('step');
  const step = raw !== null && /^\d+$/.test(raw) ? Number(raw) - 1 : 0;
  return Math.min(Math.max(step, 0), Math.max(count - 1, 0));
}

export const stepSearch = (index: number): string => `?step=${index + 1}`;
