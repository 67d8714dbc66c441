import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { YearSpan } from './brush';
import { TimeBrush } from './TimeBrush';

const bounds = { min: 1953, max: 1968 };

/** The brush with its span held as the URL would hold it, and every change recorded. */
function Harness({ changes }: { changes: [YearSpan, boolean][] }) {
  const [span, setSpan] = useState({ from: 1953, to: 1968 });
  return (
    <TimeBrush
      span={span}
      bounds={bounds}
      onChange={(next, continuing) => {
        changes.push([next, continuing]);
        setSpan(next);
      }}
    />
  );
}

describe('TimeBrush', () => {
  it('is two sliders that say their years and how far each may go', () => {
    render(<TimeBrush span={{ from: 1955, to: 1957 }} bounds={bounds} onChange={() => {}} />);
    const from = screen.getByRole('slider', { name: 'From year' });
    const to = screen.getByRole('slider', { name: 'To year' });
    expect(from.getAttribute('aria-valuenow')).toBe('1955');
    expect(from.getAttribute('aria-valuemax')).toBe('1957');
    expect(to.getAttribute('aria-valuenow')).toBe('1957');
    expect(to.getAttribute('aria-valuemin')).toBe('1955');
    expect(screen.getByRole('group', { name: /Years/ }).textContent).toContain('1955–1957');
  });

  it('moves with the keyboard; held arrows on one thumb continue one history entry', async () => {
    const changes: [YearSpan, boolean][] = [];
    render(<Harness changes={changes} />);
    const user = userEvent.setup();
    act(() => screen.getByRole('slider', { name: 'From year' }).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await user.tab();
    await user.keyboard('{Home}{End}{PageDown}');
    expect(changes).toEqual([
      [{ from: 1954, to: 1968 }, false],
      [{ from: 1955, to: 1968 }, true],
      [{ from: 1956, to: 1968 }, true],
      [{ from: 1956, to: 1956 }, false],
      [{ from: 1956, to: 1968 }, false],
      [{ from: 1956, to: 1963 }, false],
    ]);
  });

  it('reports nothing for a key that moves nothing, and resets to the whole period', async () => {
    const changes: [YearSpan, boolean][] = [];
    render(<Harness changes={changes} />);
    const user = userEvent.setup();
    const whole = screen.getByRole('button', { name: 'Whole period' });
    expect(whole).toHaveProperty('disabled', true);
    act(() => screen.getByRole('slider', { name: 'To year' }).focus());
    await user.keyboard('{End}{ArrowUp}{ArrowLeft}');
    expect(changes).toEqual([[{ from: 1953, to: 1967 }, false]]);
    await user.click(whole);
    expect(changes.at(-1)).toEqual([{ from: 1953, to: 1968 }, false]);
  });
});
