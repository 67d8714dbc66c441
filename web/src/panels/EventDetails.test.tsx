import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ivanDenisovich, poznan, sources, whirlwind } from '../test/fixtures';
import { EventDetails } from './EventDetails';

const countryNames = new Map([
  ['SU', 'Soviet Union'],
  ['PL', 'Poland'],
  ['HU', 'Hungary'],
]);
const sourceMap = new Map(sources.map((source) => [source.id, source]));

describe('EventDetails', () => {
  it('shows the event with its dates, place, toll, participants and actors', () => {
    render(
      <EventDetails
        event={poznan}
        countryNames={countryNames}
        sources={sourceMap}
        takeFocus={false}
        onClose={() => {}}
      />,
    );
    const details = within(screen.getByTestId('event-details'));
    expect(
      details.getByRole('heading', { name: 'General strike and revolt in Poznań' }),
    ).toBeTruthy();
    expect(details.getByText('28–30 June 1956')).toBeTruthy();
    expect(details.getByText(/Poznań \(the city\)/)).toBeTruthy();
    expect(details.getByText('57–100 killed')).toBeTruthy();
    expect(details.getByText('100,000 took part')).toBeTruthy();
    expect(details.getByText('workers, students')).toBeTruthy();
    expect(details.getByText(/Cegielski works/)).toBeTruthy();
  });

  it('lists its sources, as links where they can be read', () => {
    render(
      <EventDetails
        event={poznan}
        countryNames={countryNames}
        sources={sourceMap}
        takeFocus={false}
        onClose={() => {}}
      />,
    );
    const link = screen.getByRole('link', { name: 'Rebellious Satellite: Poland 1956' });
    expect(link.getAttribute('href')).toBe(
      'https://www.wilsoncenter.org/book/rebellious-satellite-poland-1956',
    );
    expect(screen.getByText(/Paweł Machcewicz, 2009/)).toBeTruthy();
    expect(screen.getByText(/Poznański Czerwiec 1956/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('gives a month-precise date as the month, and an unknown toll as unknown', () => {
    render(
      <EventDetails
        event={ivanDenisovich}
        countryNames={countryNames}
        sources={sourceMap}
        takeFocus={false}
        onClose={() => {}}
      />,
    );
    expect(screen.getByText('November 1962')).toBeTruthy();
    expect(screen.getByText('unknown')).toBeTruthy();
    expect(screen.getByText(/not in the bibliography/)).toBeTruthy();
  });

  it('names where forces came from and the state they acted in, and closes', async () => {
    const onClose = vi.fn();
    render(
      <EventDetails
        event={whirlwind}
        countryNames={countryNames}
        sources={undefined}
        takeFocus
        onClose={onClose}
      />,
    );
    expect(screen.getByText(/forces came from Szolnok/)).toBeTruthy();
    expect(screen.getByText('Soviet Union, in Hungary')).toBeTruthy();
    expect(screen.getByText('Loading the sources…')).toBeTruthy();
    // Chosen by the reader: the focus moves to the event's title.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: whirlwind.title }));
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
