/**
 * The data's vocabularies in the reader's language: categories, event types, roles, manners of
 * change, precision words, countries. The data keeps its ids and English words; a word this file
 * does not know (a country added since) shows as the data gives it.
 */
import type { I18n } from '@lingui/core';

type Words = Record<string, (i18n: I18n) => string>;

function lookUp(words: Words, i18n: I18n, id: string, fallback: string): string {
  return Object.hasOwn(words, id) ? (words[id] as (i18n: I18n) => string)(i18n) : fallback;
}

const CATEGORY: Words = {
  protest: (i18n) => i18n._('category.protest'),
  intervention: (i18n) => i18n._('category.intervention'),
  leadership: (i18n) => i18n._('category.leadership'),
  milestone: (i18n) => i18n._('category.milestone'),
};

const CATEGORY_ONE: Words = {
  protest: (i18n) => i18n._('category.one.protest'),
  intervention: (i18n) => i18n._('category.one.intervention'),
  leadership: (i18n) => i18n._('category.one.leadership'),
  milestone: (i18n) => i18n._('category.one.milestone'),
};

const EVENT_TYPE: Words = {
  demonstration: (i18n) => i18n._('type.demonstration'),
  strike: (i18n) => i18n._('type.strike'),
  riot: (i18n) => i18n._('type.riot'),
  uprising: (i18n) => i18n._('type.uprising'),
  'camp-uprising': (i18n) => i18n._('type.camp-uprising'),
  invasion: (i18n) => i18n._('type.invasion'),
  suppression: (i18n) => i18n._('type.suppression'),
  deployment: (i18n) => i18n._('type.deployment'),
  repression: (i18n) => i18n._('type.repression'),
  regular: (i18n) => i18n._('type.regular'),
  death: (i18n) => i18n._('type.death'),
  ouster: (i18n) => i18n._('type.ouster'),
  resignation: (i18n) => i18n._('type.resignation'),
  'party-meeting': (i18n) => i18n._('type.party-meeting'),
  speech: (i18n) => i18n._('type.speech'),
  amnesty: (i18n) => i18n._('type.amnesty'),
  reform: (i18n) => i18n._('type.reform'),
  treaty: (i18n) => i18n._('type.treaty'),
  culture: (i18n) => i18n._('type.culture'),
  trial: (i18n) => i18n._('type.trial'),
};

const ROLE: Words = {
  party: (i18n) => i18n._('role.party'),
  government: (i18n) => i18n._('role.government'),
  state: (i18n) => i18n._('role.state'),
};

const MANNER: Words = {
  regular: (i18n) => i18n._('manner.regular'),
  death: (i18n) => i18n._('manner.death'),
  ouster: (i18n) => i18n._('manner.ouster'),
  resignation: (i18n) => i18n._('manner.resignation'),
};

const PLACE_PRECISION: Words = {
  exact: () => '',
  city: (i18n) => i18n._('precision.place.city'),
  region: (i18n) => i18n._('precision.place.region'),
  country: (i18n) => i18n._('precision.place.country'),
};

const COUNTRY: Words = {
  SU: (i18n) => i18n._('country.SU'),
  PL: (i18n) => i18n._('country.PL'),
  HU: (i18n) => i18n._('country.HU'),
  CS: (i18n) => i18n._('country.CS'),
  DD: (i18n) => i18n._('country.DD'),
};

/** `Protests`: a category's events, as legends and filters name them. */
export const categoryLabel = (i18n: I18n, category: string) =>
  lookUp(CATEGORY, i18n, category, category);

/** `Protest`: one event of the category. */
export const categoryOne = (i18n: I18n, category: string) =>
  lookUp(CATEGORY_ONE, i18n, category, category);

/** `general strike`-like words for an event's type (`camp-uprising`). */
export const eventTypeLabel = (i18n: I18n, type: string) =>
  lookUp(EVENT_TYPE, i18n, type, type.replaceAll('-', ' '));

/** `Party`, `Government`, `Head of state`. */
export const roleLabel = (i18n: I18n, role: string) => lookUp(ROLE, i18n, role, role);

/** How a tenure ended: `ousted`, `died in office`… */
export const mannerLabel = (i18n: I18n, manner: string) => lookUp(MANNER, i18n, manner, manner);

/** ` (the city)`: how exactly an event's place is known; nothing for an exact place. */
export const placePrecisionLabel = (i18n: I18n, precision: string) =>
  lookUp(PLACE_PRECISION, i18n, precision, '');

/** A country's name in the reader's language; else the data's (English) name. */
export const countryName = (i18n: I18n, id: string, name: string) =>
  lookUp(COUNTRY, i18n, id, name);

/** The language a country's local place names are in (places.csv's `localName`). */
const LOCAL_NAMES_LANGUAGE: Record<string, string> = { PL: 'pl', HU: 'hu', SU: 'ru' };

/** Letters of Ukrainian and Belarusian that Russian does not write: such a name is not Russian. */
const NOT_RUSSIAN = /[іїєґўІЇЄҐЎ]/;

/**
 * The place's name in the reader's language where the gazetteer has it: the local (and period)
 * form of a place in a country of that language (Warszawa, Győr, Сталинград), else the English.
 */
export function placeName(
  locale: string,
  place: { name: string; localName: string },
  country: string | undefined,
): string {
  if (!country || LOCAL_NAMES_LANGUAGE[country] !== locale) return place.name;
  if (locale === 'ru' && (!/[а-яё]/i.test(place.localName) || NOT_RUSSIAN.test(place.localName)))
    return place.name;
  return place.localName;
}
