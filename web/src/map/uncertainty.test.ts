import { describe, expect, it } from 'vitest';
import { event, ivanDenisovich, place, poznan } from '../test/fixtures';
import { iconCell } from './eventSymbols';
import { LOOKS, lookIndex, openQuestions, symbolLook } from './uncertainty';

describe('symbolLook', () => {
  it('draws a precisely dated event with one figure plain', () => {
    const dated = event({ id: 'hu-1956-10-26-x', fatalities: { low: 14, high: 14 } });
    expect(symbolLook(dated)).toEqual({ dashed: false, hollow: false });
    expect(symbolLook(event({ id: 'hu-1956-10-26-y' }))).toEqual({ dashed: false, hollow: false });
  });

  it('dashes a date known only to the month or the year', () => {
    expect(symbolLook(ivanDenisovich).dashed).toBe(true);
    expect(
      symbolLook(event({ id: 'hu-1956', start: '1956-01-01', datePrecision: 'year' })),
    ).toEqual({
      dashed: true,
      hollow: false,
    });
  });

  it('hollows a death toll the sources give differently, and both at once', () => {
    expect(symbolLook(poznan)).toEqual({ dashed: false, hollow: true });
    const both = event({
      id: 'hu-1956-11',
      datePrecision: 'month',
      fatalities: { low: 1, high: 3 },
    });
    expect(symbolLook(both)).toEqual({ dashed: true, hollow: true });
  });

  it('gives each look and category its own cell of the icon atlas', () => {
    const cells = LOOKS.flatMap((look) =>
      (['protest', 'intervention', 'leadership', 'milestone'] as const).map((category) =>
        iconCell(category, look),
      ),
    );
    expect(new Set(cells).size).toBe(16);
    expect(LOOKS.map(lookIndex)).toEqual([0, 1, 2, 3]);
  });
});

describe('openQuestions', () => {
  it('says nothing of an event the sources agree on', () => {
    expect(
      openQuestions(event({ id: 'hu-1956-10-23-z', fatalities: { low: 6, high: 6 } })),
    ).toEqual([]);
  });

  it('names the range of deaths and who gives which, from the note', () => {
    const volley = event({
      id: 'hu-1956-10-26-miskolc-volley',
      fatalities: { low: 3, high: 16 },
      fatalitiesNote: '16 per ntf.hu, 3 per a 2006 chronicle',
    });
    expect(openQuestions(volley)).toEqual([
      {
        topic: 'Deaths',
        text: 'the sources give from 3 to 16 dead',
        // Who gives which, in the data's English, beside the translated sentence.
        note: '16 per ntf.hu, 3 per a 2006 chronicle',
      },
    ]);
  });

  it('says a date is known only to the month, a crowd counted differently, a place only to the country', () => {
    const deportations = event({
      id: 'hu-1956-11-deportations',
      start: '1956-11-01',
      datePrecision: 'month',
      participants: { low: 846, high: 1000 },
      place: { ...place('hungary', 'Hungary', 47.5, 19.04), precision: 'country' },
    });
    expect(openQuestions(deportations)).toEqual([
      { topic: 'Date', text: 'known only to the month (November 1956): the sources give no day.' },
      { topic: 'Participants', text: 'the sources give from 846 to 1,000.' },
      { topic: 'Place', text: 'the sources name only the country (Hungary), no town or site.' },
    ]);
  });
});
