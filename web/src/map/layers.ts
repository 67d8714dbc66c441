/**
 * The map's sources and style layers, declared once. The events are not among them: one custom
 * WebGL layer draws them (eventLayer.ts), slotted in at `LAYER.events`. The selected countries
 * reach these layers through the style's global state `countries`; this month's places, in the
 * names of the month, through the feature-state `shown` of the `places` source
 * (eventPlaceLabels.ts): neither re-tiles anything on a time step.
 */

import { i18n } from '@lingui/core';
import { MAP_GROUND } from '@thaw/charts';
import type { ExpressionSpecification, LayerSpecification, StateSpecification } from 'maplibre-gl';
import { PALETTE } from '../style/palette';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

/** "(today …)" around a modern name, in the page's words (`place.today` split at the name). */
const TODAY = ((marked: string) => {
  const at = marked.indexOf('\u0000');
  return [marked.slice(0, at), marked.slice(at + 1)] as const;
})(i18n._('place.today', { name: '\u0000' }));

export const SOURCE = { borders: 'borders', labels: 'labels', places: 'places' } as const;

export const MAP_COLORS = {
  ...MAP_GROUND,
  label: PALETTE.muted,
  focusLabel: '#2b2f36',
  halo: 'rgba(255, 255, 255, 0.9)',
  highlight: PALETTE.ink,
} as const;

export function stateSpecification(countries: readonly string[]): StateSpecification {
  return { countries: { default: countries } } as StateSpecification;
}

const selectedCountry: ExpressionSpecification = [
  'in',
  ['get', 'id'],
  ['global-state', 'countries'],
];
const labelOfSelected: ExpressionSpecification = [
  'in',
  ['get', 'country'],
  ['global-state', 'countries'],
];

export const LAYER = {
  water: 'water',
  land: 'land',
  borders: 'borders',
  countryLabels: 'country-labels',
  events: 'events',
  capitalDots: 'capital-dots',
  capitalLabels: 'capital-labels',
  placeLabels: 'event-place-labels',
} as const;

/**
 * Bottom to top; the events go in above the places' labels, below the capitals' (`LAYER.events`):
 * a symbol set aside from a crowded place may lie where a label is written, and the symbol, which
 * the reader picks, must not be hidden by it; the capital's name stays on top. Labels are placed
 * top first, so the order of the last three is also their priority: country names, then
 * capitals, then the places of this month's events.
 */
export const LAYERS: LayerSpecification[] = [
  { id: LAYER.water, type: 'background', paint: { 'background-color': MAP_COLORS.water } },
  {
    id: LAYER.land,
    type: 'fill',
    source: SOURCE.borders,
    paint: {
      'fill-color': ['case', selectedCountry, MAP_COLORS.focusLand, MAP_COLORS.land],
    },
  },
  {
    id: LAYER.borders,
    type: 'line',
    source: SOURCE.borders,
    paint: {
      'line-color': ['case', selectedCountry, MAP_COLORS.focusBorder, MAP_COLORS.border],
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2],
    },
  },
  {
    id: LAYER.capitalDots,
    type: 'circle',
    source: SOURCE.labels,
    filter: ['==', ['get', 'kind'], 'capital'],
    paint: {
      'circle-radius': ['case', labelOfSelected, 3.5, 2.5],
      'circle-color': MAP_COLORS.focusLabel,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1,
    },
  },
  {
    id: LAYER.placeLabels,
    type: 'symbol',
    source: SOURCE.places,
    layout: {
      // The name of the time, and today's below it where it differs: "Stalinogród (today Katowice)".
      'text-field': [
        'case',
        ['has', 'modern'],
        [
          'format',
          ['get', 'name'],
          {},
          '\n',
          {},
          ['concat', TODAY[0], ['get', 'modern'], TODAY[1]],
          { 'font-scale': 0.85 },
        ],
        ['get', 'name'],
      ],
      // The capitals' font, not a bolder one: MapLibre draws every glyph of every font in the
      // page before the first frame, and the places' own font cost 0.6 s of the first load.
      'text-font': FONT_REGULAR,
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, 1.1],
      // The hidden labels of other months must not push this month's aside.
      'text-ignore-placement': true,
    },
    paint: {
      'text-opacity': ['case', ['boolean', ['feature-state', 'shown'], false], 1, 0],
      'text-color': MAP_COLORS.highlight,
      'text-halo-color': MAP_COLORS.halo,
      'text-halo-width': 1.5,
    },
  },
  {
    id: LAYER.capitalLabels,
    type: 'symbol',
    source: SOURCE.labels,
    filter: ['==', ['get', 'kind'], 'capital'],
    layout: {
      'text-field': [
        'case',
        ['has', 'local'],
        ['format', ['get', 'name'], {}, '\n', {}, ['get', 'local'], { 'font-scale': 0.85 }],
        ['get', 'name'],
      ],
      'text-font': FONT_REGULAR,
      'text-size': ['case', labelOfSelected, 13, 11.5],
      'text-anchor': 'left',
      'text-justify': 'left',
      'text-offset': [0.6, 0],
      'text-optional': true,
    },
    paint: {
      'text-color': MAP_COLORS.focusLabel,
      'text-halo-color': MAP_COLORS.halo,
      'text-halo-width': 1.5,
    },
  },
  {
    id: LAYER.countryLabels,
    type: 'symbol',
    source: SOURCE.labels,
    filter: ['==', ['get', 'kind'], 'country'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT_SEMIBOLD,
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 15],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.12,
      'text-max-width': 7,
      'text-padding': 4,
    },
    paint: {
      'text-color': ['case', labelOfSelected, MAP_COLORS.focusLabel, MAP_COLORS.label],
      'text-opacity': ['case', labelOfSelected, 0.85, 0.6],
      'text-halo-color': MAP_COLORS.halo,
      'text-halo-width': 1.2,
    },
  },
];
