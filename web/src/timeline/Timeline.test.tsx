import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_MONTH, LAST_MONTH, monthOf } from '../time/months';
import { Timeline } from './Timeline';
import { TimelineController } from './TimelineController';

function setup(value = monthOf('1956-10')) {
  const onChange = vi.fn();
  const controller = new TimelineController({ min: FIRST_MONTH, max: LAST_MONTH, value, onChange });
  render(
    <Timeline
      controller={controller}
      marks={[
        {
          id: 'x',
          month: monthOf('1956-11'),
          category: 'intervention',
          title: 'Operation Whirlwind',
        },
      ]}
    />,
  );
  return { controller, onChange, slider: screen.getByRole('slider', { name: 'Date' }) };
}

describe('Timeline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is an ARIA slider over the months of the period', () => {
    const { slider } = setup();
    expect(slider.getAttribute('aria-valuemin')).toBe(String(FIRST_MONTH));
    expect(slider.getAttribute('aria-valuemax')).toBe(String(LAST_MONTH));
    expect(slider.getAttribute('aria-valuenow')).toBe(String(monthOf('1956-10')));
    expect(slider.getAttribute('aria-valuetext')).toBe('October 1956');
    expect(screen.getByTitle('November 1956: Operation Whirlwind (Intervention)')).toBeTruthy();
  });

  it('moves by keyboard', async () => {
    const { slider, onChange } = setup();
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(slider.getAttribute('aria-valuetext')).toBe('November 1956');
    await userEvent.keyboard('{PageUp}');
    expect(slider.getAttribute('aria-valuetext')).toBe('November 1957');
    await userEvent.keyboard('{Home}');
    expect(slider.getAttribute('aria-valuetext')).toBe('January 1953');
    await userEvent.keyboard('{End}');
    expect(slider.getAttribute('aria-valuetext')).toBe('December 1968');
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('plays and pauses from its button and from Space, and steps with its buttons', () => {
    // Only the test moves the clock, so a month is played exactly when it says time has passed.
    // Events are dispatched synchronously: user-event's async waits need a clock that runs.
    vi.useFakeTimers();
    const { slider, controller } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(controller.playing).toBe(true);
    act(() => {
      vi.advanceTimersByTime(1200);
    });
    expect(slider.getAttribute('aria-valuetext')).toBe('December 1956');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(controller.playing).toBe(false);
    slider.focus();
    fireEvent.keyDown(slider, { key: ' ' });
    expect(controller.playing).toBe(true);
    fireEvent.keyDown(slider, { key: ' ' });
    fireEvent.click(screen.getByRole('button', { name: '2×' }));
    expect(screen.getByRole('button', { name: '2×' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(slider.getAttribute('aria-valuetext')).toBe('November 1956');
  });
});
