import { describe, expect, it } from 'vitest';
import { event, gazetteerPlace, katowice, place, poznan, stalinogrod } from '../test/fixtures';
import { monthOf } from '../time/months';
import { eventNamer, eventsNamedOn, gazetteerOf, nameOn, namingDay } from './gazetteer';

const dunaujvaros = place('dunaujvaros', 'Dunaújváros', 46.96, 18.94);
const gazetteer = gazetteerOf([
  gazetteerPlace(katowice, stalinogrod),
  gazetteerPlace(dunaujvaros, [
    { name: 'Sztálinváros', from: null, to: '1961-11-24' },
    { name: 'Dunaújváros', from: '1961-11-25', to: null },
  ]),
  gazetteerPlace(poznan.place),
]);
const restored = event({
  id: 'pl-1956-12-10-katowice-name-restored',
  country: 'PL',
  start: '1956-12-10',
  place: place('katowice', 'Katowice', 50.26, 19.02, 'Stalinogród'),
});
const rally = event({
  id: 'pl-1968-03-14-katowice',
  country: 'PL',
  start: '1968-03-14',
  place: katowice,
});

describe('the names of their time', () => {
  it('names a month by its last day, so a rename within it shows that month', () => {
    expect(namingDay(monthOf('1956-12'))).toBe('1956-12-31');
    expect(namingDay(monthOf('1956-02'))).toBe('1956-02-29');
    expect(namingDay(monthOf('1953-02'))).toBe('1953-02-28');
    expect(nameOn(gazetteer, 'katowice', namingDay(monthOf('1956-11')))?.name).toBe('Stalinogród');
    expect(nameOn(gazetteer, 'katowice', namingDay(monthOf('1956-12')))?.name).toBe('Katowice');
  });

  it('gives Katowice its name of each side of 1956: Katowice, Stalinogród, Katowice', () => {
    const names = ['1953-02', '1955-06', '1957-01'].map(
      (month) => nameOn(gazetteer, 'katowice', namingDay(monthOf(month)))?.name,
    );
    expect(names).toEqual(['Katowice', 'Stalinogród', 'Katowice']);
    // Names recorded from the start of the period, or to its end, hold there.
    expect(nameOn(gazetteer, 'dunaujvaros', '1953-01-31')?.name).toBe('Sztálinváros');
    expect(nameOn(gazetteer, 'dunaujvaros', '1968-12-31')?.name).toBe('Dunaújváros');
    expect(nameOn(gazetteer, 'poznan', '1956-06-30')).toBeNull();
  });

  it('renames the events’ places as on the day, keeping the events that need no new name', () => {
    const events = [restored, rally, poznan];
    const in1955 = eventsNamedOn(events, gazetteer, '1955-06-30');
    expect(in1955.map((named) => named.place.name)).toEqual([
      'Stalinogród',
      'Stalinogród',
      'Poznań',
    ]);
    expect(in1955.map((named) => named.place.modernName)).toEqual([
      'Katowice',
      'Katowice',
      'Poznań',
    ]);
    expect(in1955[0]).toBe(restored);
    expect(in1955[2]).toBe(poznan);
    expect(in1955[1]).not.toBe(rally);
    expect(rally.place.name).toBe('Katowice');
    const in1957 = eventsNamedOn(events, gazetteer, '1957-01-31');
    expect(in1957.map((named) => named.place.name)).toEqual(['Katowice', 'Katowice', 'Poznań']);
  });

  it('renames where intervening forces came from too', () => {
    const assault = event({
      id: 'su-assault',
      country: 'SU',
      place: poznan.place,
      origin: { ...dunaujvaros, name: 'Dunaújváros' },
    });
    const [named] = eventsNamedOn([assault], gazetteer, '1956-11-30');
    expect(named?.origin?.name).toBe('Sztálinváros');
    expect(named?.origin?.modernName).toBe('Dunaújváros');
  });

  it('names the events anew only when some place’s name changes', () => {
    const named = eventNamer([restored, rally], gazetteer);
    expect(named('1955-01-31')).toBe(named('1956-11-30'));
    expect(named('1956-12-31')).not.toBe(named('1956-11-30'));
    expect(named('1956-12-31')).toBe(named('1958-05-31'));
  });
});
