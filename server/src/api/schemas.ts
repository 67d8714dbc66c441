/**
 * The API's response shapes, built on the record schemas of @thaw/data. They document the API
 * (OpenAPI) and type the web client; the records themselves are defined once, in data/.
 */
import { z } from '@hono/zod-openapi';
import { Country, Event, EventFields, GazetteerEntry, Source, Story, Tenure } from '@thaw/data';

export const CountrySchema = Country.extend({
  eventCount: z.int().openapi({ description: 'How many events its dataset holds.' }),
}).openapi('Country');

// `.meta({ id })` rather than `.openapi(id)`: these schemas may be built before zod-openapi
// extends zod, and the generator reads zod's own metadata either way.
export const EventSchema = Event.meta({ id: 'Event' });
export const TenureSchema = Tenure.meta({ id: 'Tenure' });
export const SourceSchema = Source.meta({ id: 'Source' });
export const PlaceSchema = GazetteerEntry.meta({ id: 'GazetteerPlace' });
export const StorySchema = Story.meta({ id: 'Story' });
export const StorySummarySchema = Story.pick({ id: true, title: true, summary: true })
  .extend({ steps: z.int().openapi({ description: 'How many steps the story has.' }) })
  .meta({ id: 'StorySummary' });

export const EventFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.object({
          type: z.literal('Point'),
          coordinates: z.tuple([z.number(), z.number()]).openapi({ description: '[lon, lat]' }),
        }),
        properties: EventFields.omit({ place: true }),
      }),
    ),
  })
  .openapi('EventFeatureCollection');

/** One row of `/api/stats/yearly`: a country's events in one year, by category. */
export const YearlyRow = z
  .object({
    country: z.string(),
    year: z.int(),
    protest: z.int(),
    intervention: z.int(),
    leadership: z.int(),
    milestone: z.int(),
    total: z.int(),
    fatalitiesLow: z.int().openapi({
      description:
        'Sum of the lowest figures of the year’s events, each death once: an event’s figure counts only when no event it is part of (`partOf`, at any depth) has a figure. An event lasting several years books its parts’ figures in their own years and the rest in the year it began (see `undatedFatalitiesLow`).',
    }),
    fatalitiesHigh: z.int().openapi({
      description: 'Sum of the highest figures, counted as `fatalitiesLow` is.',
    }),
    undatedFatalitiesLow: z.int().openapi({
      description:
        'Of `fatalitiesLow`, the deaths of events lasting several years that no source dates to a year, booked in the year the event began (e.g. the executions of the Hungarian reprisals of 1956–61 beyond those the data dates one by one).',
    }),
    undatedFatalitiesHigh: z.int().openapi({
      description: 'Of `fatalitiesHigh`, counted as `undatedFatalitiesLow` is.',
    }),
  })
  .openapi('YearlyRow');

export type YearlyRow = z.infer<typeof YearlyRow>;

const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    invalid: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
