/**
 * The API's response shapes, built on the record schemas of @thaw/data. They document the API
 * (OpenAPI) and type the web client; the records themselves are defined once, in data/.
 */
import { z } from '@hono/zod-openapi';
import {
  Country,
  Event,
  EventFields,
  GazetteerEntry,
  Source,
  Story,
  Tenure,
  YearlyRow,
} from '@thaw/data';

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

/** One row of `/api/stats/yearly`, as data/ defines it. */
export const YearlyRowSchema = YearlyRow.meta({ id: 'YearlyRow' });

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
