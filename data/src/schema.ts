/**
 * The one definition of Thaw Atlas's records. Every type in the project is
 * inferred from these schemas; the field names follow the public API
 * (shared/API.md).
 */
import { z } from 'zod';

/** The span the atlas covers: Stalin's death year to the invasion of Czechoslovakia. */
export const PERIOD = { start: '1953-01-01', end: '1968-12-31' } as const;

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC): the numeric time of spans, gaps and time axes. */
export const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** A state as drawn on the 1953–1968 map: `SU`, `PL`, `DD`, `DE`, `CS`, … */
export const BorderId = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter upper-case state id');

/** A calendar date, `YYYY-MM-DD`, that exists (no 1956-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'no such day in the calendar');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const THIRTY_DAYS = new Set([4, 6, 9, 11]);

/** By arithmetic rather than through `Date`: it runs for every date of every row at load. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : THIRTY_DAYS.has(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= monthDays;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How a query writes a day, a month or a year: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = PARTIAL_DATE.source;

/**
 * The first or last day that `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names (`to=1956` ends on
 * 1956-12-31), or null: the date rule of every query, the API's and the pages' alike.
 */
export function dateBoundary(text: string, edge: 'first' | 'last'): string | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const [, year = '', month, day] = match;
  const lastDay = (m: string) =>
    String(new Date(Date.UTC(Number(year), Number(m), 0)).getUTCDate()).padStart(2, '0');
  const date = day
    ? `${year}-${month}-${day}`
    : month
      ? `${year}-${month}-${edge === 'first' ? '01' : lastDay(month)}`
      : `${year}-${edge === 'first' ? '01-01' : '12-31'}`;
  return isCalendarDate(date) ? date : null;
}

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens');

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);

/** A count that sources give as a range; `low === high` when they agree. */
export const CountRange = z
  .object({ low: z.int().nonnegative(), high: z.int().nonnegative() })
  .refine((range) => range.low <= range.high, {
    message: 'low is greater than high',
    path: ['low'],
  });

export const Category = z.enum(['protest', 'intervention', 'leadership', 'milestone']);

/** The charts' ids: the chart registry (web/charts) draws them, a story's step may show one. */
export const ChartId = z.enum([
  'events-by-year',
  'fatalities-by-year',
  'country-comparison',
  'timeline',
  'leaders',
]);

/** A category's events, as legends and filters name them. */
export const CATEGORY_LABELS: Record<Category, string> = {
  protest: 'Protests',
  intervention: 'Interventions',
  leadership: 'Leadership changes',
  milestone: 'Milestones',
};

/** One event of the category, as a list or a table names it. */
export const CATEGORY_SINGULAR: Record<Category, string> = {
  protest: 'Protest',
  intervention: 'Intervention',
  leadership: 'Leadership change',
  milestone: 'Milestone',
};

/** A count per category, keyed by `Category.options`: a new category gets its column here. */
const categoryCounts = Object.fromEntries(
  Category.options.map((category) => [category, z.int()]),
) as {
  [Key in Category]: z.ZodInt;
};

/** A country's events in one year, by category (`/api/stats/yearly`, the yearly charts). */
export const YearlyRow = z.object({
  country: z.string(),
  year: z.int(),
  ...categoryCounts,
  total: z.int(),
  fatalitiesLow: z.int().meta({
    description:
      'Sum of the lowest figures of the year’s events, each death once: an event’s figure counts only when no event it is part of (`partOf`, at any depth) has a figure. An event lasting several years books its parts’ figures in their own years and the rest in the year it began (see `undatedFatalitiesLow`).',
  }),
  fatalitiesHigh: z.int().meta({
    description: 'Sum of the highest figures, counted as `fatalitiesLow` is.',
  }),
  undatedFatalitiesLow: z.int().meta({
    description:
      'Of `fatalitiesLow`, the deaths of events lasting several years that no source dates to a year, booked in the year the event began (e.g. the executions of the Hungarian reprisals of 1956–61 beyond those the data dates one by one).',
  }),
  undatedFatalitiesHigh: z.int().meta({
    description: 'Of `fatalitiesHigh`, counted as `undatedFatalitiesLow` is.',
  }),
});

/** A year with nothing in it yet, to add events to. */
export const emptyYearlyRow = (country: string, year: number): YearlyRow => ({
  country,
  year,
  ...(Object.fromEntries(Category.options.map((category) => [category, 0])) as Record<
    Category,
    number
  >),
  total: 0,
  fatalitiesLow: 0,
  fatalitiesHigh: 0,
  undatedFatalitiesLow: 0,
  undatedFatalitiesHigh: 0,
});

/** The documented sub-types of each category (data/README.md explains each). */
export const EVENT_TYPES = {
  protest: ['demonstration', 'strike', 'riot', 'uprising', 'camp-uprising'],
  intervention: ['invasion', 'suppression', 'deployment', 'repression'],
  leadership: ['regular', 'death', 'ouster', 'resignation'],
  milestone: ['party-meeting', 'speech', 'amnesty', 'reform', 'treaty', 'culture', 'trial'],
} as const satisfies Record<Category, readonly string[]>;

export const DatePrecision = z.enum(['day', 'month', 'year']);
export const PlacePrecision = z.enum(['exact', 'city', 'region', 'country']);
export const Role = z.enum(['party', 'government', 'state']);
/** How a tenure ended: the manner of the leadership change that closed it. */
export const Manner = z.enum(['regular', 'death', 'ouster', 'resignation']);

/**
 * A citation: the work (a source id) and, optionally, where in it the claim stands (a page, a
 * section, a document number, an archive item). In the files: `source-id` or `source-id@locator`.
 */
export const Citation = z.object({
  source: Id,
  locator: z.string().min(1).nullable(),
});

/** A row of the gazetteer (`places.csv`): each place once, by its modern name. */
export const GazetteerPlace = z.object({
  id: Id,
  /** The modern English name. */
  name: z.string().min(1),
  /** The modern local form. */
  localName: z.string().min(1),
  lat: Latitude,
  lon: Longitude,
  precision: PlacePrecision,
  /** For a site (`exact`), the id of the city it lies in. */
  city: Id.nullable(),
  sources: z.array(Id),
});

/** A name a place bore between `from` and `to` (either null: before or after the period). */
const PlaceNameFields = z.object({
  place: Id,
  name: z.string().min(1),
  localName: z.string().min(1),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  citations: z.array(Citation).min(1, 'cite at least one source'),
});

export const PlaceName = PlaceNameFields.refine(
  (name) => name.from === null || name.to === null || name.from <= name.to,
  {
    message: 'to is before from',
    path: ['to'],
  },
);

/** A place as an event has it: the gazetteer's place with the name valid on the event's date. */
export const Place = z.object({
  id: Id,
  /** The English name on the event's date (the modern name unless it was renamed). */
  name: z.string().min(1),
  modernName: z.string().min(1),
  /** The local name on the event's date. */
  localName: z.string().min(1),
  lat: Latitude,
  lon: Longitude,
  precision: PlacePrecision,
});

/** Where intervening forces came from: a gazetteer place, named as on the event's date. */
export const Origin = Place.omit({ precision: true });

/** The gazetteer as the API serves it: a place, its state, and its names over time. */
export const GazetteerEntry = GazetteerPlace.extend({
  /** The name on the day asked for (`?at=`), else the modern name. */
  name: z.string().min(1),
  /** The local name on the day asked for, else the modern local name. */
  localName: z.string().min(1),
  modernName: z.string().min(1),
  /** The state its point lies in on the 1953–1968 map. */
  country: BorderId.nullable(),
  /** Its names in the period (from place-names.csv), each with its span. */
  names: z.array(PlaceNameFields.omit({ place: true })),
});

/**
 * What a source is, which decides how it is cited (data/README.md, "Sources"): a work read in
 * pages or sections (`book`, `report`, `chapter`) is cited to the line, with a locator; a
 * shorter text (`article`, `newspaper`, `document`) or a page of one screen (`web`) may be cited
 * whole.
 */
export const SourceKind = z.enum([
  /** A book: a monograph, a memoir, an edited volume, a printed reference work. */
  'book',
  /** A long report, a collection of documents or a conference volume. */
  'report',
  /** A part of a printed volume over several pages: a book's chapter, a paper in a journal. */
  'chapter',
  /** An article of a newspaper, a magazine, a news site or a blog, read as one piece. */
  'article',
  /** The press of the time (1953–1968, or the day it reports): an issue or an item of it. */
  'newspaper',
  /** A single archival document or official text: minutes, a decree, a speech, a communiqué. */
  'document',
  /** A web page of one screen or a database entry: a lexicon entry, a chronology, a map point. */
  'web',
]);

/** The kinds whose every citation names where in the work the claim stands (a locator). */
export const KINDS_CITED_WITH_LOCATOR: ReadonlySet<SourceKind> = new Set([
  'book',
  'report',
  'chapter',
]);

export const Source = z.object({
  id: Id,
  kind: SourceKind.meta({
    description:
      'What the work is. A `book`, `report` or `chapter` is cited to the line: each of its citations has a locator.',
  }),
  title: z.string().min(1),
  author: z.string().min(1).nullable(),
  year: z.int().min(1800).max(2100).nullable(),
  publisher: z.string().min(1).nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

export const Country = z.object({
  id: BorderId,
  name: z.string().min(1),
  capital: z.object({ name: z.string().min(1), lat: Latitude, lon: Longitude }),
});

/**
 * How the map and the charts show a state of the 1953–1968 map (`states.csv`): its colour in
 * charts, its capital where the datasets give none, its capital's local name, and where its name
 * is written when the centroid would not do. The datasets' countries take their capitals from
 * `countries.csv`.
 */
export const State = z.object({
  id: BorderId,
  /** `#rrggbb`: the series colour of the state in every chart and its swatch in the app. */
  color: z
    .string()
    .regex(/^#[0-9A-F]{6}$/, 'expected a colour as #RRGGBB (upper-case hex)')
    .nullable(),
  capital: z.object({ name: z.string().min(1), lat: Latitude, lon: Longitude }).nullable(),
  /** The capital's name in its own language and script (Москва, Warszawa), where it differs. */
  capitalLocalName: z.string().min(1).nullable(),
  /** Where the map writes the state's name; absent, its largest polygon's centroid. */
  label: z.object({ lon: Longitude, lat: Latitude }).nullable(),
});

/** The fields every event has, in its file and in the API alike. */
const EventBase = z.object({
  id: Id,
  country: BorderId,
  category: Category,
  type: z.string().min(1),
  title: z.string().min(1),
  start: IsoDate,
  end: IsoDate.nullable(),
  datePrecision: DatePrecision,
  target: BorderId.nullable(),
  /** All deaths the event caused, on all sides (data/README.md, "Deaths"). */
  fatalities: CountRange.nullable(),
  /** Who died: "about 2,500 Hungarians and 720 Soviet soldiers". */
  fatalitiesNote: z.string().min(1).nullable(),
  participants: CountRange.nullable(),
  actors: z.array(z.string().min(1)),
  /** The id of the enclosing event (a volley is part of the revolution). */
  partOf: Id.nullable(),
  summary: z.string().min(1),
  citations: z.array(Citation).min(1, 'cite at least one source'),
});

/** An event's fields, before the rules that relate them (for APIs that reshape events). */
export const EventFields = EventBase.extend({
  place: Place,
  origin: Origin.nullable(),
  /** The cited source ids, each once, in the order of `citations`. */
  sources: z.array(Id).min(1, 'cite at least one source'),
});

/** An event as its file holds it: places by their gazetteer ids. */
export const EventRecordFields = EventBase.extend({
  place: Id,
  origin: Id.nullable(),
});

/** How a start given to the month or the year ends: on the first day of it. */
const FIRST_DAY = { day: null, month: /-01$/, year: /-01-01$/ } as const;

function checkEvent(event: z.infer<typeof EventBase>, ctx: z.RefinementCtx) {
  const types: readonly string[] = EVENT_TYPES[event.category];
  if (!types.includes(event.type)) {
    ctx.addIssue({
      code: 'custom',
      path: ['type'],
      message: `"${event.type}" is not a ${event.category} type (one of ${types.join(', ')})`,
    });
  }
  if (event.end !== null && event.end < event.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
  }
  const firstDay = FIRST_DAY[event.datePrecision];
  if (firstDay && !firstDay.test(event.start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['start'],
      message: `with datePrecision "${event.datePrecision}", start must be the first day of that ${event.datePrecision}`,
    });
  }
  if (event.target === event.country) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: 'target is only for events outside the country; leave it empty',
    });
  }
  if (event.partOf === event.id) {
    ctx.addIssue({ code: 'custom', path: ['partOf'], message: 'an event is not part of itself' });
  }
}

export const Event = EventFields.superRefine(checkEvent);
export const EventRecord = EventRecordFields.superRefine(checkEvent);

export const Tenure = z
  .object({
    country: BorderId,
    role: Role,
    person: z.string().min(1).nullable(),
    vacant: z.boolean(),
    office: z.string().min(1),
    start: IsoDate,
    end: IsoDate.nullable(),
    /** How the tenure ended; null while it lasts beyond the data's range. */
    endedBy: Manner.nullable(),
    citations: z.array(Citation).min(1, 'cite at least one source'),
    /** The cited source ids, each once. */
    sources: z.array(Id).min(1, 'cite at least one source'),
  })
  .superRefine((tenure, ctx) => {
    if (tenure.vacant !== (tenure.person === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['person'],
        message: 'a vacancy has no person, and a tenure without a person is a vacancy',
      });
    }
    if (tenure.end !== null && tenure.end < tenure.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
    }
    if ((tenure.end === null) !== (tenure.endedBy === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedBy'],
        message: 'give endedBy exactly when the tenure has an end',
      });
    }
  });

export type BorderId = z.infer<typeof BorderId>;
export type Category = z.infer<typeof Category>;
export type ChartId = z.infer<typeof ChartId>;
export type YearlyRow = z.infer<typeof YearlyRow>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type PlacePrecision = z.infer<typeof PlacePrecision>;
export type Role = z.infer<typeof Role>;
export type Manner = z.infer<typeof Manner>;
export type CountRange = z.infer<typeof CountRange>;
export type Place = z.infer<typeof Place>;
export type Citation = z.infer<typeof Citation>;
export type GazetteerPlace = z.infer<typeof GazetteerPlace>;
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;
export type PlaceName = z.infer<typeof PlaceName>;
export type EventRecord = z.infer<typeof EventRecord>;
export type Origin = z.infer<typeof Origin>;
export type Source = z.infer<typeof Source>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Country = z.infer<typeof Country>;
export type State = z.infer<typeof State>;
export type Event = z.infer<typeof Event>;
export type Tenure = z.infer<typeof Tenure>;
