import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AddToStory } from './AddToStory';
import { DRAFT_KEY, type DraftStep, parseStoredDraft } from './draft';
import { PLACEHOLDER_CAPTION } from './viewSteps';

const view: DraftStep = {
  title: 'October 1956',
  date: '1956-10',
  countries: ['HU'],
  categories: ['protest'],
  mode: 'cumulative',
  frame: { bbox: [16, 45.7, 22.9, 48.6] },
  highlight: [],
  caption: PLACEHOLDER_CAPTION,
  show: 'map',
};

afterEach(() => localStorage.clear());

describe('Add this view to a story', () => {
  it('adds the view as the draft’s next step, kept in the browser, and says which', async () => {
    render(<AddToStory step={() => view} />);
    const button = screen.getByRole('button', { name: 'Add this view to a story' });
    await userEvent.click(button);
    expect(screen.getByRole('status').textContent).toBe(
      'Added as step 1 of your draft — Edit draft',
    );
    await userEvent.click(button);
    expect(screen.getByRole('status').textContent).toMatch(/^Added as step 2 /);
    expect(screen.getByRole('link', { name: 'Edit draft' }).getAttribute('href')).toBe(
      '/story/draft',
    );
    const stored = parseStoredDraft(localStorage.getItem(DRAFT_KEY));
    expect(stored.status === 'ok' && stored.draft.steps).toEqual([view, view]);
  });

  it('leaves a draft it cannot read as it is, and says so', async () => {
    localStorage.setItem(DRAFT_KEY, '{"version":1,"steps":[');
    render(<AddToStory step={() => view} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add this view to a story' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Your saved draft cannot be read: what the browser holds is not JSON. Open the draft',
    );
    expect(localStorage.getItem(DRAFT_KEY)).toBe('{"version":1,"steps":[');
  });
});
