/**
 * The shared time brush: a track of years with two ARIA slider thumbs, `From` and `To`. A thin
 * view over `brush.ts`; a press on the track takes the nearer thumb there, and a drag moves it.
 */
import { i18n } from '@lingui/core';
import { yearSpan } from '@thaw/charts';
import { type KeyboardEvent, type PointerEvent, useCallback, useRef } from 'react';
import { useElementWidth } from '../charts/useElementWidth';
import { isLabelled, yearLabelStep } from '../time/yearLabels';
import {
  brushKey,
  moveThumb,
  nearerThumb,
  type Thumb,
  thumbRange,
  type YearBounds,
  type YearSpan,
} from './brush';

export interface TimeBrushProps {
  span: YearSpan;
  bounds: YearBounds;
  /**
   * `continuing` when the change goes on from the previous one (a drag, arrow keys held on one
   * thumb): the page then replaces that history entry rather than adding one per year.
   */
  onChange(span: YearSpan, continuing: boolean): void;
  /** Events per year, drawn as a faint histogram so that the reader sees where things happened. */
  yearTotals?: ReadonlyMap<number, number>;
}

const THUMBS: { thumb: Thumb; label: () => string }[] = [
  { thumb: 'from', label: () => i18n._('brush.from') },
  { thumb: 'to', label: () => i18n._('brush.to') },
];

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

export function TimeBrush({ span, bounds, onChange, yearTotals }: TimeBrushProps) {
  const track = useRef<HTMLDivElement>(null);
  const [measureTrack, trackWidth] = useElementWidth();
  const trackRef = useCallback(
    (element: HTMLDivElement | null) => {
      track.current = element;
      return measureTrack(element);
    },
    [measureTrack],
  );
  const thumbs = useRef<Record<Thumb, HTMLDivElement | null>>({ from: null, to: null });
  const dragging = useRef<Thumb | null>(null);
  // The thumb the last arrow key moved: more arrows on it continue the same run.
  const arrowRun = useRef<Thumb | null>(null);
  // Handlers read the span as it is now, which may be newer than this render's.
  const current = useRef(span);
  current.current = span;

  const yearCount = bounds.max - bounds.min + 1;
  const years = Array.from({ length: yearCount }, (_, index) => bounds.min + index);
  const percent = (yearsFromStart: number) => `${(yearsFromStart / yearCount) * 100}%`;
  const maxTotal = Math.max(1, ...(yearTotals?.values() ?? []));
  const whole = span.from === bounds.min && span.to === bounds.max;
  // Fewer labels as the track narrows; the legend names the chosen span whatever is labelled.
  const labelStep = yearLabelStep(trackWidth, yearCount);

  /** Reports `next` unless it is the span already; says whether it did. */
  const change = (next: YearSpan, continuing: boolean) => {
    const changed = next.from !== current.current.from || next.to !== current.current.to;
    if (changed) onChange(next, continuing);
    return changed;
  };
  const yearAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return bounds.min;
    return bounds.min + Math.floor(((clientX - box.left) / box.width) * yearCount);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const year = yearAt(event.clientX);
    const pressed = (event.target as HTMLElement).dataset.thumb as Thumb | undefined;
    const thumb = pressed ?? nearerThumb(current.current, year);
    dragging.current = thumb;
    arrowRun.current = null;
    event.currentTarget.setPointerCapture(event.pointerId);
    // Focus follows the thumb taken, so that the keyboard can carry on from there.
    event.preventDefault();
    thumbs.current[thumb]?.focus();
    change(moveThumb(current.current, thumb, year, bounds), false);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const thumb = dragging.current;
    if (!thumb || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    change(moveThumb(current.current, thumb, yearAt(event.clientX), bounds), true);
  };
  const endDrag = () => {
    dragging.current = null;
  };

  const onKeyDown = (thumb: Thumb) => (event: KeyboardEvent<HTMLDivElement>) => {
    const next = brushKey(current.current, thumb, event.key, bounds);
    if (!next) return;
    event.preventDefault();
    const arrow = ARROWS.has(event.key);
    // A key that moved nothing added no history entry, so it neither starts nor ends a run.
    if (change(next, arrow && arrowRun.current === thumb)) arrowRun.current = arrow ? thumb : null;
  };

  return (
    <fieldset className="brush">
      <legend className="brush-legend">
        {i18n._('brush.years')}{' '}
        <output className="brush-value">{yearSpan(span.from, span.to)}</output>
      </legend>
      <div className="brush-body">
        <div
          ref={trackRef}
          className="brush-track"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          data-testid="time-brush"
        >
          {years.map((year) => {
            const inside = year >= span.from && year <= span.to;
            return (
              <div
                key={year}
                className={inside ? 'brush-year inside' : 'brush-year'}
                style={{ left: percent(year - bounds.min), width: percent(1) }}
                aria-hidden="true"
              >
                {yearTotals && (
                  <span
                    className="brush-density"
                    style={{ height: `${((yearTotals.get(year) ?? 0) / maxTotal) * 100}%` }}
                  />
                )}
                {isLabelled(year, labelStep) && <span className="brush-year-label">{year}</span>}
              </div>
            );
          })}
          <div
            className="brush-range"
            style={{
              left: percent(span.from - bounds.min),
              width: percent(span.to - span.from + 1),
            }}
          />
          {THUMBS.map(({ thumb, label }) => {
            const range = thumbRange(span, thumb, bounds);
            // From sits on its year's left edge, To on its year's right edge.
            const edge = thumb === 'from' ? span.from - bounds.min : span.to - bounds.min + 1;
            return (
              <div
                key={thumb}
                ref={(element) => {
                  thumbs.current[thumb] = element;
                }}
                className={`brush-thumb brush-thumb-${thumb}`}
                style={{ left: percent(edge) }}
                role="slider"
                tabIndex={0}
                aria-label={label()}
                aria-valuemin={range.min}
                aria-valuemax={range.max}
                aria-valuenow={span[thumb]}
                aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End"
                data-thumb={thumb}
                onKeyDown={onKeyDown(thumb)}
                onBlur={() => {
                  arrowRun.current = null;
                }}
              />
            );
          })}
        </div>
        <button
          type="button"
          className="button"
          onClick={() => change({ from: bounds.min, to: bounds.max }, false)}
          disabled={whole}
        >
          {i18n._('brush.whole')}
        </button>
      </div>
    </fieldset>
  );
}
