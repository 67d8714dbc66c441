/**
 * The time brush without a view: a span of whole years with two thumbs, `from` and `to`, and the
 * keyboard mapping of a two-thumb ARIA slider. `TimeBrush.tsx` draws it; the URL holds the span.
 */

export interface YearSpan {
  from: number;
  to: number;
}

export type Thumb = keyof YearSpan;

export interface YearBounds {
  min: number;
  max: number;
}

/** Years a PageUp or PageDown moves a thumb. */
const PAGE_YEARS = 5;

/** The years a thumb may take: it never passes the other one, so one year is the shortest span. */
export function thumbRange(span: YearSpan, thumb: Thumb, bounds: YearBounds): YearBounds {
  return thumb === 'from' ? { min: bounds.min, max: span.to } : { min: span.from, max: bounds.max };
}

/** The span with `thumb` moved to `year`, or as near to it as the thumb may go. */
export function moveThumb(
  span: YearSpan,
  thumb: Thumb,
  year: number,
  bounds: YearBounds,
): YearSpan {
  const range = thumbRange(span, thumb, bounds);
  return { ...span, [thumb]: Math.min(range.max, Math.max(range.min, Math.round(year))) };
}

/**
 * The span after a key on `thumb`, by `KeyboardEvent.key`: ←/↓ and →/↑ a year, PageDown/PageUp
 * five, Home/End as far as the thumb goes. Null for any other key, which the page keeps.
 */
export function brushKey(
  span: YearSpan,
  thumb: Thumb,
  key: string,
  bounds: YearBounds,
): YearSpan | null {
  const year = span[thumb];
  const range = thumbRange(span, thumb, bounds);
  const targets: Record<string, number> = {
    ArrowLeft: year - 1,
    ArrowDown: year - 1,
    ArrowRight: year + 1,
    ArrowUp: year + 1,
    PageDown: year - PAGE_YEARS,
    PageUp: year + PAGE_YEARS,
    Home: range.min,
    End: range.max,
  };
  const target = Object.hasOwn(targets, key) ? targets[key] : undefined;
  return target === undefined ? null : moveThumb(span, thumb, target, bounds);
}

/** The thumb a press on the track at `year` takes: the nearer one, `to` when past the span. */
export function nearerThumb(span: YearSpan, year: number): Thumb {
  if (year > span.to) return 'to';
  if (year < span.from) return 'from';
  return year - span.from <= span.to - year ? 'from' : 'to';
}
