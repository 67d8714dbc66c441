import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tenure } from '../test/fixtures';
import { monthOf } from '../time/months';
import { LeadersPanel } from './LeadersPanel';

const countries = [
  { id: 'PL', name: 'Poland' },
  { id: 'HU', name: 'Hungary' },
];

describe('LeadersPanel', () => {
  it('shows who led each country, by role, and both leaders in a month of change', () => {
    render(
      <LeadersPanel
        month={monthOf('1956-10')}
        countries={countries}
        tenures={[
          tenure({
            country: 'PL',
            role: 'party',
            person: 'Edward Ochab',
            start: '1956-03-20',
            end: '1956-10-21',
            endedBy: 'regular',
          }),
          tenure({
            country: 'PL',
            role: 'party',
            person: 'Władysław Gomułka',
            start: '1956-10-21',
            end: '1970-12-20',
            endedBy: 'resignation',
          }),
          tenure({
            country: 'PL',
            role: 'government',
            person: 'Józef Cyrankiewicz',
            office: 'Chairman of the Council of Ministers',
            start: '1954-03-18',
          }),
          tenure({
            country: 'HU',
            role: 'party',
            person: 'Ernő Gerő',
            start: '1956-07-18',
            end: '1956-10-25',
            endedBy: 'ouster',
          }),
          tenure({ country: 'HU', role: 'party', person: 'János Kádár', start: '1956-10-25' }),
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Who led, October 1956' })).toBeTruthy();
    const poland = within(screen.getByTestId('leaders-PL'));
    expect(poland.getByText('Edward Ochab')).toBeTruthy();
    expect(poland.getByText('until 21 October 1956')).toBeTruthy();
    expect(poland.getByText('Władysław Gomułka')).toBeTruthy();
    expect(poland.getByText('from 21 October 1956')).toBeTruthy();
    expect(poland.getByText('Józef Cyrankiewicz')).toBeTruthy();
    expect(poland.getByText('Chairman of the Council of Ministers')).toBeTruthy();
    const hungary = within(screen.getByTestId('leaders-HU'));
    expect(hungary.getByText('János Kádár')).toBeTruthy();
    // No government and no head-of-state tenure was given for Hungary.
    expect(hungary.getAllByText('not recorded')).toHaveLength(2);
  });

  it('folds the head of state away under its own disclosure', () => {
    render(
      <LeadersPanel
        month={monthOf('1960-06')}
        countries={[{ id: 'SU', name: 'Soviet Union' }]}
        tenures={[
          tenure({
            country: 'SU',
            role: 'state',
            person: 'Leonid Brezhnev',
            office: 'Chairman of the Presidium of the Supreme Soviet',
            start: '1960-05-07',
          }),
        ]}
      />,
    );
    const state = screen.getByTestId('leaders-state-SU');
    expect(state.tagName).toBe('DETAILS');
    expect(state.hasAttribute('open')).toBe(false);
    expect(within(state).getByText('Head of state', { selector: 'summary' })).toBeTruthy();
    expect(within(state).getByText('Leonid Brezhnev')).toBeTruthy();
  });

  it('names a vacancy as such', () => {
    render(
      <LeadersPanel
        month={monthOf('1956-03')}
        countries={[{ id: 'PL', name: 'Poland' }]}
        tenures={[
          tenure({
            country: 'PL',
            role: 'party',
            person: null,
            vacant: true,
            start: '1956-03-12',
            end: '1956-03-20',
            endedBy: 'regular',
          }),
        ]}
      />,
    );
    expect(screen.getByText('Vacant')).toBeTruthy();
  });
});
