import type { Borders } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { fitProjection, mapSvg, mercator } from '../src/map/mapSvg';

const AREA = { x: 24, y: 74, width: 1552, height: 764 };

describe('mercator', () => {
  it('puts Greenwich and the equator at the middle of the unit square, north up', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    const [, north] = mercator(0, 60);
    expect(north).toBeLessThan(0.5);
    // Web Mercator stretches latitudes: a degree at 60°N is twice as tall as at the equator.
    const atEquator = mercator(0, 0.5)[1] - mercator(0, -0.5)[1];
    const atSixty = mercator(0, 60.5)[1] - mercator(0, 59.5)[1];
    expect(atSixty / atEquator).toBeCloseTo(2, 1);
  });
});

describe('fitProjection', () => {
  it('centres the box and fits it within the area on its tighter side, one scale both ways', () => {
    const bbox = [16, 45.7, 22.9, 48.6] as const;
    const { project, scale, shown } = fitProjection([...bbox], AREA, 24);
    const [west, north] = project(bbox[0], bbox[3]);
    const [east, south] = project(bbox[2], bbox[1]);
    // Centred in the area.
    expect((west + east) / 2).toBeCloseTo(AREA.x + AREA.width / 2, 6);
    expect((north + south) / 2).toBeCloseTo(AREA.y + AREA.height / 2, 6);
    // Hungary is less wide than this area's shape: it fills the height within the padding.
    expect(south - north).toBeCloseTo(AREA.height - 48, 6);
    expect(east - west).toBeLessThan(AREA.width - 48);
    // The same scale both ways: a degree of longitude is `scale / 360` pixels.
    expect(project(17, 47)[0] - project(16, 47)[0]).toBeCloseTo(scale / 360, 6);
    // What the area shows holds the box, with more of it east and west.
    const [shownWest, shownSouth, shownEast, shownNorth] = shown();
    expect(shownWest).toBeLessThan(16 - 0.5);
    expect(shownEast).toBeGreaterThan(22.9 + 0.5);
    expect(shownSouth).toBeLessThan(45.7);
    expect(shownNorth).toBeGreaterThan(48.6);
    // Pixels back to degrees and forth again: the inverse is the projection's.
    const [x, y] = project(shownWest, shownNorth);
    expect(x).toBeCloseTo(AREA.x, 6);
    expect(y).toBeCloseTo(AREA.y, 6);
  });

  it('fits a tall box by its height', () => {
    const { project } = fitProjection([20, 40, 22, 60], AREA, 0);
    expect(project(20, 40)[1] - project(20, 60)[1]).toBeCloseTo(AREA.height, 6);
  });
});

const square = (west: number, south: number, east: number, north: number) => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

const BORDERS: Borders = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'HU', name: 'Hungary' },
      geometry: { type: 'Polygon', coordinates: square(16, 45.7, 22.9, 48.6) },
    },
    {
      type: 'Feature',
      properties: { id: 'AU', name: 'Far away' },
      geometry: { type: 'Polygon', coordinates: square(140, -30, 150, -20) },
    },
  ],
};

describe('mapSvg', () => {
  const svg = mapSvg({
    width: 1600,
    height: 900,
    bbox: [16, 45.7, 22.9, 48.6],
    borders: BORDERS,
    countries: ['HU'],
    capitals: [{ country: 'HU', name: 'Budapest', lon: 19.04, lat: 47.5 }],
    events: [
      {
        id: 'past',
        category: 'protest',
        lon: 19,
        lat: 47.5,
        phase: 'past',
        highlighted: false,
        placeName: 'Budapest',
        origin: null,
      },
      {
        id: 'invasion',
        category: 'intervention',
        lon: 19.05,
        lat: 47.5,
        phase: 'current',
        highlighted: true,
        placeName: 'Budapest & Pest',
        origin: { lon: 22.5, lat: 48.4 },
      },
    ],
    categories: ['protest', 'intervention'],
    title: 'The second intervention',
    subtitle: 'November 1956 · Hungary',
    sourceLine: 'Source: Thaw Atlas dataset v1.0.0, CC BY 4.0, http://x/api/sources',
  });

  it('writes the title, month, legend and source line, and escapes text', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1600" height="900"/);
    for (const text of [
      'The second intervention',
      'November 1956 · Hungary',
      'Protests',
      'Interventions',
      'Highlighted in this step',
      'CC BY 4.0',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('Budapest &amp; Pest');
    expect(svg).toContain('>Budapest<');
  });

  it('draws the chosen country tinted, leaves out states off the frame, fades the past', () => {
    expect(svg).toContain('fill="#f8ecd2"');
    // One outline only: the far state is not in the drawing.
    const outlines = svg.match(/<path d="M[^"]*Z"[^>]*stroke="#7b6f5c"/g) ?? [];
    expect(outlines).toHaveLength(1);
    expect(svg.match(/fill-opacity="0.35"/g)?.length).toBeGreaterThan(0);
    // The invasion's arrow and its head, in the category's colour.
    expect(svg).toMatch(/<path d="M[^"]*Q[^"]*" fill="none" stroke="#0072B2"/);
  });
});
