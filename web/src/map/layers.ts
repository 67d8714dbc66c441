/**
 * The map's sources and layers, declared once. Time and the filters reach the layers only through
 * the style's global state (`month`, `mode`, `countries`, `categories`): a time step sets one
 * number and MapLibre re-evaluates these filters; the data is never uploaded again.
 */

import { CATEGORIES, CATEGORY_COLORS } from '@thaw/server/charts';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StateSpecification,
} from 'maplibre-gl';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

export const SOURCE = { borders: 'borders', labels: 'labels', events: 'events' } as const;

export const ARROWHEAD_ICON = 'arrowhead';
const EVENT_ICON_PREFIX = 'event-';
export const eventIconName = (category: string) => `${EVENT_ICON_PREFIX}${category}`;

export const MAP_COLORS = {
  water: '#d9e4ec',
  land: '#f3f1ec',
  focusLand: '#f8ecd2',
  border: '#a7adb4',
  focusBorder: '#7b6f5c',
  label: '#5b6470',
  focusLabel: '#2b2f36',
  halo: 'rgba(255, 255, 255, 0.9)',
  highlight: '#1d2433',
} as const;

/** The global state the layers read, with the values before the app sets its own. */
export interface MapState {
  month: number;
  mode: 'cumulative' | 'month';
  countries: readonly string[];
  categories: readonly string[];
}

export function stateSpecification(initial: MapState): StateSpecification {
  return Object.fromEntries(
    Object.entries(initial).map(([name, value]) => [name, { default: value }]),
  ) as StateSpecification;
}

const month: ExpressionSpecification = ['global-state', 'month'];

const selected: ExpressionSpecification = [
  'all',
  ['in', ['get', 'country'], ['global-state', 'countries']],
  ['in', ['get', 'category'], ['global-state', 'categories']],
];

/** Under way in the selected month. */
const current: ExpressionSpecification = [
  'all',
  ['<=', ['get', 'startMonth'], month],
  ['>=', ['get', 'endMonth'], month],
];

/** Over before the selected month: shown, faded, only in cumulative mode. */
const past: ExpressionSpecification = [
  'all',
  ['==', ['global-state', 'mode'], 'cumulative'],
  ['<', ['get', 'endMonth'], month],
];

const isKind = (kind: 'event' | 'arrow'): ExpressionSpecification => ['==', ['get', 'kind'], kind];

const eventsFilter = (
  kind: 'event' | 'arrow',
  when: ExpressionSpecification,
): FilterSpecification => ['all', isKind(kind), selected, when];

const categoryColor = [
  'match',
  ['get', 'category'],
  ...CATEGORIES.flatMap((category) => [category, CATEGORY_COLORS[category]]),
  '#777777',
] as unknown as ExpressionSpecification;

/** Symbols grow with the death toll where the sources give one. */
const symbolSize: ExpressionSpecification = [
  'case',
  ['<', ['get', 'fatalities'], 1],
  0.85,
  [
    'interpolate',
    ['linear'],
    ['get', 'fatalities'],
    1,
    0.95,
    10,
    1.1,
    100,
    1.35,
    1000,
    1.7,
    10000,
    2.2,
  ],
];

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

const eventSymbols = (
  id: string,
  when: ExpressionSpecification,
  opacity: number,
): LayerSpecification => ({
  id,
  type: 'symbol',
  source: SOURCE.events,
  filter: eventsFilter('event', when),
  layout: {
    'icon-image': ['concat', EVENT_ICON_PREFIX, ['get', 'category']],
    'icon-size': symbolSize,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    // The largest tolls underneath, so that smaller events on the same spot stay visible.
    'symbol-sort-key': ['-', 0, ['get', 'fatalities']],
  },
  paint: { 'icon-opacity': opacity },
});

export const LAYER = {
  water: 'water',
  land: 'land',
  borders: 'borders',
  countryLabels: 'country-labels',
  pastArrows: 'arrows-past',
  currentArrows: 'arrows-current',
  arrowheads: 'arrowheads',
  pastEvents: 'events-past',
  pulse: 'events-pulse',
  highlight: 'events-highlight',
  currentEvents: 'events-current',
  capitalDots: 'capital-dots',
  capitalLabels: 'capital-labels',
  placeLabels: 'event-place-labels',
} as const;

/** The layers a click or hover can pick an event from. */
export const INTERACTIVE_LAYERS = [LAYER.currentEvents, LAYER.pastEvents];

/**
 * Bottom to top. Labels are placed top first, so the order of the last three is also their
 * priority: country names, then capitals, then the places of this month's events.
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
    id: LAYER.pastArrows,
    type: 'line',
    source: SOURCE.events,
    filter: eventsFilter('arrow', past),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': categoryColor, 'line-width': 1.5, 'line-opacity': 0.25 },
  },
  {
    id: LAYER.currentArrows,
    type: 'line',
    source: SOURCE.events,
    filter: eventsFilter('arrow', current),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': categoryColor, 'line-width': 3, 'line-opacity': 0.85 },
  },
  {
    id: LAYER.arrowheads,
    type: 'symbol',
    source: SOURCE.events,
    filter: eventsFilter('arrow', current),
    layout: {
      // One arrowhead halfway along, pointing the way the forces went, however short the arc.
      'symbol-placement': 'line-center',
      'icon-image': ARROWHEAD_ICON,
      'icon-size': 0.9,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  },
  eventSymbols(LAYER.pastEvents, past, 0.35),
  {
    id: LAYER.pulse,
    type: 'circle',
    source: SOURCE.events,
    filter: eventsFilter('event', current),
    paint: {
      'circle-radius': 14,
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': categoryColor,
      'circle-stroke-width': 2,
      'circle-stroke-opacity': 0.5,
    },
  },
  {
    id: LAYER.highlight,
    type: 'circle',
    source: SOURCE.events,
    filter: eventsFilter('event', ['any', current, past]),
    paint: {
      'circle-radius': ['*', 14, symbolSize],
      'circle-color': 'rgba(255, 255, 255, 0.65)',
      'circle-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      'circle-stroke-color': MAP_COLORS.highlight,
      'circle-stroke-width': 2.5,
      'circle-stroke-opacity': [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        1,
        ['boolean', ['feature-state', 'hover'], false],
        0.55,
        0,
      ],
    },
  },
  eventSymbols(LAYER.currentEvents, current, 1),
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
    source: SOURCE.events,
    filter: eventsFilter('event', ['all', current, ['get', 'labelled']]),
    layout: {
      'text-field': ['get', 'place'],
      'text-font': FONT_SEMIBOLD,
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, 1.1],
      'text-optional': true,
    },
    paint: {
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
