/**
 * The timeline as an ARIA slider with play controls: a thin view over a TimelineController,
 * which holds the value, the playing and the keyboard mapping.
 */
import { i18n } from '@lingui/core';
import type { Category } from '@thaw/data/schema';
import { categoryOne } from '@thaw/i18n/vocabulary';
import { memo, type PointerEvent, useRef, useSyncExternalStore } from 'react';
import { useElementWidth } from '../charts/useElementWidth';
import { FIRST_YEAR, LAST_YEAR, monthLabel } from '../time/months';
import { isLabelled, yearLabelStep } from '../time/yearLabels';
import { ShapeIcon } from '../ui/ShapeIcon';
import { SPEEDS, type TimelineController } from './TimelineController';

export interface TimelineMark {
  id: string;
  month: number;
  category: Category;
  title: string;
}

export interface TimelineProps {
  controller: TimelineController;
  /** Key events, marked on the track. */
  marks: readonly TimelineMark[];
  /** Events per year, drawn as a faint histogram behind the year labels. */
  yearTotals?: ReadonlyMap<number, number>;
}

/** Where a point `cellsFromStart` cells into a track of `cells` sits, as a CSS length. */
const percentOf = (cellsFromStart: number, cells: number) => `${(cellsFromStart / cells) * 100}%`;

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);

export function Timeline({ controller, marks, yearTotals }: TimelineProps) {
  const { value, playing, speed } = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
  );
  const track = useRef<HTMLDivElement>(null);
  // Each month is a cell of the track; the thumb and the marks sit in the middle of theirs.
  const cells = controller.max - controller.min + 1;
  const percent = (cellsFromStart: number) => percentOf(cellsFromStart, cells);
  const position = (month: number) => percent(month - controller.min + 0.5);
  const maxTotal = Math.max(1, ...(yearTotals?.values() ?? []));
  const [yearsRef, yearsWidth] = useElementWidth();
  const labelStep = yearLabelStep(yearsWidth, YEARS.length);

  const monthAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return value;
    return controller.min + Math.floor(((clientX - box.left) / box.width) * cells);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    controller.pause();
    controller.setValue(monthAt(event.clientX), 'scrub');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      controller.setValue(monthAt(event.clientX), 'scrub');
    }
  };

  return (
    <div className="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="icon-button"
          aria-label={i18n._('timeline.previous')}
          onClick={() => {
            controller.pause();
            controller.step(-1);
          }}
          disabled={value <= controller.min}
        >
          <span aria-hidden="true">◀︎</span>
        </button>
        <button
          type="button"
          className="icon-button play-button"
          aria-label={playing ? i18n._('timeline.pause') : i18n._('timeline.play')}
          onClick={() => controller.toggle()}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶︎'}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={i18n._('timeline.next')}
          onClick={() => {
            controller.pause();
            controller.step(1);
          }}
          disabled={value >= controller.max}
        >
          <span aria-hidden="true">▶︎</span>
        </button>
        <fieldset className="speed">
          <legend className="visually-hidden">{i18n._('timeline.speed')}</legend>
          {SPEEDS.map((option) => (
            <button
              key={option}
              type="button"
              className="speed-option"
              aria-pressed={option === speed}
              onClick={() => controller.setSpeed(option)}
            >
              {i18n._('timeline.speedOption', { speed: option })}
            </button>
          ))}
        </fieldset>
        <output className="timeline-date" aria-live="off">
          {monthLabel(value)}
        </output>
      </div>
      <div
        ref={track}
        className="timeline-track"
        role="slider"
        tabIndex={0}
        aria-label={i18n._('timeline.date')}
        aria-valuemin={controller.min}
        aria-valuemax={controller.max}
        aria-valuenow={value}
        aria-valuetext={monthLabel(value)}
        aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End Space"
        data-testid="timeline-slider"
        onKeyDown={(event) => {
          if (controller.handleKey(event.key)) event.preventDefault();
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        <div className="timeline-rail" />
        <div className="timeline-fill" style={{ width: position(value) }} />
        <Marks marks={marks} min={controller.min} cells={cells} />
        <div className="timeline-thumb" style={{ left: position(value) }} />
      </div>
      <div ref={yearsRef} className="timeline-years" aria-hidden="true">
        {YEARS.map((year) => {
          const month = (year - FIRST_YEAR) * 12;
          const total = yearTotals?.get(year) ?? 0;
          return (
            <button
              key={year}
              type="button"
              tabIndex={-1}
              className="timeline-year"
              style={{ left: percent(month - controller.min), width: percent(12) }}
              onClick={() => {
                controller.pause();
                controller.setValue(month);
              }}
              title={
                yearTotals
                  ? i18n._('timeline.goToYearEvents', { month: monthLabel(month), count: total })
                  : i18n._('timeline.goToYear', { month: monthLabel(month) })
              }
            >
              {yearTotals && (
                <span
                  className="timeline-density"
                  style={{ height: `${(total / maxTotal) * 100}%` }}
                />
              )}
              {isLabelled(year, labelStep) && <span className="timeline-year-label">{year}</span>}
            </button>
          );
        })}
      </div>
    </div>
  );
}

/**
 * Apart, and memoized: a month step moves the thumb, not the marks. Marks of one category in one
 * month would be drawn on top of each other: each such group is one mark, whose title names the
 * first and counts the rest (at 100,000 events, hundreds of marks rather than tens of thousands).
 */
const Marks = memo(function Marks({
  marks,
  min,
  cells,
}: {
  marks: readonly TimelineMark[];
  min: number;
  cells: number;
}) {
  const groups = new Map<string, TimelineMark[]>();
  for (const mark of marks) {
    const key = `${mark.month}:${mark.category}`;
    const group = groups.get(key);
    if (group) group.push(mark);
    else groups.set(key, [mark]);
  }
  return [...groups].map(([key, group]) => {
    const [first] = group as [TimelineMark, ...TimelineMark[]];
    const what = i18n._('timeline.markTitle', {
      month: monthLabel(first.month),
      title: first.title,
      category: categoryOne(i18n, first.category),
      more: group.length - 1,
    });
    return (
      <span
        key={key}
        className="timeline-mark"
        style={{ left: percentOf(first.month - min + 0.5, cells) }}
        // The event's title stays English inside the sentence, as everywhere.
        data-event-content=""
        title={what}
      >
        <ShapeIcon category={first.category} size={10} />
      </span>
    );
  });
});
