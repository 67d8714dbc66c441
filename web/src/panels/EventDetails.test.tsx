import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { event, ivanDenisovich, place, poznan, sources, whirlwind } from '../test/fixtures';
import { EventDetails } from './EventDetails';

const countryNames = new Map([
  ['SU', 'Soviet Union'],
  ['PL', 'Poland'],
  ['HU', 'Hungary'],
]);
const sourceMap = new Map(sources.map((source) => [source.id, source]));

describe('EventDetails', () => {
  it('shows the locators of its citations, who its deaths count, and the whole it is part of', async () => {
    const volley = event({
      id: 'pl-1956-06-28-up-building',
      country: 'PL',
      category: 'intervention',
      type: 'suppression',
      title: 'Fire from the security-police building',
      start: '1956-06-28',
      place: place('katowice', 'Katowice', 50.26, 19.02, 'Stalinogród'),
      fatalities: { low: 10, high: 12 },
      fatalitiesNote: 'demonstrators and officers',
      partOf: poznan.id,
      sources: ['machcewicz-2009-rebellious'],
      citations: [{ source: 'machcewicz-2009-rebellious', locator: 'pp. 109-112' }],
    });
    const onOpenEvent = vi.fn();
    render(
      <EventDetails
        event={volley}
        countryNames={countryNames}
        sources={sourceMap}
        whole={poznan}
        onOpenEvent={onOpenEvent}
        takeFocus={false}
        onClose={() => {}}
      />,
    );
    const details = within(screen.getByTestId('event-details'));
    expect(details.getByText(/pp\. 109-112/)).toBeTruthy();
    expect(details.getByTestId('fatalities-note').textContent).toContain(
      'demonstrators and officers',
    );
    expect(details.getByText(/Stalinogród/)).toBeTruthy();
    expect(details.getByText(/today Katowice/)).toBeTruthy();
    await userEvent.click(details.getByRole('button', { name: poznan.title }));
    expect(onOpenEvent).toHaveBeenCalledWith(poznan.id);
  });

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
    expect(details.getByText('28 – 30 June 1956')).toBeTruthy();
    // The place's name is a proper name of its own element (translate="no").
    expect(details.getByText('Poznań').parentElement?.textContent).toMatch(/Poznań \(the city\)/);
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
    expect(screen.getByText('Szolnok').closest('dd')?.textContent).toMatch(
      /forces came from Szolnok/,
    );
    expect(screen.getByText('Soviet Union, in Hungary')).toBeTruthy();
    expect(screen.getByText('Loading the sources…')).toBeTruthy();
    // Chosen by the reader: the focus moves to the event's title.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: whirlwind.title }));
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says what the sources leave open, and nothing when they leave nothing open', () => {
    const { unmount } = render(
      <EventDetails
        event={{ ...poznan, fatalitiesNote: '57 named by Jastrząb, 100 in older estimates' }}
        countryNames={countryNames}
        sources={sourceMap}
        takeFocus={false}
        onClose={() => {}}
      />,
    );
    const open = screen.getByRole('region', { name: 'What the sources leave open' });
    expect(within(open).getByText('Deaths')).toBeTruthy();
    expect(open.textContent).toContain(
      'the sources give from 57 to 100 dead: 57 named by Jastrząb, 100 in older estimates.',
    );
    unmount();
    render(
      <EventDetails
        event={event({ id: 'hu-1956-10-23-budapest-demonstration' })}
        countryNames={countryNames}
        sources={sourceMap}
        takeFocus={false}
        onClose={() => {}}
      />,
    );
    expect(screen.queryByRole('region', { name: 'What the sources leave open' })).toBeNull();
  });
});
