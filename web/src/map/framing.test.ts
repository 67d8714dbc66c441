import {
  askedFrame,
  type Bbox,
  bboxOf,
  contains,
  countriesFrame,
  formatBbox,
  OVERVIEW,
  roundBbox,
} from '@thaw/data/framing';
import { describe, expect, it } from 'vitest';
import { event, place, poznan, whirlwind } from '../test/fixtures';

const capitals = [
  { country: 'SU', lon: 37.62, lat: 55.75 },
  { country: 'PL', lon: 21.01, lat: 52.23 },
  { country: 'HU', lon: 19.04, lat: 47.5 },
  { country: 'CS', lon: 14.42, lat: 50.09 },
];
const debrecen = event({ id: 'hu-debrecen', place: place('debrecen', 'Debrecen', 47.53, 21.63) });
const pecs = event({ id: 'hu-pecs', place: place('pecs', 'Pécs', 46.07, 18.23) });
/** Polish troops in Czechoslovakia: an event of Poland's, abroad. */
const jicin = event({
  id: 'pl-1968-08-21-jicin',
  country: 'PL',
  category: 'intervention',
  target: 'CS',
  place: place('jicin', 'Jičín', 50.44, 15.35),
  origin: {
    id: 'klodzko',
    name: 'Kłodzko',
    modernName: 'Kłodzko',
    localName: 'Kłodzko',
    lat: 50.43,
    lon: 16.65,
  },
});
/** Poland's, abroad, but no intervention. */
const bierutDies = event({
  id: 'pl-1956-03-12-bierut-death',
  country: 'PL',
  category: 'leadership',
  target: 'SU',
  place: place('moscow', 'Moscow', 55.75, 37.62),
});
const events = [debrecen, pecs, poznan, jicin, whirlwind, bierutDies];

describe('the frame of chosen countries', () => {
  it('holds their capitals and the places of their events, and nothing of the others', () => {
    expect(countriesFrame(['HU'], events, capitals)).toEqual([18.23, 46.07, 21.63, 47.53]);
  });

  it('holds their interventions abroad, and where the forces came from, not their other events abroad', () => {
    const poland = countriesFrame(['PL'], events, capitals);
    expect(poland).toEqual([15.35, 50.43, 21.01, 52.41]);
    if (!poland) throw new Error('no frame');
    expect(contains(poland, [jicin.place.lon, jicin.place.lat])).toBe(true);
    // The Soviet forces in Budapest came from Szolnok, east of it.
    expect(countriesFrame(['SU'], events, capitals)).toEqual([19.04, 47.17, 37.62, 55.75]);
  });

  it('grows with each country added, and is the union of their frames', () => {
    const hu = countriesFrame(['HU'], events, capitals);
    const pl = countriesFrame(['PL'], events, capitals);
    const both = countriesFrame(['PL', 'HU'], events, capitals);
    if (!hu || !pl) throw new Error('no frame');
    expect(both).toEqual(
      bboxOf([hu.slice(0, 2), hu.slice(2), pl.slice(0, 2), pl.slice(2)] as [number, number][]),
    );
  });

  it('is a country’s capital alone when it has no events, and nothing for no countries', () => {
    expect(countriesFrame(['CS'], events, capitals)).toEqual([14.42, 50.09, 14.42, 50.09]);
    expect(countriesFrame([], events, capitals)).toBeNull();
  });
});

describe('the frame asked for', () => {
  const all = ['SU', 'PL', 'HU'];

  it('is the reader’s or the link’s box, whatever the countries', () => {
    expect(askedFrame([18.8, 47.35, 19.35, 47.65], ['HU'], all)).toEqual([
      18.8, 47.35, 19.35, 47.65,
    ]);
    expect(askedFrame([18.8, 47.35, 19.35, 47.65], all, all)).toEqual([18.8, 47.35, 19.35, 47.65]);
  });

  it('is the overview for every country at once, and none for a choice of some', () => {
    expect(askedFrame(null, all, all)).toEqual(OVERVIEW);
    expect(askedFrame(null, ['HU', 'SU', 'PL'], all)).toEqual(OVERVIEW);
    expect(askedFrame(null, ['SU', 'HU'], all)).toBeNull();
    expect(askedFrame(null, ['SU'], all)).toBeNull();
  });
});

describe('boxes', () => {
  it('are written to three decimals, as the URL holds them', () => {
    expect(formatBbox([16.12345, 45.7, 22.9999, -0.0001])).toBe('16.123,45.7,23,0');
    const box: Bbox = [16.12345, 45.70049, 22.87651, 48.55349];
    expect(roundBbox(roundBbox(box))).toEqual(roundBbox(box));
  });

  it('contain their edges and nothing beyond them', () => {
    const box: Bbox = [16, 45, 23, 49];
    expect(contains(box, [16, 49])).toBe(true);
    expect(contains(box, [19, 47])).toBe(true);
    expect(contains(box, [15.99, 47])).toBe(false);
    expect(contains(box, [19, 49.01])).toBe(false);
  });
});
