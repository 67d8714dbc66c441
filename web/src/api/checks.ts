/**
 * What each item of an API answer must be before a view gets it (see `expectItems`). Records are
 * checked with the schemas that checked the datasets; the rest by the fields the views read.
 */
import { Country, Event, GazetteerEntry, Source, Tenure, YearlyRow } from '@thaw/data/schema';
import { conformsTo } from './client';

export const isCountry = conformsTo(Country);
export const isEvent = conformsTo(Event);
export const isTenure = conformsTo(Tenure);
export const isSource = conformsTo(Source);
export const isPlace = conformsTo(GazetteerEntry);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isYearlyRow = conformsTo(YearlyRow);

/** A state's outline: its id and name, and a polygon's coordinates for MapLibre to read. */
export const isBorder = (feature: unknown) =>
  isRecord(feature) &&
  isRecord(feature.properties) &&
  typeof feature.properties.id === 'string' &&
  typeof feature.properties.name === 'string' &&
  isRecord(feature.geometry) &&
  (feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon') &&
  Array.isArray(feature.geometry.coordinates);

/** A story as the list of stories names it: the fields its links and headings read. */
export const isStorySummary = (story: unknown) =>
  isRecord(story) &&
  typeof story.id === 'string' &&
  typeof story.title === 'string' &&
  typeof story.summary === 'string' &&
  Number.isInteger(story.steps);
