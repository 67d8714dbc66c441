/**
 * The map at a month from the store: what `/api/maps/{month}` and a story deck's steps draw.
 * What is shown follows the web map's rules, imported from where both read them: `phaseAt` for
 * the events, the framing rule for the camera.
 */
import { sourceLine } from '@thaw/charts/source-line';
import type { Borders, Category, Event, StoryMode } from '@thaw/data';
import { askedFrame, type Bbox, countriesFrame, OVERVIEW } from '@thaw/data/framing';
import { monthOf, phaseAt } from '@thaw/data/stories';
import { type I18n, intlLocale } from '@thaw/i18n';
import { categoryLabel, countryName } from '@thaw/i18n/vocabulary';
import type { Store } from '../store';
import type { MapEventMark, MapPicture } from './mapSvg';

export interface MapView {
  /** `YYYY-MM`. */
  month: string;
  mode: StoryMode;
  countries: readonly string[];
  categories: readonly Category[];
  /** The frame asked for; null frames the countries as the web map does. */
  bbox: Bbox | null;
  /** Events to emphasize, by id. */
  highlight: readonly string[];
  title: string;
  width: number;
  height: number;
}

/** `October 1956`, `październik 1956`. */
export const monthLabel = (month: string, i18n?: I18n) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString(intlLocale(i18n?.locale ?? 'en'), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The box the map shows: the one asked for, or the web map's frame of the countries. */
export function viewFrame(store: Store, view: Pick<MapView, 'bbox' | 'countries'>): Bbox {
  return (
    askedFrame(view.bbox, view.countries, store.countryIds) ??
    countriesFrame(view.countries, store.events, store.capitals) ??
    OVERVIEW
  );
}

/** The picture to draw, and the events on it (whose sources a slide's notes cite). */
export function monthMap(
  store: Store,
  borders: Borders,
  view: MapView,
  origin: string,
  i18n: I18n,
): { picture: MapPicture; shown: Event[] } {
  const month = monthOf(view.month);
  const eventView = {
    month,
    mode: view.mode,
    countries: view.countries,
    categories: view.categories,
  };
  const highlighted = new Set(view.highlight);
  const marks: MapEventMark[] = [];
  const shown: Event[] = [];
  for (const event of store.events) {
    const phase = phaseAt(
      {
        startMonth: monthOf(event.start),
        endMonth: monthOf(event.end ?? event.start),
        country: event.country,
        category: event.category,
      },
      eventView,
    );
    if (!phase) continue;
    shown.push(event);
    marks.push({
      id: event.id,
      category: event.category,
      lon: event.place.lon,
      lat: event.place.lat,
      phase,
      highlighted: highlighted.has(event.id),
      placeName: event.place.name,
      origin: event.origin && { lon: event.origin.lon, lat: event.origin.lat },
    });
  }
  // The faded past beneath, the highlighted on top.
  const layer = (mark: MapEventMark) => (mark.phase === 'past' ? 0 : mark.highlighted ? 2 : 1);
  marks.sort((a, b) => layer(a) - layer(b));
  const names = view.countries
    .map((id) => countryName(i18n, id, store.country(id)?.name ?? id))
    .join(', ');
  const categories = view.categories.map((category) =>
    categoryLabel(i18n, category).toLocaleLowerCase(i18n.locale),
  );
  const picture: MapPicture = {
    width: view.width,
    height: view.height,
    bbox: viewFrame(store, view),
    borders,
    countries: view.countries,
    capitals: store.capitals,
    events: marks,
    categories: view.categories,
    title: view.title,
    subtitle: [
      monthLabel(view.month, i18n),
      names,
      categories.join(', '),
      view.mode === 'month' ? i18n._('explorer.thisMonthOnly') : i18n._('explorer.upToThisMonth'),
    ].join(' · '),
    sourceLine: sourceLine(
      origin,
      { version: store.release?.version ?? null, licence: store.release?.licence.id ?? null },
      i18n,
    ),
  };
  return { picture, shown };
}
