import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BORDERS_PATH, createLocator, readBorders } from '../src/geo';

const borders = readBorders();
const locator = createLocator(borders);

// [name, lon, lat, the state it lay in in 1953–1968]
const CITIES: [string, number, number, string][] = [
  ['Moscow', 37.6173, 55.7558, 'SU'],
  ['Leningrad', 30.3351, 59.9343, 'SU'],
  ['Lviv', 24.0316, 49.8397, 'SU'],
  ['Vilnius', 25.2797, 54.6872, 'SU'],
  ['Tallinn', 24.7536, 59.437, 'SU'],
  ['Kaliningrad', 20.4522, 54.7104, 'SU'],
  ['Tbilisi', 44.793, 41.7151, 'SU'],
  ['Vladivostok', 131.8855, 43.1155, 'SU'],
  ['Warsaw', 21.0122, 52.2297, 'PL'],
  ['Wrocław', 17.0385, 51.1079, 'PL'],
  ['Szczecin', 14.5528, 53.4285, 'PL'],
  ['Gdańsk', 18.6466, 54.352, 'PL'],
  ['Budapest', 19.0402, 47.4979, 'HU'],
  ['Leipzig', 12.3731, 51.3397, 'DD'],
  ['Dresden', 13.7373, 51.0504, 'DD'],
  ['Rostock', 12.0991, 54.0924, 'DD'],
  ['East Berlin (Alexanderplatz)', 13.4132, 52.5219, 'DD'],
  ['West Berlin (Kurfürstendamm)', 13.3306, 52.503, 'DE'],
  ['Munich', 11.582, 48.1351, 'DE'],
  ['Hamburg', 9.9937, 53.5511, 'DE'],
  ['Bonn', 7.0982, 50.7374, 'DE'],
  ['Prague', 14.4378, 50.0755, 'CS'],
  ['Bratislava', 17.1077, 48.1486, 'CS'],
  ['Belgrade', 20.4489, 44.7866, 'YU'],
  ['Zagreb', 15.9819, 45.815, 'YU'],
  ['Ljubljana', 14.5058, 46.0569, 'YU'],
  ['Skopje', 21.4254, 41.9981, 'YU'],
  ['Vienna', 16.3738, 48.2082, 'AT'],
  ['Bucharest', 26.1025, 44.4268, 'RO'],
  ['Sofia', 23.3219, 42.6977, 'BG'],
  ['Tirana', 19.8187, 41.3275, 'AL'],
];

describe('the 1953–1968 borders file', () => {
  const text = readFileSync(BORDERS_PATH, 'utf8');

  it('is a FeatureCollection of states with unique ids and names', () => {
    expect(borders.type).toBe('FeatureCollection');
    const ids = borders.features.map((feature) => feature.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { properties } of borders.features) {
      expect(properties.id).toMatch(/^[A-Z]{2}$/);
      expect(properties.name.length).toBeGreaterThan(0);
    }
    for (const id of ['SU', 'PL', 'HU', 'DD', 'DE', 'CS', 'YU', 'RO', 'BG', 'AL', 'AT', 'FI']) {
      expect(ids).toContain(id);
    }
  });

  it('lists the states sorted by id, one per line, with coordinates rounded to 0.001°', () => {
    const ids = borders.features.map((feature) => feature.properties.id);
    expect(ids).toEqual([...ids].sort());
    expect(text.split('\n').filter((line) => line.startsWith('{"type":"Feature"'))).toHaveLength(
      ids.length,
    );
    expect(text).not.toMatch(/\d\.\d{4,}/);
  });

  it('stays within 300 kB gzipped', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('stops at 180° (no band across the map from the USSR crossing the antimeridian)', () => {
    const positions = borders.features.flatMap((feature) =>
      feature.geometry.type === 'Polygon'
        ? feature.geometry.coordinates.flat()
        : feature.geometry.coordinates.flat(2),
    );
    const xs = positions.map(([x = 0]) => x);
    const ys = positions.map(([, y = 0]) => y);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([-25, 180]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([25, 83]);
    expect(locator.stateAt(0, 72)).toBeNull(); // the Norwegian Sea, where the band would run
  });
});

describe('createLocator', () => {
  it.each(CITIES)('puts %s in its state', (_name, lon, lat, state) => {
    expect(locator.stateAt(lon, lat)).toBe(state);
  });

  it('finds no state at sea or off the map', () => {
    expect(locator.stateAt(19, 55.8)).toBeNull(); // the Baltic, between Gotland and Latvia
    expect(locator.stateAt(-40, 40)).toBeNull(); // the Atlantic, west of the map
    expect(locator.stateAt(Number.NaN, 50)).toBeNull();
  });

  it('measures 0 km inside a state and a plausible distance outside it', () => {
    expect(locator.distanceKm('PL', 21.0122, 52.2297)).toBe(0);
    expect(locator.distanceKm('SU', 37.6173, 55.7558)).toBe(0);
    // The nearest Soviet border to Warsaw is where it leaves the Bug near Niemirów, ~147 km
    // east (Brest, on the main road, is ~190 km).
    const warsawToSoviet = locator.distanceKm('SU', 21.0122, 52.2297);
    expect(warsawToSoviet).toBeGreaterThan(135);
    expect(warsawToSoviet).toBeLessThan(160);
    // Brest, across the Bug, was Soviet.
    expect(locator.stateAt(23.6834, 52.0976)).toBe('SU');
    // Vienna to Hungary: about 50 km to the Neusiedler See border.
    const viennaToHungary = locator.distanceKm('HU', 16.3738, 48.2082);
    expect(viennaToHungary).toBeGreaterThan(35);
    expect(viennaToHungary).toBeLessThan(70);
  });

  it('rejects an unknown state', () => {
    expect(locator.ids.has('SU')).toBe(true);
    expect(() => locator.distanceKm('XX', 0, 0)).toThrow(/no state "XX"/);
  });
});
